/// What a ``LowLinkSearch`` reports while it runs.
protocol LowLinkVisitor {
  /// `node`'s DFS subtree is complete.
  mutating func finish(_ node: Int)
  /// The finished subtree of `child` hangs from its DFS parent `parent`: `separated` when
  /// low(child) ≥ disc(parent) (removing `parent` cuts the subtree off), `bridge` when
  /// low(child) > disc(parent) (the edge `parent – child` is a bridge, Tarjan 1974).
  mutating func attach(child: Int, to parent: Int, separated: Bool, bridge: Bool)
  /// The search from `root` (a new component) is complete.
  mutating func finishComponent(root: Int)
}
