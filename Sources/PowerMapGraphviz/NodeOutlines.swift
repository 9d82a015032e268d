import Foundation

/// The outlines of nodes as Graphviz draws them (their outermost polygon or ellipse), read from
/// its JSON output, so that lines drawn by PowerMap (``ParallelEdges``) end exactly on them.
enum NodeOutlines {
  /// The outline of each of `names` among `graph`'s nodes, placed at `layout`'s positions, by
  /// name: polygon vertices, or an ellipse sampled every 3 degrees.
  static func read(
    _ names: Set<String>, of graph: DOTGraph, layout: GraphLayout, graphviz: Graphviz
  ) throws(GraphvizError) -> [String: [(x: Double, y: Double)]] {
    guard !names.isEmpty else { return [:] }
    var outlineGraph = DOTGraph(
      name: "outlines", attributes: ["notranslate": .bool(true), "pad": .number(0), "splines": .plain("line")])
    for node in graph.nodes where names.contains(node.name) {
      guard let position = layout.nodes[node.name] else { continue }
      var attributes: DOTAttributes = ["label": .plain(""), "pos": .plain(MapComposer.point(position.x, position.y))]
      for key in ["shape", "width", "height", "fixedsize", "peripheries", "penwidth", "margin"] {
        attributes[key] = node.attributes[key]
      }
      if attributes["fixedsize"] == .plain("shape") { attributes["fixedsize"] = .bool(true) }
      outlineGraph.nodes.append(DOTNode(node.name, attributes))
    }
    let output = try graphviz.render(dot: outlineGraph.dotText, engine: "nop2", format: "json")
    return parse(output.data)
  }

  /// The outermost outline of every object of Graphviz's JSON output, by name.
  static func parse(_ data: Data) -> [String: [(x: Double, y: Double)]] {
    guard let document = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let objects = document["objects"] as? [[String: Any]]
    else { return [:] }
    var outlines: [String: [(x: Double, y: Double)]] = [:]
    for object in objects {
      guard let name = object["name"] as? String, let operations = object["_draw_"] as? [[String: Any]] else {
        continue
      }
      for operation in operations {
        switch operation["op"] as? String {
        case "p", "P":
          let points = (operation["points"] as? [[Double]]) ?? []
          outlines[name] = points.compactMap { $0.count == 2 ? ($0[0], $0[1]) : nil }
        case "e", "E":
          let rect = (operation["rect"] as? [Double]) ?? []
          guard rect.count == 4 else { continue }
          outlines[name] = stride(from: 0.0, to: 360, by: 3).map { degree in
            let angle = degree * Double.pi / 180
            return (rect[0] + rect[2] * cos(angle), rect[1] + rect[3] * sin(angle))
          }
        default: continue
        }
      }
    }
    return outlines
  }

  /// Where the ray from `centre` towards `target` leaves `outline` (the farthest crossing), or
  /// nil when it crosses no side.
  static func exit(
    from centre: (x: Double, y: Double), towards target: (x: Double, y: Double), outline: [(x: Double, y: Double)]
  ) -> (x: Double, y: Double)? {
    let (dx, dy) = (target.x - centre.x, target.y - centre.y)
    var best: Double?
    for index in outline.indices {
      let (a, b) = (outline[index], outline[(index + 1) % outline.count])
      let (ex, ey) = (b.x - a.x, b.y - a.y)
      let denominator = dx * ey - dy * ex
      guard abs(denominator) > 1e-12 else { continue }
      let t = ((a.x - centre.x) * ey - (a.y - centre.y) * ex) / denominator
      let u = ((a.x - centre.x) * dy - (a.y - centre.y) * dx) / denominator
      if t > 0, (-1e-9...(1 + 1e-9)).contains(u) { best = max(best ?? t, t) }
    }
    return best.map { (centre.x + dx * $0, centre.y + dy * $0) }
  }
}
