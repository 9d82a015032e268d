import PowerMap

/// Escaping of model text for the report formats: every string that comes from a model is
/// passed through here before it reaches HTML or Markdown, so a name such as `<script>` shows
/// as text.
package enum TextEscaping {
  /// Escapes `&`, `<`, `>`, `"` and `'` for HTML text and attribute values.
  package static func html(_ text: String) -> String {
    htmlEscaper(text)
  }

  private static let htmlEscaper = ScalarEscaper([
    "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;",
  ])

  /// Escapes what Markdown (CommonMark with GitHub's tables) would read as markup inside a line —
  /// `\\`, `` ` ``, `*`, `_`, `[`, `]`, `|`, `~`, and HTML's `<` and `&` — so text renders
  /// literally, also inside table cells; line breaks become spaces. `(`, `!` or `#` need no escape
  /// once `[` is escaped; see ``markdownLine(_:)`` for text that starts a line.
  package static func markdown(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "|", "~":
        result.append("\\")
        result.append(character)
      case "<": result += "&lt;"
      case "&": result += "&amp;"
      case "\n", "\r\n", "\r": result += " "
      default: result.append(character)
      }
    }
    return result
  }

  /// ``markdown(_:)`` for text that starts a line: leading blanks go (four would start a code
  /// block), and a leading `#`, `>`, `-`, `+`, `=` or `1.`/`1)` is escaped so it cannot start a
  /// heading, a quote, a list, a rule or a heading underline.
  package static func markdownLine(_ text: String) -> String {
    var escaped = markdown(String(text.drop { $0 == " " || $0 == "\t" }))
    if let first = escaped.first, "#>-+=".contains(first) {
      escaped.insert("\\", at: escaped.startIndex)
    } else if let marker = escaped.firstIndex(where: { !$0.isASCII || !$0.isNumber }),
      marker != escaped.startIndex, escaped[marker] == "." || escaped[marker] == ")"
    {
      escaped.insert("\\", at: marker)
    }
    return escaped
  }
}
