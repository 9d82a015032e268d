/// One commitment in the `analyze --json` report (see ``StakeholderReport``).
package struct CommitmentReport: Sendable, Equatable {
  /// The commitment's id.
  package var id: String
  /// Its title.
  package var title: String
  /// V_c (rule 3).
  package var viability: Double
  /// viable, at-risk or blocked.
  package var status: CommitmentStatus
  /// net_D per dimension, `null` for an empty one.
  package var dimensions: DimensionScores
  /// The dimension with the lowest net_D (`null` when none is scored).
  package var weakestDimension: CommitmentDimension?
  /// Σ pressure of the obstacles blocking it.
  package var obstaclePressure: Double
  /// Its support HHI (rule 4).
  package var concentration: Double
  /// False when the owner was removed.
  package var ownerPresent: Bool
  /// Its threshold.
  package var threshold: Double

  /// An entry with every field given.
  package init(
    id: String, title: String, viability: Double, status: CommitmentStatus, dimensions: DimensionScores,
    weakestDimension: CommitmentDimension?, obstaclePressure: Double, concentration: Double, ownerPresent: Bool,
    threshold: Double
  ) {
    self.id = id
    self.title = title
    self.viability = viability
    self.status = status
    self.dimensions = dimensions
    self.weakestDimension = weakestDimension
    self.obstaclePressure = obstaclePressure
    self.concentration = concentration
    self.ownerPresent = ownerPresent
    self.threshold = threshold
  }
}
