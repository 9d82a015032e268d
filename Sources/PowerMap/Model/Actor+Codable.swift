extension Actor {
  private enum CodingKeys: String, CodingKey {
    case id, name, short, kind, level, power, interest, stance, stubbornness, uncertainty, legitimacy, urgency
    case affiliation, tags, positions
  }

  /// Decodes an actor written by ``encode(to:)``; `positions` may be absent (none declared).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try container.decode(String.self, forKey: .id), name: try container.decode(String.self, forKey: .name),
      short: try container.decodeIfPresent(String.self, forKey: .short),
      kind: try container.decode(ActorKind.self, forKey: .kind),
      level: try container.decode(ActorLevel.self, forKey: .level),
      power: try container.decode(Double.self, forKey: .power),
      interest: try container.decode(Double.self, forKey: .interest),
      stance: try container.decode(Double.self, forKey: .stance),
      stubbornness: try container.decode(Double.self, forKey: .stubbornness),
      uncertainty: try container.decode(Double.self, forKey: .uncertainty),
      legitimacy: try container.decodeIfPresent(Double.self, forKey: .legitimacy),
      urgency: try container.decodeIfPresent(Double.self, forKey: .urgency),
      affiliation: try container.decodeIfPresent(String.self, forKey: .affiliation),
      tags: try container.decode([String].self, forKey: .tags),
      positions: try container.decodeIfPresent([String: Double].self, forKey: .positions) ?? [:])
  }

  /// Encodes every field, `short` as `null` when absent; `legitimacy`, `urgency` and `affiliation`
  /// only when set, `positions` only when the actor declares some.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeEveryKey([
      .id: id, .name: name, .short: short, .kind: kind, .level: level, .power: power, .interest: interest,
      .stance: stance, .stubbornness: stubbornness, .uncertainty: uncertainty,
    ])
    try container.encodeIfPresent(legitimacy, forKey: .legitimacy)
    try container.encodeIfPresent(urgency, forKey: .urgency)
    try container.encodeIfPresent(affiliation, forKey: .affiliation)
    try container.encode(tags, forKey: .tags)
    if !positions.isEmpty { try container.encode(positions, forKey: .positions) }
  }
}
