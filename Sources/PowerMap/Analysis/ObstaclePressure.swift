/// The pressure an obstacle puts on the commitments it blocks (rule 3 of <doc:Rules>).
///
///     pressure_o   = severity_o · (1 − mitigation_o) · holding_o
///     mitigation_o = clamp(Σ_{m present} p̂ₘ qₘ max(s*ₘ, 0) / Σₘ p⁰ₘ q⁰ₘ, 0, 1)
///                    (0 without mitigators or over a zero denominator)
///     holding_o    = 1   if the obstacle lists no holders, or its holders had no baseline
///                        opposition (Σₕ p⁰ₕ q⁰ₕ max(−s⁰*ₕ, 0) = 0)
///                  = clamp(Σ_{h present} p̂ₕ qₕ max(−s*ₕ, 0) / Σₕ p⁰ₕ q⁰ₕ max(−s⁰*ₕ, 0), 0, 1)  otherwise
///
/// s⁰* is the baseline effective stance: the effective stance (rule 2) of the model without any
/// scenario. An actor listed twice among the holders (or the mitigators) counts once. Sums over
/// "all m" / "all h" include removed actors (baselines); sums over present ones do not.
package struct ObstaclePressure: Sendable, Codable, Equatable {
  /// The obstacle's id.
  package var id: String
  /// The ids of the commitments it blocks.
  package var blocks: [String]
  /// severity_o.
  package var severity: Double
  /// mitigation_o, in [0, 1].
  package var mitigation: Double
  /// holding_o, in [0, 1].
  package var holding: Double
  /// pressure_o = severity · (1 − mitigation) · holding.
  package var pressure: Double
}
