/// The work arrays of Brandes' algorithm for one worker thread, allocated once and reused for every source.
/// The searches live in `BrandesWorkspace+BreadthFirst.swift` (unweighted) and `BrandesWorkspace+Dijkstra.swift`.
///
/// **Why raw buffers.** A source costs two passes over the edges it reaches, with random reads and writes of
/// per-node state: over all sources that is a few `n · m` memory operations, so the inner loops are the whole
/// cost. The arrays are `UnsafeMutableBufferPointer`s allocated here once, which in an optimised build index
/// without bounds checks, copy-on-write uniqueness checks or reference counting, and the graph is read through
/// ``Adjacency`` (pointers to the CSR arrays) for the same reason. The loops copy the buffers they use into
/// locals first, so that the compiler keeps the base addresses in registers.
///
/// **Layout.** The search keeps one byte per node for the test every edge makes (small enough to stay in the
/// L1 cache), and records each shortest-path edge as a link in a predecessor list when it finds it; the
/// accumulation follows those links instead of scanning every in-edge for nodes one level closer. The
/// breadth-first search stores σ and δ (``PathCounts``) and the list heads by position in the visit order, so
/// that the accumulation walks them backwards in sequence; Dijkstra's search keeps everything about a node in
/// one record (``DijkstraNode``), so that relaxing an edge touches one cache line.
///
/// **Same arithmetic.** Every σ and δ is the sum of the same terms in the same order as in Brandes'
/// formulation (a FIFO queue, or a heap popping by length, ties by node id), so the results are the same to the
/// bit whatever the layout: δ_s(v) adds the terms of v's successors in the reverse of the order they were
/// visited, and a node's predecessors may be visited in any order since each adds to a different δ. The one
/// place where the order of a sum changes is σ in a bottom-up BFS step (see `accumulateUnweighted`), where
/// all the terms are integers and the step is only taken when their total is below 2⁵³, so that the sum is
/// exact in any order.
///
/// After each source only the entries the search reached are reset, so a source costs O(reached nodes and
/// edges), not O(n). Not thread-safe: one workspace per concurrent chunk.
final class BrandesWorkspace {
  /// σ_sv, the number of shortest paths from the source to v, and δ_s(v), the dependency of the source on v.
  struct PathCounts {
    var sigma: Double
    var delta: Double
  }

  /// One shortest-path edge `u → w`, an entry of w's predecessor list.
  struct PredecessorLink {
    /// The predecessor u: its position in `order` (breadth-first) or its node (Dijkstra).
    var from: Int32
    /// The next link of the same list, −1 at the end.
    var next: Int32
  }

  /// Everything Dijkstra's search keeps per node.
  struct DijkstraNode {
    /// The tentative, then final, length of the shortest paths to the node.
    var length: Double
    var sigma: Double
    var delta: Double
    /// The first link of the node's predecessor list.
    var predecessorHead: Int32
  }

  /// A node found by a bottom-up BFS step, before it gets its place in the visit order.
  struct Discovery {
    var sigma: Double
    var node: Int32
    /// The smallest position, relative to the start of the level, of its predecessors.
    var firstParent: Int32
    var predecessorHead: Int32
  }

  let nodeCount: Int
  let edgeCount: Int
  /// The graph's `outOffsets` (and, breadth-first, `inOffsets`) as 32-bit integers: half the cache footprint.
  let outStarts: UnsafeMutableBufferPointer<Int32>
  let inStarts: UnsafeMutableBufferPointer<Int32>
  /// The accumulated dependencies Σ_s δ_s(v) of the sources run so far.
  let sums: UnsafeMutableBufferPointer<Double>
  /// Breadth-first: σ and δ by position in `order`.
  let counts: UnsafeMutableBufferPointer<PathCounts>
  /// The search state of every node (see the two searches); 0 (unseen) for all between sources.
  let state: UnsafeMutableBufferPointer<UInt8>
  /// The reached nodes in the order they are visited, by non-decreasing distance; read backwards, the stack
  /// of Brandes' accumulation.
  let order: UnsafeMutableBufferPointer<Int32>
  /// Breadth-first: the first link of each predecessor list, by position.
  let predecessorHead: UnsafeMutableBufferPointer<Int32>
  /// The predecessor links of the current source, appended in the order the search finds them.
  let links: UnsafeMutableBufferPointer<PredecessorLink>
  // Breadth-first only: each reached node's position in `order`, and scratch for bottom-up steps.
  let position: UnsafeMutableBufferPointer<Int32>
  let unvisited: UnsafeMutableBufferPointer<Int32>
  let discoveries: UnsafeMutableBufferPointer<Discovery>
  let parentCounts: UnsafeMutableBufferPointer<Int32>
  // Dijkstra only: the node records and the heap of (length, node) entries.
  let dijkstraNodes: UnsafeMutableBufferPointer<DijkstraNode>
  let heapBuckets: UnsafeMutableBufferPointer<LengthHeap.Bucket>
  let heapTied: UnsafeMutableBufferPointer<Int32>

  init(graph: WeightedDigraph, weighted: Bool) {
    let n = graph.nodeCount
    let m = graph.edgeCount
    precondition(m < Int(Int32.max), "betweenness supports fewer than 2³¹ − 1 edges")
    nodeCount = n
    edgeCount = m
    let breadthFirstCount = weighted ? 0 : n
    let weightedCount = weighted ? n : 0
    outStarts = Self.int32Copy(graph.outOffsets)
    inStarts = Self.int32Copy(weighted ? [] : graph.inOffsets)
    sums = Self.buffer(n, 0.0)
    counts = Self.buffer(breadthFirstCount, PathCounts(sigma: 0, delta: 0))
    state = Self.buffer(n, 0 as UInt8)
    order = Self.buffer(n, 0 as Int32)
    predecessorHead = Self.buffer(breadthFirstCount, -1 as Int32)
    links = Self.buffer(m, PredecessorLink(from: 0, next: -1))
    position = Self.buffer(breadthFirstCount, 0 as Int32)
    unvisited = Self.buffer(breadthFirstCount, 0 as Int32)
    discoveries = Self.buffer(
      breadthFirstCount, Discovery(sigma: 0, node: 0, firstParent: 0, predecessorHead: -1))
    parentCounts = Self.buffer(breadthFirstCount + 1, 0 as Int32)
    dijkstraNodes = Self.buffer(
      weightedCount, DijkstraNode(length: .infinity, sigma: 0, delta: 0, predecessorHead: -1))
    // Every push but the source's follows an edge relaxation, at most one per edge.
    heapTied = Self.buffer(weighted ? m + 1 : 0, 0 as Int32)
    heapBuckets = LengthHeap.makeBuckets(capacity: weighted ? 16 : 0)
  }

  deinit {
    outStarts.deallocate()
    inStarts.deallocate()
    sums.deallocate()
    counts.deallocate()
    state.deallocate()
    order.deallocate()
    predecessorHead.deallocate()
    links.deallocate()
    position.deallocate()
    unvisited.deallocate()
    discoveries.deallocate()
    parentCounts.deallocate()
    dijkstraNodes.deallocate()
    heapTied.deallocate()
    LengthHeap.freeBuckets(heapBuckets)
  }

  /// A copy of the accumulated sums.
  func betweenness() -> [Double] {
    Array(sums)
  }

  private static func buffer<Element>(_ count: Int, _ value: Element) -> UnsafeMutableBufferPointer<Element> {
    let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: count)
    buffer.initialize(repeating: value)
    return buffer
  }

  /// `offsets` as 32-bit integers (the caller has checked that the edge count fits).
  private static func int32Copy(_ offsets: [Int]) -> UnsafeMutableBufferPointer<Int32> {
    let buffer = UnsafeMutableBufferPointer<Int32>.allocate(capacity: offsets.count)
    for (index, offset) in offsets.enumerated() { buffer.initializeElement(at: index, to: Int32(offset)) }
    return buffer
  }
}
