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
}

/// Encodes every key, with an explicit `null` for a missing weakest dimension; decoding is
/// synthesized (a missing or `null` weakest dimension is none).
extension CommitmentReport: Codable {
  private enum CodingKeys: String, CodingKey {
    case id, title, viability, status, dimensions, weakestDimension, obstaclePressure, concentration
    case ownerPresent, threshold
  }

  /// Encodes every key in the contract's order.
  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeEveryKey([
      .id: id, .title: title, .viability: viability, .status: status, .dimensions: dimensions,
      .weakestDimension: weakestDimension, .obstaclePressure: obstaclePressure, .concentration: concentration,
      .ownerPresent: ownerPresent, .threshold: threshold,
    ])
  }
}
