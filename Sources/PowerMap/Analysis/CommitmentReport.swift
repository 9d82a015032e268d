/// One commitment in the `analyze --json` report (see ``StakeholderReport``).
public struct CommitmentReport: Sendable, Equatable {
  /// The commitment's id.
  public var id: String
  /// Its title.
  public var title: String
  /// V_c (rule 3).
  public var viability: Double
  /// viable, at-risk or blocked.
  public var status: CommitmentStatus
  /// net_D per dimension, `null` for an empty one.
  public var dimensions: DimensionScores
  /// The dimension with the lowest net_D (`null` when none is scored).
  public var weakestDimension: CommitmentDimension?
  /// Σ pressure of the obstacles blocking it.
  public var obstaclePressure: Double
  /// Its support HHI (rule 4).
  public var concentration: Double
  /// False when the owner was removed.
  public var ownerPresent: Bool
  /// Its threshold.
  public var threshold: Double
}

/// Encodes every key, with an explicit `null` for a missing weakest dimension; decoding is
/// synthesized (a missing or `null` weakest dimension is none).
extension CommitmentReport: Codable {
  private enum CodingKeys: String, CodingKey {
    case id, title, viability, status, dimensions, weakestDimension, obstaclePressure, concentration
    case ownerPresent, threshold
  }

  /// Encodes every key in the contract's order.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeEveryKey([
      .id: id, .title: title, .viability: viability, .status: status, .dimensions: dimensions,
      .weakestDimension: weakestDimension, .obstaclePressure: obstaclePressure, .concentration: concentration,
      .ownerPresent: ownerPresent, .threshold: threshold,
    ])
  }
}
