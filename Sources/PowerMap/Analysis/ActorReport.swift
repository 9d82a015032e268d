/// One actor in the `analyze --json` report (see ``StakeholderReport``).
package struct ActorReport: Sendable, Codable, Equatable {
  /// The actor's id.
  package var id: String
  /// The actor's name.
  package var name: String
  /// False when a scenario removed the actor.
  package var present: Bool
  /// pᵢ after the scenario (0 when removed).
  package var power: Double
  /// qᵢ after the scenario.
  package var interest: Double
  /// sᵢ, the declared stance after the scenario.
  package var stance: Double
  /// p̂ᵢ (rule 1); 0 when removed.
  package var effectivePower: Double
  /// s*ᵢ (rule 2).
  package var effectiveStance: Double
  /// s*⁽ᶜ⁾ᵢ on each commitment on which some actor declares a position, by commitment id (empty
  /// when the model declares none).
  package var positions: [String: Double]
  /// PageRank of the reversed influence graph (rule 5); 0 when removed.
  package var influenceRank: Double
  /// Normalised betweenness (rule 5); 0 when removed.
  package var betweenness: Double
  /// Weighted in-degree in the influence graph (rule 5).
  package var inDegree: Double
  /// Weighted out-degree in the influence graph (rule 5).
  package var outDegree: Double
  /// Mendelow quadrant (rule 6).
  package var quadrant: PowerInterestQuadrant
  /// Mitchell–Agle–Wood class (rule 6); nil (`null` in JSON) when the actor gives neither
  /// legitimacy nor urgency.
  package var salience: SalienceClass?

  /// An entry with every field given.
  package init(
    id: String, name: String, present: Bool, power: Double, interest: Double, stance: Double,
    effectivePower: Double, effectiveStance: Double, positions: [String: Double], influenceRank: Double,
    betweenness: Double,
    inDegree: Double, outDegree: Double, quadrant: PowerInterestQuadrant, salience: SalienceClass?
  ) {
    self.id = id
    self.name = name
    self.present = present
    self.power = power
    self.interest = interest
    self.stance = stance
    self.effectivePower = effectivePower
    self.effectiveStance = effectiveStance
    self.positions = positions
    self.influenceRank = influenceRank
    self.betweenness = betweenness
    self.inDegree = inDegree
    self.outDegree = outDegree
    self.quadrant = quadrant
    self.salience = salience
  }
}

extension ActorReport {
  private enum CodingKeys: String, CodingKey {
    case id, name, present, power, interest, stance, effectivePower, effectiveStance, positions, influenceRank
    case betweenness, inDegree, outDegree, quadrant, salience
  }

  /// Every key, `salience` as `null` when the actor gives neither legitimacy nor urgency.
  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeEveryKey([
      .id: id, .name: name, .present: present, .power: power, .interest: interest, .stance: stance,
      .effectivePower: effectivePower, .effectiveStance: effectiveStance, .positions: positions,
      .influenceRank: influenceRank, .betweenness: betweenness, .inDegree: inDegree, .outDegree: outDegree,
      .quadrant: quadrant, .salience: salience,
    ])
  }
}
