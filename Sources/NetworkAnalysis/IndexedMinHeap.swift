/// A binary min-heap of node ids keyed by an external array of lengths, with decrease-key; ties are broken
/// by node id so that the pop order is a function of the input alone.
///
/// It works in storage owned by the caller (``BrandesWorkspace``), allocated once for all sources: `nodes`
/// holds the heap, `positions` each node's place in it (−1 when absent; all −1 again once the heap is
/// emptied), and `keys` the lengths it orders by.
struct IndexedMinHeap {
  private let nodes: UnsafeMutableBufferPointer<Int32>
  private let positions: UnsafeMutableBufferPointer<Int32>
  private let keys: UnsafeMutableBufferPointer<Double>
  private var count = 0

  init(
    nodes: UnsafeMutableBufferPointer<Int32>, positions: UnsafeMutableBufferPointer<Int32>,
    keys: UnsafeMutableBufferPointer<Double>
  ) {
    self.nodes = nodes
    self.positions = positions
    self.keys = keys
  }

  /// Inserts `node` (not already present) with key `keys[node]`.
  mutating func push(_ node: Int32) {
    nodes[count] = node
    positions[Int(node)] = Int32(count)
    count += 1
    siftUp(count - 1)
  }

  /// Restores the order after `keys[node]` decreased; `node` must be present.
  func decreaseKey(_ node: Int32) {
    siftUp(Int(positions[Int(node)]))
  }

  /// Removes and returns the node with the smallest key, or `nil` when empty.
  mutating func popMin() -> Int32? {
    guard count > 0 else { return nil }
    let top = nodes[0]
    positions[Int(top)] = -1
    count -= 1
    if count > 0 {
      nodes[0] = nodes[count]
      positions[Int(nodes[0])] = 0
      siftDown(0)
    }
    return top
  }

  private func precedes(_ a: Int32, _ b: Int32) -> Bool {
    let keyA = keys[Int(a)]
    let keyB = keys[Int(b)]
    return keyA < keyB || (keyA == keyB && a < b)
  }

  private func siftUp(_ start: Int) {
    var index = start
    let node = nodes[index]
    while index > 0 {
      let parent = (index - 1) / 2
      guard precedes(node, nodes[parent]) else { break }
      nodes[index] = nodes[parent]
      positions[Int(nodes[index])] = Int32(index)
      index = parent
    }
    nodes[index] = node
    positions[Int(node)] = Int32(index)
  }

  private func siftDown(_ start: Int) {
    var index = start
    let node = nodes[index]
    while true {
      var child = 2 * index + 1
      guard child < count else { break }
      if child + 1 < count && precedes(nodes[child + 1], nodes[child]) { child += 1 }
      guard precedes(nodes[child], node) else { break }
      nodes[index] = nodes[child]
      positions[Int(nodes[index])] = Int32(index)
      index = child
    }
    nodes[index] = node
    positions[Int(node)] = Int32(index)
  }
}
