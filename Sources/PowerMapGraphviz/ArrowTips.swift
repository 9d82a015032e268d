/// Arrowheads that Graphviz ends inside a node: where a line arrives at a sharp corner of a
/// polygon (the apex of a pentagon), its clipping leaves the tip up to a few points inside the
/// shape. Such an arrowhead is moved back, with the end of its line, so that its tip lies on the
/// outline; and a tee, whose bar Graphviz draws a little back from the tip, is moved forward so
/// that its bar lies on the outline (issue 14: every edge ends on its nodes' outlines).
enum ArrowTips {
  /// `layout` with every arrow tip of `graph`'s edges that lies inside its node's outline moved
  /// onto that outline, and every tee moved forward onto it.
  static func clip(_ layout: inout GraphLayout, graph: DOTGraph, outlines: [String: [(x: Double, y: Double)]]) {
    for edge in graph.edges {
      guard case .plain(let id)? = edge.attributes["id"], let position = layout.edges[id]?["pos"] else { continue }
      var parts = position.split(separator: " ").map(String.init)
      var changed = false
      for (marker, node, style) in [("e,", edge.to, "arrowhead"), ("s,", edge.from, "arrowtail")] {
        // The line's point next to the arrowhead: the last for the head, the first for the tail.
        let splineIndices = parts.indices.filter { !parts[$0].hasPrefix("e,") && !parts[$0].hasPrefix("s,") }
        guard let index = parts.firstIndex(where: { $0.hasPrefix(marker) }), let centre = layout.nodes[node],
          let outline = outlines[node], var tip = point(parts[index].dropFirst(2)),
          let lineIndex = marker == "e," ? splineIndices.last : splineIndices.first,
          let end = point(parts[lineIndex][...])
        else { continue }
        var shift = (0.0, 0.0)
        if inside(tip, outline),
          let exit = NodeOutlines.exit(from: (centre.x, centre.y), towards: tip, outline: outline)
        {
          shift = (exit.x - tip.x, exit.y - tip.y)
          tip = exit
        }
        if edge.attributes[style] == .plain("tee") {
          // Graphviz draws a tee's bar a fifth of its length (half an arrow's) back from the tip.
          var size = 1.0
          if case .number(let value)? = edge.attributes["arrowsize"] { size = value }
          let (dx, dy) = (tip.x - end.x - shift.0, tip.y - end.y - shift.1)
          let length = max((dx * dx + dy * dy).squareRoot(), 1e-9)
          let back = 10 * size * 0.5 * 0.2
          shift = (shift.0 + dx / length * back, shift.1 + dy / length * back)
          tip = (tip.x + dx / length * back, tip.y + dy / length * back)
        }
        guard shift != (0, 0) else { continue }
        parts[index] = marker + MapComposer.point(tip.x, tip.y)
        parts[lineIndex] = MapComposer.point(end.x + shift.0, end.y + shift.1)
        changed = true
      }
      if changed { layout.edges[id]?["pos"] = parts.joined(separator: " ") }
    }
  }

  /// `x,y` read as a point.
  private static func point(_ text: Substring) -> (x: Double, y: Double)? {
    let numbers = text.split(separator: ",").compactMap { Double($0) }
    return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
  }

  /// Whether `point` lies strictly inside `outline` (even–odd rule), more than 0.5 point from it.
  static func inside(_ point: (x: Double, y: Double), _ outline: [(x: Double, y: Double)]) -> Bool {
    guard outline.count >= 3 else { return false }
    var crossings = 0
    var nearest = Double.infinity
    for index in outline.indices {
      let (a, b) = (outline[index], outline[(index + 1) % outline.count])
      if (a.y > point.y) != (b.y > point.y), point.x < a.x + (point.y - a.y) / (b.y - a.y) * (b.x - a.x) {
        crossings += 1
      }
      let (ex, ey) = (b.x - a.x, b.y - a.y)
      let length = max(ex * ex + ey * ey, 1e-12)
      let t = min(max(((point.x - a.x) * ex + (point.y - a.y) * ey) / length, 0), 1)
      let (dx, dy) = (a.x + t * ex - point.x, a.y + t * ey - point.y)
      nearest = min(nearest, (dx * dx + dy * dy).squareRoot())
    }
    return crossings % 2 == 1 && nearest > 0.5
  }
}
