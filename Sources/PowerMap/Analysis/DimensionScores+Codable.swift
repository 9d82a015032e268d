extension DimensionScores: Codable {
  private enum CodingKeys: String, CodingKey {
    case authority, acceptance, ability
  }

  /// Decodes the three keys; a missing key or `null` is an empty dimension.
  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    authority = try container.decodeIfPresent(Double.self, forKey: .authority)
    acceptance = try container.decodeIfPresent(Double.self, forKey: .acceptance)
    ability = try container.decodeIfPresent(Double.self, forKey: .ability)
  }

  /// Encodes all three keys, writing `null` for an empty dimension.
  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(authority, forKey: .authority)
    try container.encode(acceptance, forKey: .acceptance)
    try container.encode(ability, forKey: .ability)
  }
}
