/// What ``TarjanSearch`` knows of one node.
struct TarjanNode {
  /// The discovery number, −1 until the node is reached.
  var index: Int32
  /// The smallest discovery number reachable from the node's subtree through one back edge.
  var lowLink: Int32
  /// Whether the node is on the stack of components not yet complete.
  var onStack: Bool

  /// A node the search has not reached.
  static let unreached = TarjanNode(index: -1, lowLink: -1, onStack: false)
}
