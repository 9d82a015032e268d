/// Collects the bridges a low-link search finds, when asked to.
struct BridgeCollector: LowLinkVisitor {
  let collecting: Bool
  var bridges: [UndirectedEdge] = []

  init(collecting: Bool) { self.collecting = collecting }

  mutating func finish(_ node: Int) {}

  mutating func attach(child: Int, to parent: Int, separated: Bool, bridge: Bool) {
    if collecting && bridge { bridges.append(UndirectedEdge(parent, child)) }
  }

  mutating func finishComponent(root: Int) {}
}
