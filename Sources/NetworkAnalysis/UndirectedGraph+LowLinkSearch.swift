extension UndirectedGraph {
  /// Runs the low-link search over this graph with `visitor`; returns whether each node is a cut vertex.
  func lowLinkSearch<Visitor: LowLinkVisitor>(_ visitor: inout Visitor) -> [Bool] {
    let n = nodeCount
    // discovery, low, parent and the DFS stack in one allocation; cursors are the next row entry per node.
    var state = [Int32](repeating: -1, count: 4 * n)
    var cursor = offsets
    var isCut = [Bool](repeating: false, count: n)
    state.withUnsafeMutableBufferPointer { state in
      cursor.withUnsafeMutableBufferPointer { cursor in
        isCut.withUnsafeMutableBufferPointer { isCut in
          offsets.withUnsafeBufferPointer { offsets in
            neighbours.withUnsafeBufferPointer { neighbours in
              let search = LowLinkSearch(
                discovery: UnsafeMutableBufferPointer(rebasing: state[0..<n]),
                low: UnsafeMutableBufferPointer(rebasing: state[n..<(2 * n)]),
                parent: UnsafeMutableBufferPointer(rebasing: state[(2 * n)..<(3 * n)]),
                stack: UnsafeMutableBufferPointer(rebasing: state[(3 * n)..<(4 * n)]),
                isCut: isCut, edges: EdgeCursors(cursor: cursor, offsets: offsets, targets: neighbours))
              search.run(&visitor)
            }
          }
        }
      }
    }
    return isCut
  }
}
