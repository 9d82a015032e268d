/// Plan totals (the `plan` object of `analyze --json`).
///
///     viable, atRisk, blocked = the number of commitments of each status
///     meanViability           = Σ V_c / (number of commitments)   (0 without commitments)
///     totalViability          = Σ V_c
///     concentration           = the plan's HHI (rule 4)
package struct PlanSummary: Sendable, Codable, Equatable {
  /// The number of viable commitments.
  package var viable: Int
  /// The number of at-risk commitments.
  package var atRisk: Int
  /// The number of blocked commitments.
  package var blocked: Int
  /// The mean viability, 0 without commitments.
  package var meanViability: Double
  /// Σ V over the commitments (what the ally sweep compares).
  package var totalViability: Double
  /// The plan's support concentration (HHI).
  package var concentration: Double

  /// A summary with every field given.
  package init(
    viable: Int, atRisk: Int, blocked: Int, meanViability: Double, totalViability: Double, concentration: Double
  ) {
    self.viable = viable
    self.atRisk = atRisk
    self.blocked = blocked
    self.meanViability = meanViability
    self.totalViability = totalViability
    self.concentration = concentration
  }

  /// The totals of `commitments` with the plan concentration `concentration`.
  package init(commitments: [CommitmentViability], concentration: Double) {
    let total = commitments.reduce(0.0) { $0 + $1.viability }
    self.init(
      viable: commitments.count { $0.status == .viable }, atRisk: commitments.count { $0.status == .atRisk },
      blocked: commitments.count { $0.status == .blocked },
      meanViability: commitments.isEmpty ? 0 : total / Double(commitments.count), totalViability: total,
      concentration: concentration)
  }
}
