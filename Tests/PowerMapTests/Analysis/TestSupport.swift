import Testing

@testable import PowerMap

/// An actor for hand-worked tests: only the fields a test cares about need to be given.
func makeActor(
  _ id: String, power: Double = 0.5, interest: Double = 0.5, stance: Double = 0, kind: ActorKind = .agency,
  stubbornness: Double = 0.5, legitimacy: Double? = nil, urgency: Double? = nil, affiliation: String? = nil
) -> Actor {
  Actor(
    id: id, name: id.uppercased(), kind: kind, level: .state, power: power, interest: interest, stance: stance,
    stubbornness: stubbornness, legitimacy: legitimacy, urgency: urgency, affiliation: affiliation)
}
