/// A simple undirected graph on `0..<nodeCount` in CSR form: no weights, no self-loops, no parallel edges.
///
/// Usually made by ``WeightedDigraph/undirectedView()``, where `u – v` exists when `u → v` or `v → u`
/// (NetworkX's `G.to_undirected()` with self-loops removed). Each adjacency row is sorted and lists every
/// neighbour once.
public struct UndirectedGraph: Sendable, Hashable {
  /// The number of nodes.
  public let nodeCount: Int
  /// Row starts, `nodeCount + 1` of them.
  package let offsets: [Int]
  /// The neighbours of every node, row after row, increasing within a row; each edge appears in two rows.
  package let neighbours: [Int32]

  /// The undirected view of `graph` (see ``WeightedDigraph/undirectedView()``); O(n + m).
  public init(_ graph: WeightedDigraph) {
    self.init(viewOf: graph)
  }

  /// The graph with the given edges (repeated edges are merged); endpoints must be in `0..<nodeCount`.
  public init(nodeCount: Int, edges: [UndirectedEdge]) {
    precondition(nodeCount >= 0 && nodeCount <= Int(Int32.max), "nodeCount out of range: \(nodeCount)")
    var rows = [Int32]()
    var columns = [Int32]()
    rows.reserveCapacity(2 * edges.count)
    columns.reserveCapacity(2 * edges.count)
    for edge in edges {
      precondition(edge.v < nodeCount && edge.u >= 0, "edge \(edge.u) – \(edge.v) outside 0..<\(nodeCount)")
      rows.append(Int32(edge.u))
      columns.append(Int32(edge.v))
      rows.append(Int32(edge.v))
      columns.append(Int32(edge.u))
    }
    let storage = CompressedRows(
      rowCount: nodeCount, columnCount: nodeCount, rows: rows, columns: columns,
      values: [Double](repeating: 0, count: rows.count), merge: .keepMaximum)
    self.nodeCount = nodeCount
    offsets = storage.offsets
    neighbours = storage.columns
  }

  /// The number of undirected edges.
  public var edgeCount: Int { neighbours.count / 2 }

  /// The neighbours of `node`, increasing.
  public func neighbours(of node: Int) -> [Int] {
    precondition((0..<nodeCount).contains(node), "node \(node) outside 0..<\(nodeCount)")
    return neighbours[offsets[node]..<offsets[node + 1]].map(Int.init)
  }
}
