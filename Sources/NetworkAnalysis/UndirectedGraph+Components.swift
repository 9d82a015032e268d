extension UndirectedGraph {
  /// The connected components, each an increasing list of nodes, ordered by their smallest node.
  ///
  /// As sets, equals `networkx.connected_components(G)`. Breadth-first search; O(n + m).
  public func connectedComponents() -> [[Int]] {
    var seen = [Bool](repeating: false, count: nodeCount)
    var result = [[Int]]()
    var queue = [Int]()
    for start in 0..<nodeCount where !seen[start] {
      seen[start] = true
      queue.removeAll(keepingCapacity: true)
      queue.append(start)
      var head = 0
      while head < queue.count {
        let v = queue[head]
        head += 1
        for entry in offsets[v]..<offsets[v + 1] {
          let w = Int(neighbours[entry])
          if !seen[w] {
            seen[w] = true
            queue.append(w)
          }
        }
      }
      result.append(queue.sorted())
    }
    return result
  }
}
