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
    var index = [Int32](repeating: -1, count: n)
    var lowLink = [Int32](repeating: 0, count: n)
    var onStack = [Bool](repeating: false, count: n)
    var cursor = outOffsets
    var stack = [Int32]()
    var calls = [Int32]()
    var componentOf = [Int](repeating: 0, count: n)
    var counter: Int32 = 0
    var components = 0
    for root in 0..<n where index[root] < 0 {
      index[root] = counter
      lowLink[root] = counter
      counter += 1
      stack.append(Int32(root))
      onStack[root] = true
      calls.append(Int32(root))
      while let top = calls.last {
        let v = Int(top)
        if cursor[v] < outOffsets[v + 1] {
          let w = Int(outTargets[cursor[v]])
          cursor[v] += 1
          if index[w] < 0 {
            index[w] = counter
            lowLink[w] = counter
            counter += 1
            stack.append(Int32(w))
            onStack[w] = true
            calls.append(Int32(w))
          } else if onStack[w] {
            lowLink[v] = min(lowLink[v], index[w])
          }
          continue
        }
        calls.removeLast()
        if lowLink[v] == index[v] {
          while let member = stack.popLast() {
            onStack[Int(member)] = false
            componentOf[Int(member)] = components
            if Int(member) == v { break }
          }
          components += 1
        }
        if let parent = calls.last {
          lowLink[Int(parent)] = min(lowLink[Int(parent)], lowLink[v])
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
