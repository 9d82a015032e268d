import Foundation

/// Works around a Graphviz 2.42 crash: routing several edges between the same two nodes with
/// `splines=true` (neato's `makeMultiSpline`, also used by `nop`, `fdp` and `sfdp`) corrupts the
/// heap on some layouts (the `dot` command crashes on the same input).
///
/// Before such a pass, every edge that joins the same two nodes as an earlier edge (in either
/// direction) is taken out of the graph; after it, each is drawn as a gentle arc beside the routed
/// one, alternately on either side, its ends on the nodes' outlines and its arrowheads where its
/// own `dir`, `arrowhead` and `arrowtail` put them.
enum ParallelEdges {
  /// An edge taken out of a routed pass.
  struct Extra {
    /// The edge.
    var edge: DOTEdge
    /// Its place among the edges joining the same two nodes (1 for the first extra edge).
    var rank: Int
  }

  /// `graph` without its parallel edges, and those edges.
  static func separate(_ graph: DOTGraph) -> (graph: DOTGraph, extras: [Extra]) {
    var counts: [String: Int] = [:]
    var kept: [DOTEdge] = []
    var extras: [Extra] = []
    for edge in graph.edges {
      let key = edge.from < edge.to ? edge.from + "\u{1}" + edge.to : edge.to + "\u{1}" + edge.from
      let count = counts[key, default: 0]
      counts[key] = count + 1
      if count == 0 || edge.attributes["id"] == nil || edge.attributes["pos"] != nil {
        kept.append(edge)
      } else {
        extras.append(Extra(edge: edge, rank: count))
      }
    }
    var separated = graph
    separated.edges = kept
    return (separated, extras)
  }

  /// Adds to `layout` an arc for every extra edge, between its nodes as `layout` placed them.
  static func draw(
    _ extras: [Extra], into layout: inout GraphLayout, outlines: [String: [(x: Double, y: Double)]] = [:]
  ) {
    for extra in extras {
      guard case .plain(let id)? = extra.edge.attributes["id"], let tail = layout.nodes[extra.edge.from],
        let head = layout.nodes[extra.edge.to]
      else { continue }
      layout.edges[id] = [
        "pos": arc(
          from: tail, to: head, rank: extra.rank, attributes: extra.edge.attributes,
          outlines: (outlines[extra.edge.from], outlines[extra.edge.to]))
      ]
    }
  }

  /// The `pos` of an arc from `tail` to `head`, bowed sideways by about 10 points per rank.
  static func arc(
    from tail: GraphLayout.Node, to head: GraphLayout.Node, rank: Int, attributes: DOTAttributes,
    outlines: (tail: [(x: Double, y: Double)]?, head: [(x: Double, y: Double)]?) = (nil, nil)
  ) -> String {
    let dx = head.x - tail.x
    let dy = head.y - tail.y
    let length = max((dx * dx + dy * dy).squareRoot(), 1)
    let (ux, uy) = (dx / length, dy / length)
    let side = rank % 2 == 1 ? 1.0 : -1.0
    let bow = side * 10 * Double((rank + 1) / 2)
    let (nx, ny) = (-uy * bow, ux * bow)
    /// How far from its centre a node's outline is, along the line between the two nodes.
    func reach(_ node: GraphLayout.Node) -> Double {
      let halfWidth = node.width / 2
      let halfHeight = node.height / 2
      guard abs(ux) > 1e-9 || abs(uy) > 1e-9 else { return min(halfWidth, halfHeight) }
      let alongX = abs(ux) > 1e-9 ? halfWidth / abs(ux) : .infinity
      let alongY = abs(uy) > 1e-9 ? halfHeight / abs(uy) : .infinity
      return min(alongX, alongY) * 0.92
    }
    var start = (tail.x + ux * reach(tail) + nx * 0.4, tail.y + uy * reach(tail) + ny * 0.4)
    var end = (head.x - ux * reach(head) + nx * 0.4, head.y - uy * reach(head) + ny * 0.4)
    // On the outlines Graphviz draws, when known: where the line towards those points leaves them.
    if let outline = outlines.tail,
      let point = NodeOutlines.exit(from: (tail.x, tail.y), towards: start, outline: outline)
    {
      start = (point.x, point.y)
    }
    if let outline = outlines.head,
      let point = NodeOutlines.exit(from: (head.x, head.y), towards: end, outline: outline)
    {
      end = (point.x, point.y)
    }
    let direction: String
    if case .plain(let value)? = attributes["dir"] { direction = value } else { direction = "forward" }
    let headArrow = (direction == "forward" || direction == "both") && attributes["arrowhead"] != .plain("none")
    let tailArrow = (direction == "back" || direction == "both") && attributes["arrowtail"] != .plain("none")
    var arrow = 10.0
    if case .number(let size)? = attributes["arrowsize"] { arrow *= size }
    // Graphviz draws a tee's bar a fifth of its length back from the tip (``ArrowTips``): a tee's
    // tip goes that far into the node, so that its bar lies on the outline.
    let teeBack = arrow * 0.5 * 0.2
    if headArrow && attributes["arrowhead"] == .plain("tee") { end = (end.0 + ux * teeBack, end.1 + uy * teeBack) }
    if tailArrow && attributes["arrowtail"] == .plain("tee") {
      start = (start.0 - ux * teeBack, start.1 - uy * teeBack)
    }
    let splineStart = tailArrow ? (start.0 + ux * arrow, start.1 + uy * arrow) : start
    let splineEnd = headArrow ? (end.0 - ux * arrow, end.1 - uy * arrow) : end
    let first = (
      splineStart.0 + (splineEnd.0 - splineStart.0) / 3 + nx, splineStart.1 + (splineEnd.1 - splineStart.1) / 3 + ny
    )
    let second = (
      splineStart.0 + (splineEnd.0 - splineStart.0) * 2 / 3 + nx,
      splineStart.1 + (splineEnd.1 - splineStart.1) * 2 / 3 + ny
    )
    var parts: [String] = []
    if tailArrow { parts.append("s," + MapComposer.point(start.0, start.1)) }
    if headArrow { parts.append("e," + MapComposer.point(end.0, end.1)) }
    parts += [splineStart, first, second, splineEnd].map { MapComposer.point($0.0, $0.1) }
    return parts.joined(separator: " ")
  }
}
