/// How far a shift of δ moves an actor's anchors (the clamp of rule 2's steps: a value stops at
/// +1), and whether it has pushed every value it moves to +1.
struct AnchorMove {
  /// The move of its anchor in the commitment's solve, and in the general solve.
  var onCommitment: Double
  var general: Double
  var saturated: Bool

  init(of actor: Actor, scope: Engagement.Scope, commitment: String, delta: Double) {
    func clamped(_ value: Double) -> Double { min(max(value, -1), 1) }
    switch scope {
    case .commitment:
      let start = actor.position(on: commitment)
      let moved = clamped(start + delta)
      (onCommitment, general, saturated) = (moved - start, 0, moved >= 1)
    case .general:
      let moved = clamped(actor.stance + delta)
      general = moved - actor.stance
      onCommitment = actor.positions[commitment].map { clamped($0 + delta) - $0 } ?? general
      saturated = moved >= 1 && actor.positions.values.allSatisfy { clamped($0 + delta) >= 1 }
    }
  }
}
