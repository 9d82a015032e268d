/// The net support of a commitment in each PDIA dimension (rule 3 of <doc:Rules>), nil for a
/// dimension that lists no actor.
///
///     net_D = clamp(Σ_{i∈S present} p̂ᵢ qᵢ s*ᵢ / Σ_{i∈S} p⁰ᵢ q⁰ᵢ, −1, 1)   (0 over a zero denominator)
///
/// Encodes every key, with an explicit `null` for an empty dimension:
/// `{"authority": 0.4, "acceptance": null, "ability": 0.1}`.
package struct DimensionScores: Sendable, Equatable {
  /// net_authority, or nil when the commitment lists no authority (a valid model always does).
  package var authority: Double?
  /// net_acceptance, or nil when the commitment lists no acceptance actor.
  package var acceptance: Double?
  /// net_ability, or nil when the commitment lists no ability actor.
  package var ability: Double?

  /// Scores with the given values.
  package init(authority: Double? = nil, acceptance: Double? = nil, ability: Double? = nil) {
    self.authority = authority
    self.acceptance = acceptance
    self.ability = ability
  }

  /// The score of `dimension`.
  package subscript(dimension: CommitmentDimension) -> Double? {
    get {
      switch dimension {
      case .authority: authority
      case .acceptance: acceptance
      case .ability: ability
      }
    }
    set {
      switch dimension {
      case .authority: authority = newValue
      case .acceptance: acceptance = newValue
      case .ability: ability = newValue
      }
    }
  }

  /// The non-empty dimension with the lowest score (the first in PDIA order on ties), or nil.
  package var weakest: (dimension: CommitmentDimension, score: Double)? {
    var best: (dimension: CommitmentDimension, score: Double)?
    for dimension in CommitmentDimension.allCases {
      guard let score = self[dimension] else { continue }
      if best.map({ score < $0.score }) ?? true { best = (dimension, score) }
    }
    return best
  }
}

/// Decoding is synthesized: a missing key or `null` is an empty dimension.
extension DimensionScores: Codable {
  private enum CodingKeys: String, CodingKey {
    case authority, acceptance, ability
  }

  /// Encodes all three keys, writing `null` for an empty dimension.
  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeEveryKey([.authority: authority, .acceptance: acceptance, .ability: ability])
  }
}
