/// The maps: power, grid, commitments (all, for A3 and larger), one commitment (for A4) and
/// scenario.
public enum MapKind: String, Sendable, CaseIterable, Codable {
  /// One node per actor: area ∝ effective power, fill by effective stance, shape by kind, clusters
  /// by level (when the engine draws them), edges by relation kind.
  case power
  /// Mendelow's power–interest grid: actors pinned at (interest, effective power), quadrants named.
  case grid
  /// Actors → authority / acceptance / ability → commitment, obstacles attached, by status.
  case commitments
  /// One commitment on a page, readable on A4 (``MapOptions/commitment`` names it): its needs by
  /// dimension with each listed actor's contribution to the net support, its status and V, and
  /// the obstacles that block it with their holders and mitigators.
  case commitment
  /// The power map after a scenario, with what changed: removed actors dashed, stance and power
  /// changes labelled "before → after", cut relations grey, and the commitments' status changes.
  case scenario
}
