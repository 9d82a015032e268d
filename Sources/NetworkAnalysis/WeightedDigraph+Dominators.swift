extension WeightedDigraph {
  /// The immediate dominator of every node reachable from `root`: the closest node through which every path
  /// from `root` passes. The root maps to itself and unreachable nodes to `nil`.
  ///
  /// Equals `networkx.immediate_dominators(G, root)` on the other nodes (NetworkX ≥ 3.5 omits the root, older
  /// versions map it to itself). Cooper, Harvey & Kennedy (2001, "A simple, fast dominance algorithm"): iterate
  /// `idom(v) = ⋂ over processed predecessors` in reverse postorder of an iterative DFS until nothing changes,
  /// intersecting by walking up the current dominator tree by postorder number. Typically a few passes of
  /// O(n + m); no recursion, so deep graphs (a 100,000-node path) are fine.
  public func immediateDominators(root: Int) -> [Int?] {
    checkNode(root)
    let n = nodeCount
    // Iterative DFS postorder from the root, successors in increasing order.
    var postorderNumber = [Int32](repeating: -1, count: n)
    var visited = [Bool](repeating: false, count: n)
    var cursor = outOffsets
    var postorder = [Int32]()
    var stack: [Int32] = [Int32(root)]
    visited[root] = true
    while let top = stack.last {
      let v = Int(top)
      if cursor[v] < outOffsets[v + 1] {
        let w = Int(outTargets[cursor[v]])
        cursor[v] += 1
        if !visited[w] {
          visited[w] = true
          stack.append(Int32(w))
        }
        continue
      }
      stack.removeLast()
      postorderNumber[v] = Int32(postorder.count)
      postorder.append(top)
    }
    var dominator = [Int32](repeating: -1, count: n)
    dominator[root] = Int32(root)
    let reversePostorder = postorder.dropLast().reversed()
    var changed = true
    while changed {
      changed = false
      for node in reversePostorder {
        let v = Int(node)
        var candidate: Int32 = -1
        for entry in inOffsets[v]..<inOffsets[v + 1] {
          let p = inSources[entry]
          guard dominator[Int(p)] >= 0 else { continue }
          candidate = candidate < 0 ? p : intersect(p, candidate, dominator, postorderNumber)
        }
        if dominator[v] != candidate {
          dominator[v] = candidate
          changed = true
        }
      }
    }
    return dominator.map { $0 >= 0 ? Int($0) : nil }
  }

  /// The nearest common ancestor of `a` and `b` in the dominator tree built so far.
  private func intersect(_ a: Int32, _ b: Int32, _ dominator: [Int32], _ number: [Int32]) -> Int32 {
    var first = a
    var second = b
    while first != second {
      while number[Int(first)] < number[Int(second)] { first = dominator[Int(first)] }
      while number[Int(second)] < number[Int(first)] { second = dominator[Int(second)] }
    }
    return first
  }
}
