extension WeightedDigraph {
  /// The articulation points of the undirected view (``undirectedView()``), increasing.
  ///
  /// As a set, equals `networkx.articulation_points(G.to_undirected())`.
  public func articulationPoints() -> [Int] {
    undirectedView().articulationPoints()
  }

  /// The bridges of the undirected view (``undirectedView()``), sorted; self-loops are never bridges.
  ///
  /// As a set, equals `networkx.bridges(G.to_undirected())` (with self-loops removed first, as NetworkX needs).
  public func bridges() -> [UndirectedEdge] {
    undirectedView().bridges()
  }
}
