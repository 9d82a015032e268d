extension WeightedDigraph {
  /// The strongly connected components, each an increasing list of nodes, in reverse topological order of the
  /// condensation (a component comes after every component it has an edge to).
  ///
  /// As sets, equals `networkx.strongly_connected_components(G)`; see ``stronglyConnectedComponentIndex()``.
  public func stronglyConnectedComponents() -> [[Int]] {
    stronglyConnectedComponentIndex().components
  }

  /// The strongly connected components as a component index per node, by Tarjan's algorithm (Tarjan 1972,
  /// "Depth-first search and linear graph algorithms") made iterative with an explicit call stack and a per-node
  /// edge cursor, so a 100,000-node path does not overflow the thread's stack. O(n + m) time and memory.
  public func stronglyConnectedComponentIndex() -> StronglyConnectedComponents {
    let n = nodeCount
    var componentOf = [Int](repeating: 0, count: n)
    var cursor = outOffsets
    var components = 0
    componentOf.withUnsafeMutableBufferPointer { componentOf in
      cursor.withUnsafeMutableBufferPointer { cursor in
        withAdjacency { adjacency in
          var search = TarjanSearch(
            nodeCount: n,
            edges: EdgeCursors(cursor: cursor, offsets: adjacency.outOffsets, targets: adjacency.outTargets))
          components = search.run(into: componentOf)
        }
      }
    }
    return StronglyConnectedComponents(componentOf: componentOf, count: components)
  }

  /// The condensation's successor lists: for component `c`, the distinct components `d ≠ c` with an edge from
  /// `c` into `d`, as CSR rows (all `d < c` with Tarjan's numbering).
  func condensationSuccessors(_ components: StronglyConnectedComponents) -> (offsets: [Int], targets: [Int32]) {
    var rows = [Int32]()
    var columns = [Int32]()
    for source in 0..<nodeCount {
      let from = components.componentOf[source]
      for entry in outOffsets[source]..<outOffsets[source + 1] {
        let to = components.componentOf[Int(outTargets[entry])]
        if to != from {
          rows.append(Int32(from))
          columns.append(Int32(to))
        }
      }
    }
    let storage = CompressedRows(
      rowCount: components.count, columnCount: components.count, rows: rows, columns: columns,
      values: [Double](repeating: 0, count: rows.count), merge: .keepMaximum)
    return (storage.offsets, storage.columns)
  }
}
