import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// What a map's SVG shows on the printed page: its scale, its texts in points after the page's
/// transform, the filled shapes of its actors, the ends of its relations and the legend's frame.
struct PrintedMapGeometry {
  /// A text: its size on the page, its words, and the node or cluster it belongs to.
  struct Text {
    var points: Double
    var words: String
    var owner: String
    var bold: Bool
  }

  /// An outline: the vertices of a polygon, or an ellipse sampled every degree.
  struct Outline {
    var points: [(x: Double, y: Double)]

    /// The area (shoelace formula).
    var area: Double {
      var sum = 0.0
      for index in points.indices {
        let (a, b) = (points[index], points[(index + 1) % points.count])
        sum += a.x * b.y - b.x * a.y
      }
      return abs(sum) / 2
    }

    /// The mean of the vertices (a polygon's closing vertex, repeating its first, left out).
    var centre: (x: Double, y: Double) {
      var vertices = points
      if vertices.count > 1, let first = vertices.first, let last = vertices.last, first == last {
        vertices.removeLast()
      }
      let count = Double(max(vertices.count, 1))
      return (vertices.map(\.x).reduce(0, +) / count, vertices.map(\.y).reduce(0, +) / count)
    }

    /// The height of the bounding box.
    var height: Double { (points.map(\.y).max() ?? 0) - (points.map(\.y).min() ?? 0) }

    /// The distance from `point` to the nearest side.
    func distance(to point: (x: Double, y: Double)) -> Double {
      var best = Double.infinity
      for index in points.indices {
        let (a, b) = (points[index], points[(index + 1) % points.count])
        let (dx, dy) = (b.x - a.x, b.y - a.y)
        let length = dx * dx + dy * dy
        let t = length > 0 ? min(max(((point.x - a.x) * dx + (point.y - a.y) * dy) / length, 0), 1) : 0
        let (x, y) = (a.x + t * dx - point.x, a.y + t * dy - point.y)
        best = min(best, (x * x + y * y).squareRoot())
      }
      return best
    }
  }

  /// A relation: its tail and head node names, and the points where its line and arrowheads end.
  struct Edge {
    var tail: String
    var head: String
    var ends: [(x: Double, y: Double)]
  }

  var pageWidth = 0.0
  var pageHeight = 0.0
  var scale = 1.0
  var texts: [Text] = []
  /// Every outline of every node (filled first), by node name.
  var outlines: [String: [Outline]] = [:]
  /// The filled shape of every node, by node name.
  var filled: [String: Outline] = [:]
  var edges: [Edge] = []
  /// The legend's frame, width × height in drawing points.
  var legendArea = 0.0
  /// The page's translation: drawing point (x, y) prints at (scale · (x + dx), scale · (y + dy)).
  var translation = (dx: 0.0, dy: 0.0)
  /// The box around everything drawn (shapes, lines, and texts at an estimated width), in drawing
  /// points; nil before anything is read.
  var drawn: (minX: Double, minY: Double, maxX: Double, maxY: Double)?

  /// The share of the page the legend takes.
  var legendShare: Double { legendArea * scale * scale / (pageWidth * pageHeight) }

  /// The share of the printable width (the page less `margin` on each side) and of the printable
  /// height that the drawing leaves blank, its box taken after the page's transform.
  func blank(margin: Double) -> (width: Double, height: Double) {
    guard let drawn else { return (1, 1) }
    let width = (drawn.maxX - drawn.minX) * scale
    let height = (drawn.maxY - drawn.minY) * scale
    return (1 - width / (pageWidth - 2 * margin), 1 - height / (pageHeight - 2 * margin))
  }

  /// The box of the drawing on the page, in points from the page's top-left corner.
  var printedBox: (minX: Double, minY: Double, maxX: Double, maxY: Double)? {
    drawn.map {
      (
        scale * ($0.minX + translation.dx), scale * ($0.minY + translation.dy), scale * ($0.maxX + translation.dx),
        scale * ($0.maxY + translation.dy)
      )
    }
  }

  /// Widens ``drawn`` to hold `points`.
  private mutating func include(_ points: [(x: Double, y: Double)]) {
    for point in points {
      let box = drawn ?? (point.x, point.y, point.x, point.y)
      drawn = (min(box.minX, point.x), min(box.minY, point.y), max(box.maxX, point.x), max(box.maxY, point.y))
    }
  }

  init(svg: Data) throws {
    let document = try XMLDocument(data: svg, options: [])
    guard let root = document.rootElement() else { return }
    pageWidth = Double(Self.attribute("width", of: root)?.dropLast(2) ?? "") ?? 0
    pageHeight = Double(Self.attribute("height", of: root)?.dropLast(2) ?? "") ?? 0
    let groups = try root.nodes(forXPath: "//*[local-name()='g']").compactMap { $0 as? XMLElement }
    if let transform = Self.attribute("transform", of: groups.first),
      let range = transform.range(of: "scale(")
    {
      scale = Double(transform[range.upperBound...].prefix { $0 != " " && $0 != ")" }) ?? 1
    }
    if let transform = Self.attribute("transform", of: groups.first),
      let range = transform.range(of: "translate(")
    {
      let numbers = transform[range.upperBound...].prefix { $0 != ")" }.split(separator: " ").compactMap {
        Double($0)
      }
      if numbers.count == 2 { translation = (numbers[0], numbers[1]) }
    }
    for group in groups {
      let kind = Self.attribute("class", of: group) ?? ""
      guard ["node", "edge", "cluster"].contains(kind) else { continue }
      let title = try group.nodes(forXPath: "./*[local-name()='title']").first?.stringValue ?? ""
      try read(group, kind: kind, title: title)
    }
  }

  private mutating func read(_ group: XMLElement, kind: String, title: String) throws {
    for text in try group.nodes(forXPath: ".//*[local-name()='text']").compactMap({ $0 as? XMLElement }) {
      let size = Double(Self.attribute("font-size", of: text) ?? "") ?? 14
      include(Self.extent(of: text, size: size))
      texts.append(
        Text(
          points: size * scale, words: text.stringValue ?? "", owner: title,
          bold: Self.attribute("font-weight", of: text) == "bold"))
    }
    let shapes = try group.nodes(
      forXPath: ".//*[local-name()='polygon' or local-name()='ellipse' or local-name()='path']"
    )
    .compactMap { $0 as? XMLElement }
    for shape in shapes {
      if let outline = Self.outline(shape) { include(outline.points) }
    }
    switch kind {
    case "node":
      for shape in shapes {
        guard let outline = Self.outline(shape) else { continue }
        outlines[title, default: []].append(outline)
        let fill = Self.attribute("fill", of: shape) ?? "none"
        if filled[title] == nil, fill != "none", fill != "transparent" { filled[title] = outline }
      }
      if title == "legend:frame", let frame = outlines[title]?.first {
        let xs = frame.points.map(\.x)
        let ys = frame.points.map(\.y)
        legendArea = ((xs.max() ?? 0) - (xs.min() ?? 0)) * ((ys.max() ?? 0) - (ys.min() ?? 0))
      }
    case "edge":
      let parts = title.components(separatedBy: "->")
      guard parts.count == 2 else { return }
      var ends: [(x: Double, y: Double)] = []
      for shape in shapes {
        guard let outline = Self.outline(shape) else { continue }
        if shape.name == "path", let first = outline.points.first, let last = outline.points.last {
          ends += [first, last]
        } else {
          // An arrowhead's vertices, and its centre: a tee's bar meets a line that arrives
          // aslant across the outline at its centre, its corners a little to either side.
          ends += outline.points + [outline.centre]
        }
      }
      edges.append(Edge(tail: parts[0], head: parts[1], ends: ends))
    default: break
    }
  }

  /// The value of the attribute `name` of `element` (FoundationXML on Linux finds no attribute by
  /// name in an SVG's default namespace, so the attributes are searched).
  static func attribute(_ name: String, of element: XMLElement?) -> String? {
    element?.attributes?.first { $0.name == name }?.stringValue
  }

  /// Two corners of the box a text takes: its width estimated at 0.5 em a character (Helvetica's
  /// mean), from its anchor; from 0.75 em above its baseline to 0.25 em below.
  static func extent(of text: XMLElement, size: Double) -> [(x: Double, y: Double)] {
    let x = Double(Self.attribute("x", of: text) ?? "") ?? 0
    let y = Double(Self.attribute("y", of: text) ?? "") ?? 0
    let width = Double(text.stringValue?.count ?? 0) * 0.5 * size
    let left: Double
    switch Self.attribute("text-anchor", of: text) {
    case "middle": left = x - width / 2
    case "end": left = x - width
    default: left = x
    }
    return [(left, y - 0.75 * size), (left + width, y + 0.25 * size)]
  }

  /// The outline of an SVG polygon, ellipse or path (its points, curves taken by their control
  /// points).
  static func outline(_ element: XMLElement) -> Outline? {
    func number(_ name: String) -> Double { Double(Self.attribute(name, of: element) ?? "") ?? 0 }
    switch element.name {
    case "ellipse":
      let (cx, cy, rx, ry) = (number("cx"), number("cy"), number("rx"), number("ry"))
      return Outline(
        points: (0..<360).map { degree in
          let angle = Double(degree) * Double.pi / 180
          return (cx + rx * cos(angle), cy + ry * sin(angle))
        })
    case "polygon", "path":
      let text = Self.attribute(element.name == "polygon" ? "points" : "d", of: element) ?? ""
      let numbers = text.split(whereSeparator: { " ,MCLZmclz".contains($0) }).compactMap { Double($0) }
      guard numbers.count >= 4 else { return nil }
      return Outline(points: stride(from: 0, to: numbers.count - 1, by: 2).map { (numbers[$0], numbers[$0 + 1]) })
    default: return nil
    }
  }
}
