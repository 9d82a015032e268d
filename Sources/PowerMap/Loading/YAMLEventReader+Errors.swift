import CYaml

extension YAMLEventReader {
  /// The located error for libyaml's failure to produce the next event.
  func parserError() -> ReadError {
    guard let state = parser?.pointee else {
      return ReadError(location: nil, message: "could not parse YAML: Memory error")
    }
    let problem = state.problem.map { String(cString: $0) } ?? "unknown problem"
    switch state.error {
    case YAML_READER_ERROR:
      let offset = state.problem_offset
      let position = offset <= input.count ? location(ofByte: offset) : nil
      if problem.contains("control characters are not allowed"),
        let scalar = Unicode.Scalar(UInt32(bitPattern: state.problem_value))
      {
        return ReadError(
          location: position, message: "the file contains the control character \(TextRules.describe(scalar))",
          hint: "remove it: YAML text may hold tabs and line breaks, no other control character")
      }
      return ReadError(location: position, message: "unreadable YAML: \(problem)")
    case YAML_SCANNER_ERROR, YAML_PARSER_ERROR, YAML_COMPOSER_ERROR:
      var message = "invalid YAML: \(problem)"
      if let context = state.context { message += " (\(String(cString: context)))" }
      var hint: String?
      if problem.contains("Maximum nesting level") {
        message = "the document nests deeper than 1,000 levels"
      } else if problem.contains("found character that cannot start any token") {
        hint = "YAML indents with spaces, not tabs; quote text that starts with @, ` or %"
      } else if problem.contains("mapping values are not allowed") {
        hint = "put text containing ': ' in quotes"
      }
      return ReadError(location: Self.position(state.problem_mark), message: message, hint: hint)
    default:
      return ReadError(location: nil, message: "could not parse YAML: Memory error")
    }
  }

  /// Line and column (in Unicode scalars, as libyaml counts them) of a byte offset of the input.
  func location(ofByte offset: Int) -> SourcePosition {
    var line = 1
    var column = 1
    for byte in input.prefix(offset) {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return SourcePosition(line: line, column: column)
  }
}
