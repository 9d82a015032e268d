/// How an ally sweep ranks its rows (`sweep --rank`).
package enum SweepRank: String, Sendable, CaseIterable, Codable {
  /// Most harmful first: more status changes, then more negative ΔΣV, then ids
  /// (``AllyLoss/isMoreHarmful(_:than:)``). The default.
  case harm
  /// Pairs only: the damage beyond the two single losses first (``SweepSynergy``): more
  /// `synergy.statusChanges`, then more negative `synergy.deltaViability`, then ids.
  case synergy
}
