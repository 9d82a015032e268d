/// Where Graphviz found a DOT file unreadable, taken from its message (`syntax error in line 3
/// near ';'`): the line, and the column where the text it names first appears on that line.
/// Graphviz gives no column itself.
package struct DOTSyntaxError: Sendable, Equatable {
  /// 1-based; nil when Graphviz named no line.
  package var line: Int?
  /// 1-based, in characters; nil when the line or the text near the error is unknown.
  package var column: Int?
  /// Graphviz's message without the line it names (`syntax error near ';'`).
  package var message: String

  package init(line: Int?, column: Int?, message: String) {
    self.line = line
    self.column = column
    self.message = message
  }

  /// Reads `message` (a ``GraphvizError/syntax(_:)`` text) against the DOT text it was about.
  package init(graphvizMessage message: String, dot: String) {
    self.message = message
    guard let range = message.range(of: " in line ") else { return }
    let digits = message[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
    guard let line = Int(digits), line > 0 else { return }
    self.line = line
    let after = message[range.upperBound...].dropFirst(digits.count)
    self.message = String(message[..<range.lowerBound] + after)
    guard let open = after.range(of: "near '"), let close = after[open.upperBound...].lastIndex(of: "'") else {
      return
    }
    let near = after[open.upperBound..<close]
    let lines = dot.split(separator: "\n", omittingEmptySubsequences: false)
    guard !near.isEmpty, line <= lines.count, let found = lines[line - 1].range(of: near) else { return }
    column = lines[line - 1].distance(from: lines[line - 1].startIndex, to: found.lowerBound) + 1
  }
}
