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
    var components = 0
    // Pointers in the O(n + m) search (the ally sweep runs it once per removal): no bounds checks.
    let index = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
    let lowLink = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
    let onStack = UnsafeMutableBufferPointer<Bool>.allocate(capacity: n)
    let cursor = UnsafeMutableBufferPointer<Int>.allocate(capacity: n)
    let stack = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
    let calls = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
    defer {
      index.deallocate()
      lowLink.deallocate()
      onStack.deallocate()
      cursor.deallocate()
      stack.deallocate()
      calls.deallocate()
    }
    index.initialize(repeating: -1)
    lowLink.initialize(repeating: 0)
    onStack.initialize(repeating: false)
    componentOf.withUnsafeMutableBufferPointer { componentOf in
      outOffsets.withUnsafeBufferPointer { outOffsets in
        outTargets.withUnsafeBufferPointer { outTargets in
          for node in 0..<n { cursor[node] = outOffsets[node] }
          var stackCount = 0
          var callCount = 0
          var counter: Int32 = 0
          for root in 0..<n where index[root] < 0 {
            index[root] = counter
            lowLink[root] = counter
            counter += 1
            stack[stackCount] = Int32(root)
            stackCount += 1
            onStack[root] = true
            calls[callCount] = Int32(root)
            callCount += 1
            while callCount > 0 {
              let v = Int(calls[callCount - 1])
              if cursor[v] < outOffsets[v + 1] {
                let w = Int(outTargets[cursor[v]])
                cursor[v] += 1
                if index[w] < 0 {
                  index[w] = counter
                  lowLink[w] = counter
                  counter += 1
                  stack[stackCount] = Int32(w)
                  stackCount += 1
                  onStack[w] = true
                  calls[callCount] = Int32(w)
                  callCount += 1
                } else if onStack[w] {
                  lowLink[v] = min(lowLink[v], index[w])
                }
                continue
              }
              callCount -= 1
              if lowLink[v] == index[v] {
                while stackCount > 0 {
                  stackCount -= 1
                  let member = Int(stack[stackCount])
                  onStack[member] = false
                  componentOf[member] = components
                  if member == v { break }
                }
                components += 1
              }
              if callCount > 0 {
                let parent = Int(calls[callCount - 1])
                lowLink[parent] = min(lowLink[parent], lowLink[v])
              }
            }
          }
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
