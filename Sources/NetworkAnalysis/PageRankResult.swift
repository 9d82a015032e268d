/// The outcome of ``WeightedDigraph/pageRankResult(alpha:tolerance:maxIterations:)``.
public struct PageRankResult: Sendable, Hashable, Codable {
  /// The PageRank of every node; they sum to 1 (up to rounding) when the graph is not empty.
  public let scores: [Double]
  /// The number of power-iteration steps performed.
  public let iterations: Int
  /// Whether the L1 change fell below `nodeCount · tolerance` within `maxIterations` steps (NetworkX raises
  /// `PowerIterationFailedConvergence` when it does not; here the last iterate is returned).
  public let converged: Bool
}
