/// A place in a source file: 1-based line and column (columns count Unicode scalars).
package struct SourcePosition: Sendable, Codable, Equatable, Hashable, Comparable {
  package var line: Int
  package var column: Int

  package init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  package static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}

/// One problem found in an input file, located and explained.
///
/// Printed as `FILE:LINE:COLUMN: error: PATH: MESSAGE (hint: HINT)`, the format compilers use, so
/// editors can jump to it.
public struct Diagnostic: Sendable, Codable, Equatable, Error, CustomStringConvertible {
  /// Errors make a file invalid; warnings flag what is legal but suspicious.
  public enum Severity: String, Sendable, Codable {
    case error, warning
  }

  public var severity: Severity
  public var file: String
  /// nil for problems of the whole file (empty, binary).
  public var line: Int?
  public var column: Int?
  /// The key path of the offending value, e.g. `commitments[0].needs.authority[1]`; empty for
  /// problems of the whole document.
  public var path: String
  public var message: String
  public var hint: String?
  /// For the closing line "N more … not shown": how many problems of this severity it stands
  /// for (nil on every ordinary diagnostic).
  package var omitted: Int?

  package init(
    _ severity: Severity, file: String, location: SourcePosition?, path: String, message: String,
    hint: String? = nil
  ) {
    self.severity = severity
    self.file = file
    self.line = location?.line
    self.column = location?.column
    self.path = Self.clipped(path)
    self.message = Self.clipped(message)
    self.hint = hint.map { Self.clipped($0) }
  }

  /// Messages, paths and hints longer than this are cut (a safety net: values are already
  /// quoted through ``excerpt(_:)``).
  static let maximumFieldLength = 2_000

  /// How many characters of a value a message quotes.
  static let excerptLength = 40

  /// A value as messages quote it: at most `excerptLength` characters, then `…`, with control
  /// characters written as `\u{1B}` so that a message never carries them raw.
  ///
  /// A 10 MB id is thus echoed as its first 40 characters, not whole.
  package static func excerpt(_ value: some StringProtocol) -> String {
    var result = ""
    var count = 0
    for scalar in value.unicodeScalars {
      if count == excerptLength {
        result += "…"
        break
      }
      if TextRules.isControl(scalar) {
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
      count += 1
    }
    return result
  }

  private static func clipped(_ text: String) -> String {
    guard text.utf8.count > maximumFieldLength else { return text }
    var result = ""
    var count = 0
    for character in text {
      if count == maximumFieldLength {
        result += "…"
        break
      }
      result.append(character)
      count += 1
    }
    return result
  }

  public var description: String {
    var text = file
    if let line { text += ":\(line)" }
    if let column { text += ":\(column)" }
    text += ": \(severity.rawValue): "
    if !path.isEmpty { text += "\(path): " }
    text += message
    if let hint { text += " (hint: \(hint))" }
    return text
  }
}

/// Every problem found in one or more files: thrown by the loaders when a file has errors.
package struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
  package var diagnostics: [Diagnostic]

  package init(_ diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics
  }

  package var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

  package var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
