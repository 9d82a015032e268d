import Foundation
import PowerMap

/// The invariant every harness checks: an input is either accepted or refused with a
/// ``DiagnosticsError`` that holds at least one error, each diagnostic naming its file and a
/// message, and located (when it has a line) inside the input. Anything else stops the process,
/// which libFuzzer records as a crash with its reproducer.
package enum FuzzInvariant {
  /// Checks a refusal of `input` read as the file `file`.
  package static func check(_ error: DiagnosticsError, input: [UInt8], files: Set<String>) {
    guard !error.errors.isEmpty else {
      fail("a refusal without an error diagnostic: \(error.description.prefix(2000))")
    }
    let lineCount = lineBreakBound(input) + 1
    for diagnostic in error.diagnostics {
      guard !diagnostic.message.isEmpty else { fail("an empty diagnostic message: \(diagnostic)") }
      guard files.contains(diagnostic.file) else {
        fail("a diagnostic for an unknown file '\(diagnostic.file)': \(diagnostic)")
      }
      if let line = diagnostic.line {
        guard line >= 1, line <= lineCount + 1 else {
          fail("line \(line) outside the input's \(lineCount) lines: \(diagnostic)")
        }
        guard let column = diagnostic.column, column >= 1 else { fail("a line without a column: \(diagnostic)") }
      }
    }
  }

  /// Stops the process with `message` (libFuzzer saves the input that caused it).
  package static func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("PowerMap fuzz invariant broken: " + message + "\n").utf8))
    abort()
  }
}

/// An upper bound on the line breaks of `input` as any reader counts them: LF, CR (CSV and YAML
/// end a line at a lone CR; CRLF counts twice here), and YAML's NEL, LS and PS.
func lineBreakBound(_ input: [UInt8]) -> Int {
  var count = 0
  for (index, byte) in input.enumerated() {
    if byte == 0x0A || byte == 0x0D { count += 1 }
    if byte == 0x85, index > 0, input[index - 1] == 0xC2 { count += 1 }
    if byte == 0xE2, index + 2 < input.count, input[index + 1] == 0x80,
      input[index + 2] == 0xA8 || input[index + 2] == 0xA9
    {
      count += 1
    }
  }
  return count
}
