extension UndirectedGraph {
  /// The articulation points (cut vertices), increasing: nodes whose removal increases the number of
  /// connected components.
  ///
  /// As a set, equals `networkx.articulation_points(G)`. Hopcroft & Tarjan (1973, "Algorithm 447: efficient
  /// algorithms for graph manipulation") low-link DFS, iterative; O(n + m).
  public func articulationPoints() -> [Int] {
    lowLinkSearch().articulationPoints
  }

  /// The bridges, sorted: edges whose removal increases the number of connected components.
  ///
  /// As a set, equals `networkx.bridges(G)`. Same iterative low-link DFS as ``articulationPoints()``
  /// (an edge `p – v` to a DFS child `v` is a bridge when `low(v) > disc(p)`, Tarjan 1974); O(n + m).
  public func bridges() -> [UndirectedEdge] {
    lowLinkSearch().bridges.sorted()
  }

  /// One iterative DFS over every component computing discovery times and low links.
  private func lowLinkSearch() -> (articulationPoints: [Int], bridges: [UndirectedEdge]) {
    let n = nodeCount
    var discovery = [Int32](repeating: -1, count: n)
    var low = [Int32](repeating: 0, count: n)
    var parent = [Int32](repeating: -1, count: n)
    var cursor = offsets
    var isCut = [Bool](repeating: false, count: n)
    var bridges = [UndirectedEdge]()
    var stack = [Int32]()
    var time: Int32 = 0
    for root in 0..<n where discovery[root] < 0 {
      discovery[root] = time
      low[root] = time
      time += 1
      var rootChildren = 0
      stack.append(Int32(root))
      while let top = stack.last {
        let v = Int(top)
        if cursor[v] < offsets[v + 1] {
          let w = Int(neighbours[cursor[v]])
          cursor[v] += 1
          if discovery[w] < 0 {
            parent[w] = Int32(v)
            discovery[w] = time
            low[w] = time
            time += 1
            stack.append(Int32(w))
            if v == root { rootChildren += 1 }
          } else if w != Int(parent[v]) {
            low[v] = min(low[v], discovery[w])
          }
          continue
        }
        stack.removeLast()
        let p = Int(parent[v])
        guard p >= 0 else { continue }
        low[p] = min(low[p], low[v])
        if low[v] > discovery[p] { bridges.append(UndirectedEdge(p, v)) }
        if p != root && low[v] >= discovery[p] { isCut[p] = true }
      }
      if rootChildren > 1 { isCut[root] = true }
    }
    return ((0..<n).filter { isCut[$0] }, bridges)
  }
}
