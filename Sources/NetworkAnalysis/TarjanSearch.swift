/// Tarjan's strongly connected components search (Tarjan 1972, "Depth-first search and linear
/// graph algorithms") made iterative with an explicit call stack and per-node edge cursors
/// (``EdgeCursors``, starting at the row starts), so a 100,000-node path does not overflow the
/// thread's stack.
///
/// The search owns its work buffers for its lifetime (pointers: no bounds checks in the O(n + m)
/// loop, which the ally sweep runs once per removal). Components are numbered in the order they
/// complete, a reverse topological order of the condensation;
/// ``WeightedDigraph/stronglyConnectedComponentIndex()`` runs it.
struct TarjanSearch: ~Copyable {
  /// What the search knows of every node, in one record so that an edge's test reads one place.
  private let nodes: UnsafeMutableBufferPointer<TarjanNode>
  /// The nodes of the components not yet complete, in discovery order, in the first half; the
  /// depth-first path in the second. Each holds every node at most once.
  private let stacks: UnsafeMutableBufferPointer<Int32>
  private let edges: EdgeCursors
  private var stackCount = 0
  private var callCount = 0
  private var counter: Int32 = 0
  private var components = 0

  /// A search of the `nodeCount` nodes whose rows `edges` reads.
  init(nodeCount: Int, edges: EdgeCursors) {
    nodes = .allocate(capacity: nodeCount)
    nodes.initialize(repeating: .unreached)
    stacks = .allocate(capacity: 2 * nodeCount)
    self.edges = edges
  }

  deinit {
    nodes.deallocate()
    stacks.deallocate()
  }

  /// Searches from every node not yet reached, in increasing order; writes the component of every
  /// node into `componentOf` and returns the number of components.
  mutating func run(into componentOf: UnsafeMutableBufferPointer<Int>) -> Int {
    for root in 0..<nodes.count where nodes[root].index < 0 {
      search(from: root, into: componentOf)
    }
    return components
  }

  /// The node at depth `depth` of the depth-first path.
  @inline(__always)
  private func call(_ depth: Int) -> Int { Int(stacks[nodes.count + depth]) }

  /// Completes the components reachable from `root` (not yet reached).
  private mutating func search(from root: Int, into componentOf: UnsafeMutableBufferPointer<Int>) {
    push(root)
    while callCount > 0 {
      let v = call(callCount - 1)
      if let w = edges.next(of: v) {
        if nodes[w].index < 0 {
          push(w)
        } else if nodes[w].onStack {
          nodes[v].lowLink = min(nodes[v].lowLink, nodes[w].index)
        }
        continue
      }
      callCount -= 1
      if nodes[v].lowLink == nodes[v].index { popComponent(rootedAt: v, into: componentOf) }
      if callCount > 0 {
        let parent = call(callCount - 1)
        nodes[parent].lowLink = min(nodes[parent].lowLink, nodes[v].lowLink)
      }
    }
  }

  /// Discovers `node`: numbers it and puts it on both stacks.
  @inline(__always)
  private mutating func push(_ node: Int) {
    nodes[node] = TarjanNode(index: counter, lowLink: counter, onStack: true)
    counter += 1
    stacks[stackCount] = Int32(node)
    stackCount += 1
    stacks[nodes.count + callCount] = Int32(node)
    callCount += 1
  }

  /// Pops the component whose first-discovered node is `root` and numbers it.
  private mutating func popComponent(rootedAt root: Int, into componentOf: UnsafeMutableBufferPointer<Int>) {
    while stackCount > 0 {
      stackCount -= 1
      let member = Int(stacks[stackCount])
      nodes[member].onStack = false
      componentOf[member] = components
      if member == root { break }
    }
    components += 1
  }
}
