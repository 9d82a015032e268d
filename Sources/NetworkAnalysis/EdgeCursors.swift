/// The per-node edge cursors of an iterative depth-first search over CSR rows: where each node's
/// row is to be read next. `cursor` starts at the row starts (a copy of `offsets`).
///
/// Shared by the two iterative searches of the package, ``TarjanSearch`` (strongly connected
/// components) and ``LowLinkSearch`` (cut vertices and bridges).
struct EdgeCursors {
  /// The next unread entry of every node's row.
  let cursor: UnsafeMutableBufferPointer<Int>
  /// Row starts, one more than the nodes.
  let offsets: UnsafeBufferPointer<Int>
  /// The neighbour of every entry, row after row.
  let targets: UnsafeBufferPointer<Int32>

  /// The next unread neighbour of `node`, advancing its cursor; nil when its row is read.
  @inline(__always)
  func next(of node: Int) -> Int? {
    let entry = cursor[node]
    guard entry < offsets[node + 1] else { return nil }
    cursor[node] = entry + 1
    return Int(targets[entry])
  }
}
