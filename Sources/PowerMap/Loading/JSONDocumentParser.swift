/// A strict JSON parser (RFC 8259) that builds a ``DocumentNode`` tree with line and column for
/// every value and key.
///
/// Foundation's JSONSerialization reports neither, and a model can be 50 MB, so this parser
/// works on the UTF-8 bytes directly: one pass, no recursion limit beyond ``maximumDepth``,
/// columns counted incrementally (linear even when the whole file is one line).
struct JSONDocumentParser {
  /// Deeper nesting than any model needs; refused so a hostile file cannot exhaust the stack.
  static let maximumDepth = 512

  struct SyntaxError: Error {
    var location: SourcePosition
    var message: String
  }

  private let bytes: [UInt8]
  private var position = 0
  private var line = 1
  private var lineStart = 0
  // Incremental column cursor on the current line.
  private var cursorPosition = 0
  private var cursorColumn = 1

  init(bytes: [UInt8], startingAt offset: Int = 0) {
    self.bytes = bytes
    self.position = offset
    self.lineStart = offset
    self.cursorPosition = offset
  }

  /// Parses the whole input as one JSON value.
  static func parse(_ bytes: [UInt8], startingAt offset: Int = 0) throws(SyntaxError) -> DocumentNode {
    var parser = JSONDocumentParser(bytes: bytes, startingAt: offset)
    parser.skipWhitespace()
    let root = try parser.parseValue(depth: 0)
    parser.skipWhitespace()
    if parser.position < bytes.count {
      throw parser.error("unexpected text after the end of the JSON document")
    }
    return root
  }

  // MARK: Locations

  private mutating func location(at offset: Int) -> SourcePosition {
    if cursorPosition < lineStart || cursorPosition > offset {
      cursorPosition = lineStart
      cursorColumn = 1
    }
    var column = cursorColumn
    var index = cursorPosition
    while index < offset {
      if bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    cursorPosition = offset
    cursorColumn = column
    return SourcePosition(line: line, column: column)
  }

  private mutating func error(_ message: String) -> SyntaxError {
    SyntaxError(location: location(at: min(position, bytes.count)), message: message)
  }

  // MARK: Grammar

  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
        position += 1
      case UInt8(ascii: "\n"):
        position += 1
        line += 1
        lineStart = position
      default:
        return
      }
    }
  }

  private mutating func parseValue(depth: Int) throws(SyntaxError) -> DocumentNode {
    guard position < bytes.count else { throw error("unexpected end of file: a value was expected") }
    let start = location(at: position)
    switch bytes[position] {
    case UInt8(ascii: "{"):
      return try parseObject(depth: depth + 1, start: start)
    case UInt8(ascii: "["):
      return try parseArray(depth: depth + 1, start: start)
    case UInt8(ascii: "\""):
      return DocumentNode(.scalar(try parseString(), .text), at: start)
    case UInt8(ascii: "t"):
      try expectLiteral("true")
      return DocumentNode(.scalar("true", .boolean), at: start)
    case UInt8(ascii: "f"):
      try expectLiteral("false")
      return DocumentNode(.scalar("false", .boolean), at: start)
    case UInt8(ascii: "n"):
      try expectLiteral("null")
      return DocumentNode(.scalar("null", .null), at: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return DocumentNode(.scalar(try parseNumber(), .number), at: start)
    default:
      let text = describe(bytes[position])
      throw error("unexpected \(text): a value (object, array, string, number, true, false or null) was expected")
    }
  }

  private func describe(_ byte: UInt8) -> String {
    if byte >= 0x21 && byte < 0x7F { return "character '\(Character(Unicode.Scalar(byte)))'" }
    return "byte 0x" + String(byte, radix: 16, uppercase: true)
  }

  private mutating func expectLiteral(_ literal: String) throws(SyntaxError) {
    let expected = Array(literal.utf8)
    guard position + expected.count <= bytes.count,
      expected.indices.allSatisfy({ bytes[position + $0] == expected[$0] })
    else { throw error("invalid literal: expected '\(literal)'") }
    position += expected.count
  }

  private mutating func parseObject(depth: Int, start: SourcePosition) throws(SyntaxError) -> DocumentNode {
    let entries = try members(closing: UInt8(ascii: "}"), of: "an object", depth: depth) {
      parser throws(SyntaxError) -> DocumentNode.Entry in
      guard parser.position < parser.bytes.count, parser.bytes[parser.position] == UInt8(ascii: "\"") else {
        throw parser.error(
          parser.position < parser.bytes.count
            ? "expected a key in double quotes" : "unexpected end of file inside an object")
      }
      let keyLocation = parser.location(at: parser.position)
      let key = try parser.parseString()
      parser.skipWhitespace()
      guard parser.position < parser.bytes.count, parser.bytes[parser.position] == UInt8(ascii: ":") else {
        throw parser.error("expected ':' after the key \"\(Diagnostic.excerpt(key))\"")
      }
      parser.position += 1
      parser.skipWhitespace()
      let value = try parser.parseValue(depth: depth)
      return DocumentNode.Entry(key: key, keyLocation: keyLocation, value: value)
    }
    return DocumentNode(.mapping(entries), at: start)
  }

  private mutating func parseArray(depth: Int, start: SourcePosition) throws(SyntaxError) -> DocumentNode {
    let elements = try members(closing: UInt8(ascii: "]"), of: "an array", depth: depth) {
      parser throws(SyntaxError) in try parser.parseValue(depth: depth)
    }
    return DocumentNode(.sequence(elements), at: start)
  }

  /// The members of an object or array (`container`), from its opening bracket to its `closing`
  /// one: `member` reads each, from its first byte; commas separate them.
  private mutating func members<Member>(
    closing: UInt8, of container: String, depth: Int, _ member: (inout Self) throws(SyntaxError) -> Member
  ) throws(SyntaxError) -> [Member] {
    guard depth <= Self.maximumDepth else {
      throw error("the document nests deeper than \(Self.maximumDepth) levels")
    }
    position += 1
    var result: [Member] = []
    skipWhitespace()
    if position < bytes.count, bytes[position] == closing {
      position += 1
      return result
    }
    let bracket = Character(Unicode.Scalar(closing))
    while true {
      skipWhitespace()
      result.append(try member(&self))
      skipWhitespace()
      guard position < bytes.count else { throw error("unexpected end of file: '\(bracket)' was expected") }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
        continue
      }
      if bytes[position] == closing {
        position += 1
        return result
      }
      throw error("expected ',' or '\(bracket)' after a value in \(container)")
    }
  }

  private mutating func parseNumber() throws(SyntaxError) -> String {
    let start = position
    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    if bytes[position] == UInt8(ascii: "-") { position += 1 }
    guard position < bytes.count, isDigit(bytes[position]) else { throw error("invalid number: a digit was expected") }
    if bytes[position] == UInt8(ascii: "0") {
      position += 1
    } else {
      while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }
    if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
      position += 1
      guard position < bytes.count, isDigit(bytes[position]) else {
        throw error("invalid number: a digit was expected after '.'")
      }
      while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }
    if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
      position += 1
      if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
        position += 1
      }
      guard position < bytes.count, isDigit(bytes[position]) else {
        throw error("invalid number: a digit was expected in the exponent")
      }
      while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }
    return String(decoding: bytes[start..<position], as: UTF8.self)
  }

  private mutating func parseString() throws(SyntaxError) -> String {
    position += 1  // opening quote
    let start = position
    // Fast path: no escapes.
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        position += 1
        return text
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { throw controlCharacterError(byte) }
      position += 1
    }
    var scalars = Array(bytes[start..<position])
    while position < bytes.count {
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: "\""):
        position += 1
        return String(decoding: scalars, as: UTF8.self)
      case UInt8(ascii: "\\"):
        position += 1
        guard position < bytes.count else { break }
        try appendEscape(to: &scalars)
      default:
        if byte < 0x20 { throw controlCharacterError(byte) }
        scalars.append(byte)
        position += 1
      }
    }
    throw error("unexpected end of file inside a string")
  }

  /// Appends the UTF-8 bytes of the escape sequence at `position` (just after its backslash) to `scalars`.
  private mutating func appendEscape(to scalars: inout [UInt8]) throws(SyntaxError) {
    let escape = bytes[position]
    position += 1
    switch escape {
    case UInt8(ascii: "\""): scalars.append(UInt8(ascii: "\""))
    case UInt8(ascii: "\\"): scalars.append(UInt8(ascii: "\\"))
    case UInt8(ascii: "/"): scalars.append(UInt8(ascii: "/"))
    case UInt8(ascii: "b"): scalars.append(0x08)
    case UInt8(ascii: "f"): scalars.append(0x0C)
    case UInt8(ascii: "n"): scalars.append(0x0A)
    case UInt8(ascii: "r"): scalars.append(0x0D)
    case UInt8(ascii: "t"): scalars.append(0x09)
    case UInt8(ascii: "u"): scalars.append(contentsOf: Array(String(Character(try parseUnicodeEscape())).utf8))
    default:
      position -= 1
      throw error("invalid escape sequence '\\\(Character(Unicode.Scalar(escape)))' in a string")
    }
  }

  /// The scalar of a `\uXXXX` escape (`position` after the `u`), joining a surrogate pair.
  private mutating func parseUnicodeEscape() throws(SyntaxError) -> Unicode.Scalar {
    var value = try parseHex4()
    if (0xD800..<0xDC00).contains(value) {
      guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
        bytes[position + 1] == UInt8(ascii: "u")
      else { throw error("invalid \\u escape: a high surrogate must be followed by a low surrogate") }
      position += 2
      let low = try parseHex4()
      guard (0xDC00..<0xE000).contains(low) else { throw error("invalid \\u escape: bad low surrogate") }
      value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
    } else if (0xDC00..<0xE000).contains(value) {
      throw error("invalid \\u escape: lone low surrogate")
    }
    guard let scalar = Unicode.Scalar(value) else { throw error("invalid \\u escape") }
    return scalar
  }

  private mutating func controlCharacterError(_ byte: UInt8) -> SyntaxError {
    if byte == UInt8(ascii: "\n") { return error("unterminated string: a line break inside a string") }
    return error("a control character (0x\(String(byte, radix: 16))) inside a string must be escaped")
  }

  private mutating func parseHex4() throws(SyntaxError) -> UInt32 {
    guard position + 4 <= bytes.count else { throw error("invalid \\u escape: four hex digits expected") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[position]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw error("invalid \\u escape: four hex digits expected")
      }
      value = value << 4 | digit
      position += 1
    }
    return value
  }
}
