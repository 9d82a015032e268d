/// The work arrays of Brandes' algorithm for one worker thread, allocated once and reused for every source.
///
/// After each source only the entries the search reached are reset, so a source costs O(reached nodes and
/// edges), not O(n). Not thread-safe: one workspace per concurrent chunk.
final class BrandesWorkspace {
  /// The accumulated dependencies Σ_s δ_s(v) of the sources run so far.
  private let sums: UnsafeMutableBufferPointer<Double>
  /// BFS hop count from the source, −1 when unreached (unweighted runs).
  private let hops: UnsafeMutableBufferPointer<Int32>
  /// σ_sv, the number of shortest paths from the source to v.
  private let sigma: UnsafeMutableBufferPointer<Double>
  /// δ_s(v), the dependency of the source on v.
  private let delta: UnsafeMutableBufferPointer<Double>
  /// Nodes in order of non-decreasing distance (the BFS queue doubles as this stack).
  private let order: UnsafeMutableBufferPointer<Int32>
  // Weighted runs only: tentative lengths, search state, predecessor lists and the heap.
  private let length: UnsafeMutableBufferPointer<Double>
  private let state: UnsafeMutableBufferPointer<UInt8>
  private let predecessorHead: UnsafeMutableBufferPointer<Int32>
  private let predecessorNext: UnsafeMutableBufferPointer<Int32>
  private let predecessorNode: UnsafeMutableBufferPointer<Int32>
  private let heapNodes: UnsafeMutableBufferPointer<Int32>
  private let heapPositions: UnsafeMutableBufferPointer<Int32>

  private static let unseen: UInt8 = 0
  private static let queued: UInt8 = 1
  private static let settled: UInt8 = 2

  init(graph: WeightedDigraph, weighted: Bool) {
    let n = graph.nodeCount
    let weightedCount = weighted ? n : 0
    let edgeCapacity = weighted ? graph.edgeCount : 0
    sums = Self.buffer(n, 0.0)
    hops = Self.buffer(n, -1 as Int32)
    sigma = Self.buffer(n, 0.0)
    delta = Self.buffer(n, 0.0)
    order = Self.buffer(n, 0 as Int32)
    length = Self.buffer(weightedCount, Double.infinity)
    state = Self.buffer(weightedCount, Self.unseen)
    predecessorHead = Self.buffer(weightedCount, -1 as Int32)
    predecessorNext = Self.buffer(edgeCapacity, -1 as Int32)
    predecessorNode = Self.buffer(edgeCapacity, 0 as Int32)
    heapNodes = Self.buffer(weightedCount, 0 as Int32)
    heapPositions = Self.buffer(weightedCount, -1 as Int32)
  }

  deinit {
    sums.deallocate()
    hops.deallocate()
    sigma.deallocate()
    delta.deallocate()
    order.deallocate()
    length.deallocate()
    state.deallocate()
    predecessorHead.deallocate()
    predecessorNext.deallocate()
    predecessorNode.deallocate()
    heapNodes.deallocate()
    heapPositions.deallocate()
  }

  /// A copy of the accumulated sums.
  func betweenness() -> [Double] {
    Array(sums)
  }

  /// Adds δ_s(·) for the source `source` with unit edge lengths (BFS); predecessors are found again in the
  /// accumulation phase by scanning in-edges for nodes one hop closer, so no predecessor lists are kept.
  func accumulateUnweighted(from source: Int, in graph: Adjacency) {
    let (hops, sigma, delta, order, sums) = (hops, sigma, delta, order, sums)
    order[0] = Int32(source)
    hops[source] = 0
    sigma[source] = 1
    var head = 0
    var tail = 1
    while head < tail {
      let v = Int(order[head])
      head += 1
      let next = hops[v] + 1
      let paths = sigma[v]
      for edge in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
        let w = Int(graph.outTargets[edge])
        let reached = hops[w]
        if reached < 0 {
          hops[w] = next
          sigma[w] = paths
          order[tail] = Int32(w)
          tail += 1
        } else if reached == next {
          sigma[w] += paths
        }
      }
    }
    var position = tail - 1
    while position > 0 {
      let w = Int(order[position])
      let previous = hops[w] - 1
      let coefficient = (1 + delta[w]) / sigma[w]
      for edge in graph.inOffsets[w]..<graph.inOffsets[w + 1] {
        let v = Int(graph.inSources[edge])
        if hops[v] == previous { delta[v] += sigma[v] * coefficient }
      }
      sums[w] += delta[w]
      position -= 1
    }
    for position in 0..<tail {
      let v = Int(order[position])
      hops[v] = -1
      sigma[v] = 0
      delta[v] = 0
    }
  }

  /// Adds δ_s(·) for the source `source` with the edge weights as lengths (Dijkstra, binary heap), counting
  /// lengths within the relative ``WeightedDigraph/pathLengthTieTolerance`` as equal.
  func accumulateWeighted(from source: Int, in graph: Adjacency) {
    let tolerance = WeightedDigraph.pathLengthTieTolerance
    let (length, state, sigma, delta, order, sums) = (length, state, sigma, delta, order, sums)
    let (predecessorHead, predecessorNext, predecessorNode) = (predecessorHead, predecessorNext, predecessorNode)
    var heap = IndexedMinHeap(nodes: heapNodes, positions: heapPositions, keys: length)
    var linkCount = 0
    var settledCount = 0
    length[source] = 0
    sigma[source] = 1
    state[source] = Self.queued
    heap.push(Int32(source))
    while let popped = heap.popMin() {
      let v = Int(popped)
      state[v] = Self.settled
      order[settledCount] = popped
      settledCount += 1
      let base = length[v]
      let paths = sigma[v]
      for edge in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
        let w = Int(graph.outTargets[edge])
        let status = state[w]
        if status == Self.settled { continue }
        let candidate = base + graph.outWeights[edge]
        let current = length[w]
        if status == Self.unseen || current - candidate > tolerance * current {
          // The first path to w, or one shorter beyond the tolerance: w's paths restart from v.
          length[w] = candidate
          sigma[w] = paths
          predecessorHead[w] = -1
          if status == Self.unseen {
            state[w] = Self.queued
            heap.push(Int32(w))
          } else {
            heap.decreaseKey(Int32(w))
          }
        } else if abs(candidate - current) <= tolerance * max(candidate, current) {
          sigma[w] += paths
        } else {
          continue
        }
        predecessorNode[linkCount] = Int32(v)
        predecessorNext[linkCount] = predecessorHead[w]
        predecessorHead[w] = Int32(linkCount)
        linkCount += 1
      }
    }
    var position = settledCount - 1
    while position > 0 {
      let w = Int(order[position])
      let coefficient = (1 + delta[w]) / sigma[w]
      var link = Int(predecessorHead[w])
      while link >= 0 {
        let v = Int(predecessorNode[link])
        delta[v] += sigma[v] * coefficient
        link = Int(predecessorNext[link])
      }
      sums[w] += delta[w]
      position -= 1
    }
    for position in 0..<settledCount {
      let v = Int(order[position])
      length[v] = .infinity
      state[v] = Self.unseen
      sigma[v] = 0
      delta[v] = 0
      predecessorHead[v] = -1
    }
  }

  private static func buffer<Element>(_ count: Int, _ value: Element) -> UnsafeMutableBufferPointer<Element> {
    let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: count)
    buffer.initialize(repeating: value)
    return buffer
  }
}
