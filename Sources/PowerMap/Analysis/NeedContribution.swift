/// One actor's term in a commitment's net support for one dimension (rule 3 of <doc:Rules>):
///
///     term_i = p̂ᵢ qᵢ s*ᵢ        (0 when i is removed)
///     net_D  = clamp(Σ_{i∈S} term_i / denominator, −1, 1),   denominator = Σ_{i∈S} p⁰ᵢ q⁰ᵢ
///
/// so the maps and reports show each listed actor's part without computing a rule themselves.
/// One per distinct actor of the dimension, in first-listed order.
package struct NeedContribution: Sendable, Codable, Equatable {
  /// The dimension.
  package var dimension: CommitmentDimension
  /// The actor's id.
  package var actor: String
  /// Whether the actor is present (a removed actor's term is 0).
  package var present: Bool
  /// p̂ᵢ, its effective power (rule 1).
  package var effectivePower: Double
  /// qᵢ, its current interest.
  package var interest: Double
  /// s*ᵢ, its effective stance (rule 2).
  package var effectiveStance: Double
  /// p̂ᵢ qᵢ s*ᵢ, or 0 when removed.
  package var term: Double
  /// The dimension's denominator Σ p⁰ q⁰ over its listed actors (the same for every actor of it).
  package var denominator: Double
}
