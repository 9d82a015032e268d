/// How ``WeightedDigraph`` merges parallel edges (several edges with the same source and target).
///
/// The merged graph is simple apart from self-loops, which are kept; NetworkX's `DiGraph` holds one edge per
/// ordered pair in the same way, so the algorithms compare with NetworkX run on the merged graph.
public enum ParallelEdgePolicy: Sendable, Hashable, Codable {
  /// Keep one edge with the largest weight (the design's "strongest relation" rule).
  case keepMaximum
  /// Keep one edge whose weight is the sum of the parallel weights (`nx.DiGraph` built from a multigraph
  /// with summed weights).
  case sum
}
