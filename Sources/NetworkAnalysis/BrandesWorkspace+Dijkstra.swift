extension BrandesWorkspace {
  /// Dijkstra search states: not reached yet.
  private static let unseen: UInt8 = 0
  /// Reached, with a tentative length.
  private static let queued: UInt8 = 1
  /// Popped from the heap, with its final length.
  private static let settled: UInt8 = 2

  /// Adds δ_s(·) for the source `source` with the edge weights as lengths (Dijkstra), counting lengths within
  /// the relative ``WeightedDigraph/pathLengthTieTolerance`` as equal.
  ///
  /// The heap holds (length, node) entries and is never searched: a shorter path to a queued node pushes a
  /// new entry, and an entry of a node already settled is skipped when popped. A node's newest entry carries
  /// its current length, which is strictly below its older ones, so the nodes settle in the order of an
  /// indexed heap with decrease-key: by length, ties by node id.
  func accumulateWeighted(from source: Int, in graph: Adjacency) {
    let tolerance = WeightedDigraph.pathLengthTieTolerance
    let (outStarts, state, nodes, order, links) = (outStarts, state, dijkstraNodes, order, links)
    let (targets, weights) = (graph.outTargets, graph.outWeights)
    var heap = LengthHeap(buckets: heapBuckets, tied: heapTied)
    var linkCount: Int32 = 0
    var settledCount = 0
    nodes[source] = DijkstraNode(length: 0, sigma: 1, delta: 0, predecessorHead: -1)
    state[source] = Self.queued
    heap.push(length: 0, node: Int32(source))
    while let popped = heap.popMin() {
      let v = Int(popped)
      if state[v] == Self.settled { continue }
      state[v] = Self.settled
      order[settledCount] = popped
      settledCount += 1
      let base = nodes[v].length
      let paths = nodes[v].sigma
      for edge in Int(outStarts[v])..<Int(outStarts[v + 1]) {
        let w = Int(targets[edge])
        let status = state[w]
        if status == Self.settled { continue }
        let candidate = base + weights[edge]
        let current = nodes[w].length
        if status == Self.unseen || current - candidate > tolerance * current {
          // The first path to w, or one shorter beyond the tolerance: w's paths restart from v.
          nodes[w] = DijkstraNode(length: candidate, sigma: paths, delta: 0, predecessorHead: linkCount)
          links[Int(linkCount)] = PredecessorLink(from: popped, next: -1)
          state[w] = Self.queued
          heap.push(length: candidate, node: Int32(w))
        } else if abs(candidate - current) <= tolerance * max(candidate, current) {
          nodes[w].sigma += paths
          links[Int(linkCount)] = PredecessorLink(from: popped, next: nodes[w].predecessorHead)
          nodes[w].predecessorHead = linkCount
        } else {
          continue
        }
        linkCount += 1
      }
    }
    accumulateByNode(reached: settledCount)
  }

  /// Brandes' accumulation over the `reached` nodes of `order`, from the farthest: adds
  /// `σ_sv / σ_sw · (1 + δ_s(w))` to each predecessor v of w and δ_s(w) to w's sum, and resets the state of
  /// every reached node. σ, δ and the predecessor lists are by node.
  private func accumulateByNode(reached: Int) {
    let (state, nodes, order, links, sums) = (state, dijkstraNodes, order, links, sums)
    var at = reached - 1
    while at > 0 {
      let w = Int(order[at])
      let dependency = nodes[w].delta
      let coefficient = (1 + dependency) / nodes[w].sigma
      var link = Int(nodes[w].predecessorHead)
      while link >= 0 {
        let v = Int(links[link].from)
        nodes[v].delta += nodes[v].sigma * coefficient
        link = Int(links[link].next)
      }
      sums[w] += dependency
      state[w] = Self.unseen
      at -= 1
    }
    state[Int(order[0])] = Self.unseen
  }
}
