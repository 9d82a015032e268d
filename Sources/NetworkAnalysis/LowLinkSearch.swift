/// One iterative low-link depth-first search (Hopcroft & Tarjan 1973) over an ``UndirectedGraph``'s rows, on
/// buffers owned by the caller: `discovery` and `parent` start at −1, the edge cursors at the row starts, `isCut`
/// false.
///
/// The one low-link search of the package: articulation points and bridges
/// (``UndirectedGraph/articulationPoints()``) and the fragmentation after removing each node
/// (``WeightedDigraph/undirectedFragmentationAfterRemovingEachNode()``) read it through a
/// ``LowLinkVisitor``.
struct LowLinkSearch {
  let discovery: UnsafeMutableBufferPointer<Int32>
  let low: UnsafeMutableBufferPointer<Int32>
  let parent: UnsafeMutableBufferPointer<Int32>
  /// Room for every node: each is pushed once.
  let stack: UnsafeMutableBufferPointer<Int32>
  let isCut: UnsafeMutableBufferPointer<Bool>
  let edges: EdgeCursors

  /// Searches from every undiscovered node in increasing order, marks the cut vertices in `isCut`, and tells
  /// `visitor` of every finished node, every finished DFS child and every finished component.
  func run<Visitor: LowLinkVisitor>(_ visitor: inout Visitor) {
    var time: Int32 = 0
    for root in 0..<discovery.count where discovery[root] < 0 {
      discovery[root] = time
      low[root] = time
      time += 1
      var rootChildren = 0
      var depth = 1
      stack[0] = Int32(root)
      while depth > 0 {
        let v = Int(stack[depth - 1])
        if let w = edges.next(of: v) {
          if discovery[w] < 0 {
            parent[w] = Int32(v)
            discovery[w] = time
            low[w] = time
            time += 1
            stack[depth] = Int32(w)
            depth += 1
            if v == root { rootChildren += 1 }
          } else if w != Int(parent[v]) {
            low[v] = min(low[v], discovery[w])
          }
          continue
        }
        depth -= 1
        visitor.finish(v)
        let p = Int(parent[v])
        guard p >= 0 else { continue }
        low[p] = min(low[p], low[v])
        visitor.attach(child: v, to: p, separated: low[v] >= discovery[p], bridge: low[v] > discovery[p])
        if p != root && low[v] >= discovery[p] { isCut[p] = true }
      }
      if rootChildren > 1 { isCut[root] = true }
      visitor.finishComponent(root: root)
    }
  }
}
