/// Steps encode as they are written in model files: one key naming the kind, plus
/// `probability` when it is not 1. For example `{"remove": "orfis"}` or
/// `{"cut": {"from": "a", "to": "b"}, "probability": 0.5}`.
extension ScenarioStep: Codable {
  private enum CodingKeys: String, CodingKey {
    case remove, set, shift, transition, cut, link, add, probability
  }

  private struct Cut: Codable {
    var from: String
    var to: String
    var kind: RelationKind?
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let probability = try container.decodeIfPresent(Double.self, forKey: .probability) ?? 1
    let action: ScenarioAction
    if let id = try container.decodeIfPresent(String.self, forKey: .remove) {
      action = .remove(actor: id)
    } else if let update = try container.decodeIfPresent(ActorUpdate.self, forKey: .set) {
      action = .set(update)
    } else if let shift = try container.decodeIfPresent(ActorShift.self, forKey: .shift) {
      action = .shift(shift)
    } else if let transition = try container.decodeIfPresent(Transition.self, forKey: .transition) {
      action = .transition(transition)
    } else if let cut = try container.decodeIfPresent(Cut.self, forKey: .cut) {
      action = .cut(from: cut.from, to: cut.to, kind: cut.kind)
    } else if let relation = try container.decodeIfPresent(Relation.self, forKey: .link) {
      action = .link(relation)
    } else if let actor = try container.decodeIfPresent(Actor.self, forKey: .add) {
      action = .add(actor)
    } else {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: decoder.codingPath,
          debugDescription: "a step needs one of remove, set, shift, "
            + "transition, cut, link, add"))
    }
    self.init(action, probability: probability)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch action {
    case .remove(let actor): try container.encode(actor, forKey: .remove)
    case .set(let update): try container.encode(update, forKey: .set)
    case .shift(let shift): try container.encode(shift, forKey: .shift)
    case .transition(let transition): try container.encode(transition, forKey: .transition)
    case .cut(let from, let to, let kind): try container.encode(Cut(from: from, to: to, kind: kind), forKey: .cut)
    case .link(let relation): try container.encode(relation, forKey: .link)
    case .add(let actor): try container.encode(actor, forKey: .add)
    }
    if probability != 1 { try container.encode(probability, forKey: .probability) }
  }
}
