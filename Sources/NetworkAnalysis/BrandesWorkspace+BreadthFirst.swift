extension BrandesWorkspace {
  /// Breadth-first search states: not reached yet.
  private static let unseen: UInt8 = 0
  /// Reached from the level being expanded, so on the next level.
  private static let discovered: UInt8 = 1
  /// On the level being expanded.
  private static let expanding: UInt8 = 2
  /// On an earlier level.
  private static let finished: UInt8 = 3
  /// σ totals below 2⁵³ are sums of integers computed exactly, in any order.
  private static let exactIntegerLimit = 9_007_199_254_740_992.0

  /// Adds δ_s(·) for the source `source` with unit edge lengths (breadth-first search, level by level).
  ///
  /// Each level is expanded top-down (the out-edges of its nodes, in visit order) or, when its nodes have more
  /// out-edges than the nodes not reached yet are estimated to have in-edges, bottom-up: every unreached node
  /// scans its in-edges for nodes of the level (Beamer, Asanović & Patterson 2012, "Direction-optimizing
  /// breadth-first search"), which on a random graph saves about half of the edge tests of the widest levels.
  /// A bottom-up step puts the nodes it finds in the order the top-down step would have found them (by their
  /// first parent in visit order, then by node id), so that the accumulation adds δ in the same order; and
  /// it runs only when the level's σ total is below 2⁵³, so that σ, summed over the same predecessors in
  /// another order, is the same exact integer.
  func accumulateUnweighted(from source: Int, in graph: Adjacency) {
    let (outStarts, state, counts, order, position, predecessorHead) =
      (outStarts, state, counts, order, position, predecessorHead)
    order[0] = Int32(source)
    position[source] = 0
    state[source] = Self.expanding
    counts[0] = PathCounts(sigma: 1, delta: 0)
    predecessorHead[0] = -1
    var levelStart = 0
    var levelEnd = 1
    var tail = 1
    var linkCount: Int32 = 0
    var unvisitedCount = -1  // the unvisited list is built by the first bottom-up step
    var levelEdges = Int(outStarts[source + 1] - outStarts[source])
    var levelPaths = 1.0
    while levelStart < levelEnd {
      // Bottom-up when levelEdges > (nodes not reached) · (m / n), the expected in-edges of those nodes.
      if levelEdges * nodeCount > (nodeCount - tail) * edgeCount && levelPaths < Self.exactIntegerLimit {
        expandBottomUp(
          level: levelStart..<levelEnd, tail: &tail, linkCount: &linkCount, unvisitedCount: &unvisitedCount,
          in: graph)
      } else {
        expandTopDown(level: levelStart..<levelEnd, tail: &tail, linkCount: &linkCount, in: graph)
      }
      for at in levelStart..<levelEnd { state[Int(order[at])] = Self.finished }
      levelEdges = 0
      levelPaths = 0
      for at in levelEnd..<tail {
        let node = Int(order[at])
        state[node] = Self.expanding
        levelEdges += Int(outStarts[node + 1] - outStarts[node])
        levelPaths += counts[at].sigma
      }
      levelStart = levelEnd
      levelEnd = tail
    }
    accumulateByPosition(reached: tail)
  }

  /// Appends the nodes that the out-edges of `level` reach first to `order`, in the order it meets them, and
  /// links every shortest-path edge.
  private func expandTopDown(level: Range<Int>, tail: inout Int, linkCount: inout Int32, in graph: Adjacency) {
    let (outStarts, state, counts, order, position, predecessorHead, links) =
      (outStarts, state, counts, order, position, predecessorHead, links)
    let targets = graph.outTargets
    var end = tail
    var linked = linkCount
    for at in level {
      let v = Int(order[at])
      let paths = counts[at].sigma
      let from = Int32(at)
      for edge in Int(outStarts[v])..<Int(outStarts[v + 1]) {
        let w = Int(targets[edge])
        let reached = state[w]
        if reached == Self.unseen {
          state[w] = Self.discovered
          position[w] = Int32(end)
          order[end] = Int32(w)
          counts[end] = PathCounts(sigma: paths, delta: 0)
          predecessorHead[end] = linked
          links[Int(linked)] = PredecessorLink(from: from, next: -1)
          linked += 1
          end += 1
        } else if reached == Self.discovered {
          let index = Int(position[w])
          counts[index].sigma += paths
          links[Int(linked)] = PredecessorLink(from: from, next: predecessorHead[index])
          predecessorHead[index] = linked
          linked += 1
        }
      }
    }
    tail = end
    linkCount = linked
  }

  /// Finds the unreached nodes with an in-edge from `level`, links their shortest-path edges, and appends
  /// them to `order` sorted by (first parent's position, node): the order of ``expandTopDown``.
  ///
  /// The first call for a source lists the unreached nodes by increasing id in `unvisited`; every call drops
  /// the nodes reached since from the list, keeping it sorted.
  private func expandBottomUp(
    level: Range<Int>, tail: inout Int, linkCount: inout Int32, unvisitedCount: inout Int, in graph: Adjacency
  ) {
    let (inStarts, state, counts, position, links) = (inStarts, state, counts, position, links)
    let (unvisited, discoveries) = (unvisited, discoveries)
    let sources = graph.inSources
    if unvisitedCount < 0 {
      unvisitedCount = 0
      for node in 0..<nodeCount where state[node] == Self.unseen {
        unvisited[unvisitedCount] = Int32(node)
        unvisitedCount += 1
      }
    }
    var linked = linkCount
    var kept = 0
    var found = 0
    for index in 0..<unvisitedCount {
      let u = Int(unvisited[index])
      guard state[u] == Self.unseen else { continue }
      var paths = 0.0
      var firstParent = Int32.max
      var head: Int32 = -1
      for edge in Int(inStarts[u])..<Int(inStarts[u + 1]) {
        let v = Int(sources[edge])
        if state[v] == Self.expanding {
          let from = position[v]
          paths += counts[Int(from)].sigma
          firstParent = min(firstParent, from)
          links[Int(linked)] = PredecessorLink(from: from, next: head)
          head = linked
          linked += 1
        }
      }
      if head < 0 {
        unvisited[kept] = Int32(u)
        kept += 1
      } else {
        discoveries[found] = Discovery(
          sigma: paths, node: Int32(u), firstParent: firstParent - Int32(level.lowerBound), predecessorHead: head)
        found += 1
      }
    }
    unvisitedCount = kept
    linkCount = linked
    appendDiscoveries(found, levelSize: level.count, tail: &tail)
  }

  /// Appends the first `found` entries of `discoveries` (by node) to `order`, sorted stably by their first
  /// parent's rank in a level of `levelSize` nodes (a counting sort), and marks them discovered.
  private func appendDiscoveries(_ found: Int, levelSize: Int, tail: inout Int) {
    let (state, counts, order, position, predecessorHead) = (state, counts, order, position, predecessorHead)
    let (discoveries, parentCounts) = (discoveries, parentCounts)
    for rank in 0...levelSize { parentCounts[rank] = 0 }
    for index in 0..<found { parentCounts[Int(discoveries[index].firstParent) + 1] += 1 }
    for rank in 0..<levelSize { parentCounts[rank + 1] += parentCounts[rank] }
    for index in 0..<found {
      let discovery = discoveries[index]
      let rank = Int(discovery.firstParent)
      let at = tail + Int(parentCounts[rank])
      parentCounts[rank] += 1
      let u = Int(discovery.node)
      state[u] = Self.discovered
      position[u] = Int32(at)
      order[at] = discovery.node
      counts[at] = PathCounts(sigma: discovery.sigma, delta: 0)
      predecessorHead[at] = discovery.predecessorHead
    }
    tail += found
  }

  /// Brandes' accumulation over the `reached` nodes of `order`, from the farthest: adds
  /// `σ_sv / σ_sw · (1 + δ_s(w))` to each predecessor v of w and δ_s(w) to w's sum, and resets the state of
  /// every reached node. σ, δ and the predecessor lists are by position.
  private func accumulateByPosition(reached: Int) {
    let (state, counts, order, predecessorHead, links, sums) = (state, counts, order, predecessorHead, links, sums)
    var at = reached - 1
    while at > 0 {
      let dependency = counts[at].delta
      let coefficient = (1 + dependency) / counts[at].sigma
      var link = Int(predecessorHead[at])
      while link >= 0 {
        let from = Int(links[link].from)
        counts[from].delta += counts[from].sigma * coefficient
        link = Int(links[link].next)
      }
      let w = Int(order[at])
      sums[w] += dependency
      state[w] = Self.unseen
      at -= 1
    }
    state[Int(order[0])] = Self.unseen
  }
}
