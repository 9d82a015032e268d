/// The outcome of ``WeightedDigraph/pageRankResult(alpha:tolerance:maxIterations:)``.
public struct PageRankResult: Sendable, Hashable, Codable {
  /// The PageRank of every node; they sum to 1 (up to rounding) when the graph is not empty.
  public let scores: [Double]
  /// The number of Gauss–Seidel sweeps performed (power-iteration steps when `alpha` is 1).
  public let iterations: Int
  /// Whether the scores are certified within `min(nodeCount · tolerance, 1e-9)` of the exact PageRank vector in
  /// L1 norm after at most `maxIterations` sweeps (for `alpha` 1: whether the L1 change of a step fell below
  /// `nodeCount · tolerance`). NetworkX raises `PowerIterationFailedConvergence` when it does not converge; here
  /// the last iterate, normalised, is returned.
  public let converged: Bool
}
