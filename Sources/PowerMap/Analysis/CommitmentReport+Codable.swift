/// Encodes every key, with an explicit `null` for a missing weakest dimension.
extension CommitmentReport: Codable {
  private enum CodingKeys: String, CodingKey {
    case id, title, viability, status, dimensions, weakestDimension, obstaclePressure, concentration
    case ownerPresent, threshold
  }

  /// Decodes an entry; a missing or `null` weakest dimension is none.
  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try container.decode(String.self, forKey: .id),
      title: try container.decode(String.self, forKey: .title),
      viability: try container.decode(Double.self, forKey: .viability),
      status: try container.decode(CommitmentStatus.self, forKey: .status),
      dimensions: try container.decode(DimensionScores.self, forKey: .dimensions),
      weakestDimension: try container.decodeIfPresent(CommitmentDimension.self, forKey: .weakestDimension),
      obstaclePressure: try container.decode(Double.self, forKey: .obstaclePressure),
      concentration: try container.decode(Double.self, forKey: .concentration),
      ownerPresent: try container.decode(Bool.self, forKey: .ownerPresent),
      threshold: try container.decode(Double.self, forKey: .threshold))
  }

  /// Encodes every key in the contract's order.
  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encode(viability, forKey: .viability)
    try container.encode(status, forKey: .status)
    try container.encode(dimensions, forKey: .dimensions)
    try container.encode(weakestDimension, forKey: .weakestDimension)
    try container.encode(obstaclePressure, forKey: .obstaclePressure)
    try container.encode(concentration, forKey: .concentration)
    try container.encode(ownerPresent, forKey: .ownerPresent)
    try container.encode(threshold, forKey: .threshold)
  }
}
