import Foundation

/// Crops a map's SVG to what is drawn on it. Maps are composed for a sheet of paper (title,
/// drawing, legend and margins on A4), and on a report page the empty part of that sheet would
/// only shrink the drawing; cropped, a map fills the page's width.
///
/// Graphviz writes every shape in the coordinates of its top group,
/// `<g id="graph0" transform="scale(s s) rotate(0) translate(tx ty)">`, and paints the sheet first
/// as one white polygon. The crop takes the extent of every other point (polygon and polyline
/// points, path coordinates, ellipses, and text estimated from its anchor, size and length), adds
/// `padding`, and maps it through the transform into a new `viewBox`, `width` and `height` (pt).
enum SVGCrop {
  /// `svg` with its frame fitted to its drawing, or `svg` unchanged when it is not laid out as
  /// Graphviz writes it.
  static func crop(_ svg: String, padding: Double = 14) -> String {
    guard let transform = firstMatch(#"<g id="graph0" class="graph" transform="([^"]*)""#, in: svg),
      let scale = numbers(in: firstMatch(#"scale\(([^)]*)\)"#, in: transform) ?? "").first,
      let shift = Optional(numbers(in: firstMatch(#"translate\(([^)]*)\)"#, in: transform) ?? "")), shift.count == 2,
      scale > 0, let body = svg.range(of: "<g id=\"graph0\"")
    else { return svg }
    var box = Extent()
    var skippedSheet = false
    let drawing = String(svg[body.lowerBound...])
    for element in matches(#"<(polygon|polyline|path|ellipse|text)\b([^>]*)>([^<]*)"#, in: drawing) {
      let (name, attributes, content) = (element[0], element[1], element[2])
      switch name {
      case "polygon" where !skippedSheet:
        skippedSheet = true  // the white sheet under everything
      case "polygon", "polyline":
        box.add(pairs: numbers(in: attribute("points", in: attributes) ?? ""))
      case "path":
        box.add(pairs: numbers(in: attribute("d", in: attributes) ?? ""))
      case "ellipse":
        let values = ["cx", "cy", "rx", "ry"].compactMap { attribute($0, in: attributes).flatMap(Double.init) }
        guard values.count == 4 else { continue }
        box.add(x: values[0] - values[2], y: values[1] - values[3])
        box.add(x: values[0] + values[2], y: values[1] + values[3])
      default:
        guard let x = attribute("x", in: attributes).flatMap(Double.init),
          let y = attribute("y", in: attributes).flatMap(Double.init)
        else { continue }
        let size = attribute("font-size", in: attributes).flatMap(Double.init) ?? 14
        let width = Double(decodedLength(content)) * size * 0.56
        let left: Double
        switch attribute("text-anchor", in: attributes) {
        case "middle": left = x - width / 2
        case "end": left = x - width
        default: left = x
        }
        box.add(x: left, y: y - size)
        box.add(x: left + width, y: y + size * 0.3)
      }
    }
    guard box.isValid else { return svg }
    let minX = scale * (box.minX + shift[0]) - padding
    let minY = scale * (box.minY + shift[1]) - padding
    let width = scale * (box.maxX - box.minX) + 2 * padding
    let height = scale * (box.maxY - box.minY) + 2 * padding
    guard let open = svg.range(of: "<svg"), let close = svg[open.upperBound...].firstIndex(of: ">") else { return svg }
    var tag = String(svg[open.lowerBound..<close])
    tag = replacing(attribute: "width", in: tag, with: format(width) + "pt")
    tag = replacing(attribute: "height", in: tag, with: format(height) + "pt")
    tag = replacing(
      attribute: "viewBox", in: tag,
      with: [minX, minY, width, height].map(format).joined(separator: " "))
    return String(svg[..<open.lowerBound]) + tag + String(svg[close...])
  }

  /// The smallest box holding the points added.
  private struct Extent {
    var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
    var isValid: Bool { minX < maxX && minY < maxY }

    mutating func add(x: Double, y: Double) {
      guard x.isFinite, y.isFinite else { return }
      (minX, maxX, minY, maxY) = (min(minX, x), max(maxX, x), min(minY, y), max(maxY, y))
    }

    mutating func add(pairs values: [Double]) {
      var index = 0
      while index + 1 < values.count {
        add(x: values[index], y: values[index + 1])
        index += 2
      }
    }
  }

  private static func format(_ value: Double) -> String { String(format: "%.2f", value) }

  /// The characters a text shows, counting an entity such as `&amp;` as one.
  private static func decodedLength(_ text: String) -> Int {
    guard text.contains("&"), let entity = expression(#"&[#a-zA-Z0-9]+;"#) else { return text.count }
    let whole = NSRange(text.startIndex..., in: text)
    return entity.stringByReplacingMatches(in: text, range: whole, withTemplate: "x").count
  }

  private static func numbers(in text: String) -> [Double] {
    matches(numberPattern, in: text).compactMap { Double($0[0]) }
  }

  private static func attribute(_ name: String, in attributes: String) -> String? {
    firstMatch(attributePattern(name), in: attributes)
  }

  private static func replacing(attribute name: String, in tag: String, with value: String) -> String {
    guard let range = tag.range(of: #"\b"# + name + #"="[^"]*""#, options: .regularExpression) else { return tag }
    return tag.replacingCharacters(in: range, with: "\(name)=\"\(value)\"")
  }

  private static func firstMatch(_ pattern: String, in text: String) -> String? {
    matches(pattern, in: text, limit: 1).first?.first
  }

  /// The patterns of the crop, compiled once: a report of a big model crops hundreds of maps of
  /// hundreds of elements each, and compiling a pattern per element and attribute took longer
  /// than matching.
  /// (`NSRegularExpression` is immutable and Sendable.)
  private static let compiled: [String: NSRegularExpression] = {
    let attributes = ["points", "d", "cx", "cy", "rx", "ry", "x", "y", "font-size", "text-anchor"]
    let patterns =
      [
        #"<g id="graph0" class="graph" transform="([^"]*)""#, #"scale\(([^)]*)\)"#, #"translate\(([^)]*)\)"#,
        #"<(polygon|polyline|path|ellipse|text)\b([^>]*)>([^<]*)"#, #"&[#a-zA-Z0-9]+;"#, numberPattern,
      ] + attributes.map(attributePattern)
    var compiled: [String: NSRegularExpression] = [:]
    for pattern in patterns { compiled[pattern] = try? NSRegularExpression(pattern: pattern) }
    return compiled
  }()

  private static let numberPattern = #"(-?\d+(?:\.\d+)?(?:[eE]-?\d+)?)"#

  private static func attributePattern(_ name: String) -> String { #"(?:^|\s)"# + name + #"="([^"]*)""# }

  /// `pattern` compiled (once for the crop's own patterns).
  private static func expression(_ pattern: String) -> NSRegularExpression? {
    compiled[pattern] ?? (try? NSRegularExpression(pattern: pattern))
  }

  /// The capture groups of each match of `pattern` in `text`.
  private static func matches(_ pattern: String, in text: String, limit: Int = .max) -> [[String]] {
    guard let expression = expression(pattern) else { return [] }
    let whole = NSRange(text.startIndex..., in: text)
    var result: [[String]] = []
    expression.enumerateMatches(in: text, range: whole) { match, _, stop in
      guard let match else { return }
      result.append(
        (1..<max(match.numberOfRanges, 2)).map { group in
          Range(match.range(at: group), in: text).map { String(text[$0]) } ?? ""
        })
      if result.count >= limit { stop.pointee = true }
    }
    return result
  }
}
