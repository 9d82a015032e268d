import PowerMap

/// An HTML-like Graphviz label, built from escaped text and a few tags.
///
/// Graphviz reads HTML-like labels with an XML parser: text must escape `&`, `<` and `>`, and a
/// line break is `<BR/>`. ``text(_:)`` does that (and drops control characters), so a name holding
/// `<`, `&`, quotes, backslashes, newlines or emoji is drawn exactly as written. A backslash is
/// doubled: Graphviz expands `\N`, `\G`… in the text of HTML-like labels too, and reads `\\` as `\`.
package struct HTMLLabel: Sendable, Equatable {
  /// The markup between the label's outer `<` and `>`.
  package var markup: String

  /// A label with this markup (already escaped).
  package init(markup: String) {
    self.markup = markup
  }

  /// Escaped text; a newline becomes `<BR/>`.
  package static func text(_ text: String) -> HTMLLabel {
    HTMLLabel(markup: escape(text))
  }

  /// `text` escaped for an HTML-like label, newlines as `<BR ALIGN=…/>` (centred by default).
  package static func escape(_ text: String, lineBreak: String = "<BR/>") -> String {
    let escaper = lineBreak == "<BR/>" ? labelEscaper : ScalarEscaper(labelTable.merging(["\n": lineBreak]) { $1 })
    return escaper(DOTEscaping.cleaned(text))
  }

  /// What an HTML-like label escapes, but for the line break.
  private static let labelTable: [Unicode.Scalar: String] = [
    "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "\\": "\\\\",
  ]
  private static let labelEscaper = ScalarEscaper(labelTable.merging(["\n": "<BR/>"]) { $1 })

  /// This label followed by `other`.
  package static func + (lhs: HTMLLabel, rhs: HTMLLabel) -> HTMLLabel {
    HTMLLabel(markup: lhs.markup + rhs.markup)
  }

  /// A line break.
  package static let lineBreak = HTMLLabel(markup: "<BR/>")

  /// This label in bold. An empty label stays empty: Graphviz refuses an empty element (`<B></B>`),
  /// which a name of only control characters or a byte-order mark would otherwise give.
  package var bold: HTMLLabel { markup.isEmpty ? self : HTMLLabel(markup: "<B>" + markup + "</B>") }

  /// This label in italics (an empty label stays empty).
  package var italic: HTMLLabel { markup.isEmpty ? self : HTMLLabel(markup: "<I>" + markup + "</I>") }

  /// This label in another point size and, optionally, colour (an empty label stays empty).
  package func font(size: Double? = nil, color: String? = nil) -> HTMLLabel {
    guard !markup.isEmpty else { return self }
    var attributes = ""
    if let size { attributes += " POINT-SIZE=\"\(DOTEscaping.number(size))\"" }
    if let color { attributes += " COLOR=\"\(color)\"" }
    return attributes.isEmpty ? self : HTMLLabel(markup: "<FONT" + attributes + ">" + markup + "</FONT>")
  }
}
