/// The viability of one commitment of the plan (rule 3 of <doc:Rules>: authority, acceptance, ability).
///
/// For each non-empty dimension D listing the actors S:
///
///     net_D = clamp(Σ_{i∈S present} p̂ᵢ qᵢ s*ᵢ / Σ_{i∈S} p⁰ᵢ q⁰ᵢ, −1, 1)   (0 over a zero denominator)
///     V_c   = min_D net_D − Σ_{o blocks c} pressure_o                      (see ``ObstaclePressure``)
///     V_c   = −1 when the owner of c is removed
///
/// and the status follows from V and the commitment's threshold (``CommitmentStatus``). An actor
/// listed twice in one dimension counts once; an obstacle listing c twice in `blocks` counts once.
/// When the owner is removed the dimension scores and the pressure are still reported, but V = −1.
/// A commitment that lists nobody in any dimension (the loader rejects it: authority is required)
/// has min_D net_D = 0.
package struct CommitmentViability: Sendable, Codable, Equatable {
  /// The commitment's id.
  package var id: String
  /// net_D per dimension (nil for an empty dimension).
  package var dimensions: DimensionScores
  /// The dimension with the lowest net_D (first in PDIA order on ties).
  package var weakestDimension: CommitmentDimension?
  /// The ids of the obstacles that block it, in model order.
  package var obstacles: [String]
  /// Σ pressure_o over the obstacles that block it.
  package var obstaclePressure: Double
  /// False when the owner was removed (then V = −1).
  package var ownerPresent: Bool
  /// The commitment's threshold τ.
  package var threshold: Double
  /// V_c.
  package var viability: Double
  /// The status of V against τ.
  package var status: CommitmentStatus
  /// Each listed actor's term in net_D, dimension by dimension in PDIA order (see
  /// ``NeedContribution``).
  package var contributions: [NeedContribution] = []
}
