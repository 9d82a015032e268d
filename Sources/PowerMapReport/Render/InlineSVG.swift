/// Turns an SVG document written by Graphviz into an element that can sit inside an HTML page:
/// the XML prolog, doctype and comments before `<svg` go, the fixed size in points gives way to the
/// page's width (the `viewBox` keeps the proportions), and every `id` gets a prefix so that several
/// maps on one page never share an id.
enum InlineSVG {
  /// The `<svg>` element of `document`, sized by CSS class `map`, with ids prefixed by `prefix` and
  /// `label` (already escaped for HTML) as its accessible name.
  static func element(_ document: String, prefix: String, label: String) -> String {
    guard let start = document.range(of: "<svg") else { return "" }
    var svg = String(document[start.lowerBound...])
    // Graphviz escapes quotes in text as &quot;, so `id="` only ever starts an attribute.
    svg = svg.replacingOccurrences(of: " id=\"", with: " id=\"\(prefix)-")
    guard let tagEnd = svg.firstIndex(of: ">") else { return "" }
    var tag = String(svg[..<tagEnd])
    for attribute in ["width", "height"] {
      tag = removingAttribute(attribute, from: tag)
    }
    tag += " class=\"map\" role=\"img\" aria-label=\"\(label)\" preserveAspectRatio=\"xMidYMin meet\""
    var result = tag + String(svg[tagEnd...])
    while result.last?.isWhitespace == true { result.removeLast() }
    return result
  }

  /// `tag` without the attribute `name="…"` (whitespace-separated, as Graphviz writes it).
  private static func removingAttribute(_ name: String, from tag: String) -> String {
    for separator in [" ", "\n"] {
      if let range = tag.range(of: separator + name + "=\""),
        let close = tag[range.upperBound...].firstIndex(of: "\"")
      {
        var copy = tag
        copy.replaceSubrange(range.lowerBound...close, with: "")
        return copy
      }
    }
    return tag
  }
}
