/// The pressure an obstacle puts on the commitments it blocks (rule 3 of <doc:Rules>).
///
///     pressure_o   = severity_o · (1 − mitigation_o) · opposition_o
///     mitigation_o = clamp(Σ_{m present} p̂ₘ qₘ max(s*ₘ, 0) / Σₘ p⁰ₘ q⁰ₘ, 0, 1)
///                    (0 without mitigators or over a zero denominator)
///     opposition_o = 1   if the obstacle lists no holders
///                  = clamp(Σ_{h present} p̂ₕ qₕ max(−s*ₕ, 0) / Σₕ p⁰ₕ q⁰ₕ, 0, 1)  otherwise
///                    (0 over a zero denominator)
///
/// with the general effective stance s*. Severity is thus the pressure when every holder opposes
/// fully (stance −1 at its baseline power and interest) and nothing mitigates; the pressure rises
/// and falls continuously with the holders' opposition. An actor listed twice among the holders
/// (or the mitigators) counts once. Sums over "all m" / "all h" include removed actors
/// (baselines); sums over present ones do not.
package struct ObstaclePressure: Sendable, Codable, Equatable {
  /// The obstacle's id.
  package var id: String
  /// The ids of the commitments it blocks.
  package var blocks: [String]
  /// severity_o.
  package var severity: Double
  /// mitigation_o, in [0, 1].
  package var mitigation: Double
  /// opposition_o, in [0, 1].
  package var opposition: Double
  /// pressure_o = severity · (1 − mitigation) · opposition.
  package var pressure: Double
}
