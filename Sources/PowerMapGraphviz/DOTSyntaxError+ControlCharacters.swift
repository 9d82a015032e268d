extension DOTSyntaxError {
  /// The first control character of `dot` that a DOT file has no use for (C0 other than tab, line
  /// feed and carriage return; DEL; C1), located, or nil. Such a character would reach the
  /// terminal with `--format dot` and make the SVG ill-formed XML, so the file is refused.
  package static func controlCharacter(in dot: String) -> DOTSyntaxError? {
    var line = 1
    var column = 1
    for scalar in dot.unicodeScalars {
      if scalar == "\n" {
        line += 1
        column = 1
        continue
      }
      let value = scalar.value
      let isControl = (value < 0x20 && scalar != "\t" && scalar != "\r") || (0x7F...0x9F).contains(value)
      if isControl {
        let code = String(value, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
        return DOTSyntaxError(
          line: line, column: column, message: "the file contains the control character U+\(padded)")
      }
      column += 1
    }
    return nil
  }
}
