/// The value of a DOT attribute, written with the quoting and escaping its kind needs.
package enum DOTValue: Sendable, Equatable {
  /// A tooltip: a quoted DOT string whose backslashes, quotes and newlines are escaped for
  /// Graphviz's escString (``DOTEscaping/escString(_:)``), so nothing in it is read as an escape
  /// (`\N`, `\G`, `\l`…) or ends the string. Labels are always ``html(_:)``.
  case text(String)
  /// A value Graphviz reads literally (colours, shapes, styles, positions): quoted, with `"` and
  /// `\` escaped.
  case plain(String)
  /// An HTML-like label, written between `<` and `>`; see ``HTMLLabel``.
  case html(HTMLLabel)
  /// A number, written with up to four decimals.
  case number(Double)
  /// A boolean, written `true` or `false`.
  case bool(Bool)

  /// The value as it appears after `name=` in DOT.
  package var dotText: String {
    var text = ""
    append(to: &text)
    return text
  }

  /// Appends ``dotText`` to `text`.
  package func append(to text: inout String) {
    switch self {
    case .text(let value): text += "\"" + DOTEscaping.escString(value) + "\""
    case .plain(let value): text += "\"" + DOTEscaping.quoted(value) + "\""
    // Graphviz refuses an empty HTML-like label (`<>`); an empty string draws the same nothing.
    case .html(let label): text += label.markup.isEmpty ? "\"\"" : "<" + label.markup + ">"
    case .number(let number): text += DOTEscaping.number(number)
    case .bool(let flag): text += flag ? "true" : "false"
    }
  }
}
