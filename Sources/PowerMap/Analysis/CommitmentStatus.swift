/// The status of a commitment from its viability V and threshold τ (rule 3 of <doc:Rules>).
///
///     blocked   if V < 0
///     viable    if V ≥ τ
///     at-risk   otherwise (0 ≤ V < τ)
///
/// `blocked` is tested first, so a negative threshold (which the loader rejects) never makes a
/// negative viability viable.
public enum CommitmentStatus: String, Sendable, Codable, CaseIterable, Comparable {
  case viable
  case atRisk = "at-risk"
  case blocked

  /// The status of viability `viability` against `threshold`.
  package init(viability: Double, threshold: Double) {
    if viability < 0 {
      self = .blocked
    } else if viability >= threshold {
      self = .viable
    } else {
      self = .atRisk
    }
  }

  /// 0 for viable, 1 for at-risk, 2 for blocked: a larger rank is a worse status.
  package var severityRank: Int {
    switch self {
    case .viable: 0
    case .atRisk: 1
    case .blocked: 2
    }
  }

  /// Orders statuses from best (viable) to worst (blocked).
  public static func < (lhs: CommitmentStatus, rhs: CommitmentStatus) -> Bool {
    lhs.severityRank < rhs.severityRank
  }
}
