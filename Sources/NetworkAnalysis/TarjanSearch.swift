/// Tarjan's strongly connected components search (Tarjan 1972, "Depth-first search and linear
/// graph algorithms") made iterative with an explicit call stack and per-node edge cursors, on
/// buffers owned by the caller: every node's record starts as ``TarjanNode/unreached``, the
/// cursors at the row starts.
///
/// Components are numbered in the order they complete (a reverse topological order of the
/// condensation); ``WeightedDigraph/stronglyConnectedComponentIndex()`` runs it.
struct TarjanSearch {
  /// What the search knows of every node, in one record so that an edge's test reads one place.
  let nodes: UnsafeMutableBufferPointer<TarjanNode>
  /// The nodes of the components not yet complete, in discovery order (room for every node).
  let stack: UnsafeMutableBufferPointer<Int32>
  /// The depth-first path (room for every node).
  let calls: UnsafeMutableBufferPointer<Int32>
  /// The result: the component of every node.
  let componentOf: UnsafeMutableBufferPointer<Int>
  let edges: EdgeCursors
  private var stackCount = 0
  private var callCount = 0
  private var counter: Int32 = 0
  /// How many components are complete.
  private(set) var components = 0

  init(
    nodes: UnsafeMutableBufferPointer<TarjanNode>, stack: UnsafeMutableBufferPointer<Int32>,
    calls: UnsafeMutableBufferPointer<Int32>, componentOf: UnsafeMutableBufferPointer<Int>, edges: EdgeCursors
  ) {
    self.nodes = nodes
    self.stack = stack
    self.calls = calls
    self.componentOf = componentOf
    self.edges = edges
  }

  /// Searches from every node not yet reached, in increasing order.
  mutating func run() {
    for root in 0..<nodes.count where nodes[root].index < 0 {
      search(from: root)
    }
  }

  /// Completes the components reachable from `root` (not yet reached).
  private mutating func search(from root: Int) {
    push(root)
    while callCount > 0 {
      let v = Int(calls[callCount - 1])
      if let w = edges.next(of: v) {
        if nodes[w].index < 0 {
          push(w)
        } else if nodes[w].onStack {
          nodes[v].lowLink = min(nodes[v].lowLink, nodes[w].index)
        }
        continue
      }
      callCount -= 1
      if nodes[v].lowLink == nodes[v].index { popComponent(rootedAt: v) }
      if callCount > 0 {
        let parent = Int(calls[callCount - 1])
        nodes[parent].lowLink = min(nodes[parent].lowLink, nodes[v].lowLink)
      }
    }
  }

  /// Discovers `node`: numbers it and puts it on both stacks.
  @inline(__always)
  private mutating func push(_ node: Int) {
    nodes[node] = TarjanNode(index: counter, lowLink: counter, onStack: true)
    counter += 1
    stack[stackCount] = Int32(node)
    stackCount += 1
    calls[callCount] = Int32(node)
    callCount += 1
  }

  /// Pops the component whose first-discovered node is `root` and numbers it.
  private mutating func popComponent(rootedAt root: Int) {
    while stackCount > 0 {
      stackCount -= 1
      let member = Int(stack[stackCount])
      nodes[member].onStack = false
      componentOf[member] = components
      if member == root { break }
    }
    components += 1
  }
}
