/// What ``WeightedDigraph/undirectedFragmentationAfterRemovingEachNode()`` gathers from the low-link
/// search: the components (size, root, the component of every node), the size of every DFS subtree,
/// and per node Σ p(p − 1) and Σ p over the child subtrees p its removal separates.
struct RemovalPieces: LowLinkVisitor {
  var subtree: [Int]
  var separatedPairs: [Int]
  var separatedSize: [Int]
  var componentOf: [Int32]
  var componentSizes: [Int] = []
  var roots: [Int] = []
  private var size = 0

  init(nodeCount n: Int) {
    subtree = [Int](repeating: 1, count: n)
    separatedPairs = [Int](repeating: 0, count: n)
    separatedSize = [Int](repeating: 0, count: n)
    componentOf = [Int32](repeating: 0, count: n)
  }

  mutating func finish(_ node: Int) {
    size += 1
    componentOf[node] = Int32(componentSizes.count)
  }

  mutating func attach(child: Int, to parent: Int, separated: Bool, bridge: Bool) {
    subtree[parent] += subtree[child]
    if separated {
      separatedPairs[parent] += subtree[child] * (subtree[child] - 1)
      separatedSize[parent] += subtree[child]
    }
  }

  mutating func finishComponent(root: Int) {
    componentSizes.append(size)
    roots.append(root)
    size = 0
  }
}
