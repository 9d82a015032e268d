/// Mendelow's power–interest grid (rule 6 of <doc:Rules>), cut at 0.5 on both axes.
///
///     power ≥ 0.5, interest ≥ 0.5  → manage-closely
///     power ≥ 0.5, interest < 0.5  → keep-satisfied
///     power < 0.5, interest ≥ 0.5  → keep-informed
///     power < 0.5, interest < 0.5  → monitor
///
/// 0.5 itself counts as high, as it does for the salience attributes ("present when ≥ 0.5"). The
/// power axis is the effective power p̂ (rule 1) and the interest axis the current interest q, so
/// a scenario moves actors across the grid; a removed actor has p̂ = 0.
package enum PowerInterestQuadrant: String, Sendable, Codable, CaseIterable {
  case manageClosely = "manage-closely"
  case keepSatisfied = "keep-satisfied"
  case keepInformed = "keep-informed"
  case monitor

  /// The cut between low and high on both axes.
  package static let cut = 0.5

  /// The quadrant of an actor with effective power `power` and interest `interest`.
  package init(power: Double, interest: Double) {
    switch (power >= Self.cut, interest >= Self.cut) {
    case (true, true): self = .manageClosely
    case (true, false): self = .keepSatisfied
    case (false, true): self = .keepInformed
    case (false, false): self = .monitor
    }
  }
}
