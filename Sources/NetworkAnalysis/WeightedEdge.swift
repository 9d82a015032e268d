/// A directed edge `source → target` carrying a weight, the input of
/// ``WeightedDigraph/init(nodeCount:edges:parallelEdges:)``.
///
/// Nodes are the integers `0..<nodeCount`. The weight's meaning belongs to the algorithm: PageRank and the
/// degrees read it as a strength, weighted betweenness as a length.
public struct WeightedEdge: Sendable, Hashable, Codable {
  /// The node the edge leaves.
  public var source: Int
  /// The node the edge enters.
  public var target: Int
  /// The edge weight; must be finite.
  public var weight: Double

  /// Creates the edge `source → target` with `weight` (1 by default).
  public init(source: Int, target: Int, weight: Double = 1) {
    self.source = source
    self.target = target
    self.weight = weight
  }
}
