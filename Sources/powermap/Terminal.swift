import Foundation
import PowerMap

/// Writing to the terminal: results to stdout, messages to stderr, all through
/// ``StandardStream`` (no trap on a full disk) and, for text, ``TerminalText`` (no control
/// character from a model reaches the terminal).
enum Terminal {
  static func printError(_ text: String) {
    message("error: \(text)")
  }

  static func printNote(_ text: String) {
    message("note: \(text)")
  }

  /// Writes one line (a newline is added) to stderr.
  static func message(_ line: String) {
    StandardStream.writeError(TerminalText.sanitized(line + "\n"))
  }

  static func printDiagnostics(_ diagnostics: [Diagnostic]) {
    guard !diagnostics.isEmpty else { return }
    message(diagnostics.map(\.commandLineWording.description).joined(separator: "\n"))
  }

  /// Writes text to stdout, control characters made visible; throws when stdout fails.
  static func write(_ text: String) throws(StandardStream.Failure) {
    try StandardStream.writeOutput(TerminalText.sanitized(text))
  }

  /// Writes bytes to stdout as they are (a PNG, a model file); throws when stdout fails.
  static func writeData(_ data: Data) throws(StandardStream.Failure) {
    try StandardStream.writeOutput(data)
  }

  /// Encodes a Codable result as the CLI's JSON: camelCase keys, sorted for stable output.
  static func json<Value: Encodable>(_ value: Value) throws -> String {
    try JSONOutput.document(value)
  }
}
