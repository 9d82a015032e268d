extension UndirectedGraph {
  /// The articulation points (cut vertices), increasing: nodes whose removal increases the number of
  /// connected components.
  ///
  /// As a set, equals `networkx.articulation_points(G)`. Hopcroft & Tarjan (1973, "Algorithm 447: efficient
  /// algorithms for graph manipulation") low-link DFS, iterative; O(n + m).
  public func articulationPoints() -> [Int] {
    lowLinkSearch(collectBridges: false).articulationPoints
  }

  /// The bridges, sorted: edges whose removal increases the number of connected components.
  ///
  /// As a set, equals `networkx.bridges(G)`. Same iterative low-link DFS as ``articulationPoints()``
  /// (an edge `p – v` to a DFS child `v` is a bridge when `low(v) > disc(p)`, Tarjan 1974); O(n + m).
  public func bridges() -> [UndirectedEdge] {
    lowLinkSearch().bridges.sorted()
  }

  /// One iterative DFS over every component computing discovery times and low links; the bridges are collected
  /// only when `collectBridges` is set.
  private func lowLinkSearch(collectBridges: Bool = true) -> (articulationPoints: [Int], bridges: [UndirectedEdge]) {
    var bridges = BridgeCollector(collecting: collectBridges)
    let isCut = lowLinkSearch(&bridges)
    return ((0..<nodeCount).filter { isCut[$0] }, bridges.bridges)
  }
}
