/// The grid map's graph while it is drawn: every node at a fixed position, and straight lines
/// between invisible points, numbered in the order they are drawn.
struct GridCanvas {
  /// The graph so far.
  var graph: DOTGraph
  /// How many lines have been drawn.
  private(set) var lineCount = 0

  /// Draws a straight line from `start` to `end` (points), with an arrowhead at `end` when
  /// `arrow`; `tail` names the node the edge leaves from instead of its invisible start point.
  mutating func line(
    from start: (Double, Double), to end: (Double, Double), _ attributes: DOTAttributes, arrow: Bool = false,
    tail: String? = nil
  ) {
    let point = MapComposer.point
    let startName = "grid:point:\(lineCount):a"
    let endName = "grid:point:\(lineCount):b"
    graph.nodes.append(.invisiblePoint(startName, at: point(start.0, start.1)))
    graph.nodes.append(.invisiblePoint(endName, at: point(end.0, end.1)))
    var attributes = attributes
    let stop = arrow ? 9.0 : 0
    let length = max(((end.0 - start.0) * (end.0 - start.0) + (end.1 - start.1) * (end.1 - start.1)).squareRoot(), 1)
    let tip = (end.0 - (end.0 - start.0) / length * stop, end.1 - (end.1 - start.1) / length * stop)
    let points = [0.0, 1 / 3, 2 / 3, 1].map {
      point(start.0 + (tip.0 - start.0) * $0, start.1 + (tip.1 - start.1) * $0)
    }
    attributes["pos"] = .plain((arrow ? "e," + point(end.0, end.1) + " " : "") + points.joined(separator: " "))
    attributes["dir"] = .plain(arrow ? "forward" : "none")
    attributes["id"] = .plain("grid:line:\(lineCount)")
    graph.edges.append(DOTEdge(from: tail ?? startName, to: endName, attributes))
    lineCount += 1
  }

  /// Adds a text centred at (`x`, `y`), with `tooltip` when given.
  mutating func text(_ name: String, _ label: HTMLLabel, x: Double, y: Double, tooltip: String? = nil) {
    var node = DOTNode.pinnedText(name, label, at: MapComposer.point(x, y))
    if let tooltip { node.attributes["tooltip"] = .text(tooltip) }
    graph.nodes.append(node)
  }
}
