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
    let n = nodeCount
    // discovery, low, parent and the DFS stack in one allocation; cursors are the next row entry per node.
    var state = [Int32](repeating: -1, count: 4 * n)
    var cursor = offsets
    var isCut = [Bool](repeating: false, count: n)
    var bridges = [UndirectedEdge]()
    state.withUnsafeMutableBufferPointer { state in
      cursor.withUnsafeMutableBufferPointer { cursor in
        isCut.withUnsafeMutableBufferPointer { isCut in
          offsets.withUnsafeBufferPointer { offsets in
            neighbours.withUnsafeBufferPointer { neighbours in
              let search = LowLinkSearch(
                discovery: UnsafeMutableBufferPointer(rebasing: state[0..<n]),
                low: UnsafeMutableBufferPointer(rebasing: state[n..<(2 * n)]),
                parent: UnsafeMutableBufferPointer(rebasing: state[(2 * n)..<(3 * n)]),
                stack: UnsafeMutableBufferPointer(rebasing: state[(3 * n)..<(4 * n)]),
                cursor: cursor, isCut: isCut, offsets: offsets, neighbours: neighbours)
              search.run(bridge: collectBridges ? { bridges.append($0) } : nil)
            }
          }
        }
      }
    }
    return ((0..<n).filter { isCut[$0] }, bridges)
  }
}
