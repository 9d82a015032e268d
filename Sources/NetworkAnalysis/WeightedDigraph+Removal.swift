extension WeightedDigraph {
  /// The graph without `nodes`: every edge from or to one of them dropped, and the other nodes renumbered
  /// `0..<nodeCount − |nodes|` in their order (node `v` becomes `v` minus the number of removed nodes below it).
  ///
  /// The same graph (`==`) as building it again from the remaining edges, since rows stay sorted and the merged
  /// weights are the remaining edges' own; O(n + m) without sorting. Used by the ally sweep, which removes one
  /// or two actors from one influence graph many times. Repeated nodes count once; each must be in range.
  public func removing(nodes: [Int]) -> WeightedDigraph {
    let (newIndex, kept) = renumbering(removing: nodes)
    return WeightedDigraph(
      nodeCount: kept, outgoing: Self.keptRows(outOffsets, outTargets, outWeights, newIndex: newIndex, kept: kept),
      incoming: Self.keptRows(inOffsets, inSources, inWeights, newIndex: newIndex, kept: kept))
  }

  /// ``fragmentation()`` of the graph without `nodes`: the same value as
  /// `removing(nodes: nodes).fragmentation()`, without building the in-edge rows it does not read.
  public func fragmentation(removing nodes: [Int]) -> Double {
    let (newIndex, kept) = renumbering(removing: nodes)
    let outgoing = Self.keptRows(outOffsets, outTargets, outWeights, newIndex: newIndex, kept: kept)
    // Fragmentation reads the out-edge rows only; the in-edge rows are left empty.
    let incoming = CompressedRows(offsets: [Int](repeating: 0, count: kept + 1), columns: [], values: [])
    return WeightedDigraph(nodeCount: kept, outgoing: outgoing, incoming: incoming).fragmentation()
  }

  /// The new number of every node once `nodes` are removed (−1 for a removed one) and the number kept.
  private func renumbering(removing nodes: [Int]) -> (newIndex: [Int32], kept: Int) {
    var removed = [Bool](repeating: false, count: nodeCount)
    for node in nodes {
      checkNode(node)
      removed[node] = true
    }
    var newIndex = [Int32](repeating: -1, count: nodeCount)
    var kept = 0
    for node in 0..<nodeCount where !removed[node] {
      newIndex[node] = Int32(kept)
      kept += 1
    }
    return (newIndex, kept)
  }

  /// The rows of the kept nodes, renumbered, each without the entries that end at a removed node.
  private static func keptRows(
    _ offsets: [Int], _ ends: [Int32], _ values: [Double], newIndex: [Int32], kept: Int
  ) -> CompressedRows {
    var newOffsets = [Int](repeating: 0, count: kept + 1)
    var newEnds = [Int32]()
    var newValues = [Double]()
    newEnds.reserveCapacity(ends.count)
    newValues.reserveCapacity(ends.count)
    offsets.withUnsafeBufferPointer { offsets in
      ends.withUnsafeBufferPointer { ends in
        values.withUnsafeBufferPointer { values in
          newIndex.withUnsafeBufferPointer { newIndex in
            var row = 0
            for node in 0..<newIndex.count where newIndex[node] >= 0 {
              for entry in offsets[node]..<offsets[node + 1] {
                let end = newIndex[Int(ends[entry])]
                if end >= 0 {
                  newEnds.append(end)
                  newValues.append(values[entry])
                }
              }
              row += 1
              newOffsets[row] = newEnds.count
            }
          }
        }
      }
    }
    return CompressedRows(offsets: newOffsets, columns: newEnds, values: newValues)
  }

  /// For every node `v`, the fragmentation of the undirected view of the graph without `v` — what
  /// `removing(nodes: [v]).undirectedFragmentation()` gives, to the bit — for all nodes in one depth-first
  /// search, O(n + m) in all instead of O(n · (n + m)).
  ///
  /// Removing `v` from its connected component of size C leaves one piece per DFS child `c` with
  /// `low(c) ≥ disc(v)` (its subtree, of size `sub(c)`) and, unless `v` is the DFS root, one piece holding the
  /// rest (C − 1 − Σ those subtrees); the other components stay. So
  /// `Σ_k s_k(s_k − 1)` after the removal is the total before, minus C(C − 1), plus each piece's p(p − 1),
  /// and F = 1 − that / ((n − 1)(n − 2)) with the same integer and the same division as
  /// ``undirectedFragmentation()`` (0 when n − 1 ≤ 1). Iterative (no recursion), so a 100,000-node path is fine.
  public func undirectedFragmentationAfterRemovingEachNode() -> [Double] {
    let n = nodeCount
    guard n > 2 else { return [Double](repeating: 0, count: n) }
    var pieces = RemovalPieces(nodeCount: n)
    _ = undirectedView().lowLinkSearch(&pieces)
    let (componentOf, componentSizes, roots) = (pieces.componentOf, pieces.componentSizes, pieces.roots)
    let (separatedPairs, separatedSize) = (pieces.separatedPairs, pieces.separatedSize)
    let total = componentSizes.reduce(0) { $0 + $1 * ($1 - 1) }
    let remaining = n - 1
    let denominator = Double(remaining) * Double(remaining - 1)
    var result = [Double](repeating: 0, count: n)
    for v in 0..<n {
      let component = Int(componentOf[v])
      let size = componentSizes[component]
      var pairs = total - size * (size - 1) + separatedPairs[v]
      if roots[component] != v {
        let rest = size - 1 - separatedSize[v]
        pairs += rest * (rest - 1)
      }
      result[v] = 1 - Double(pairs) / denominator
    }
    return result
  }
}
