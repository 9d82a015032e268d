import Foundation
import FuzzInvariants
import PowerMap

/// The invariant every harness checks: an input is either accepted or refused with a
/// ``DiagnosticsError`` that holds at least one error, each diagnostic naming its file and a
/// message, and located (when it has a line) inside the input. Anything else stops the process,
/// which libFuzzer records as a crash with its reproducer.
package enum FuzzInvariant {
  /// Checks a refusal of `input` read as the files `files` (``FuzzOutcome/refusal(_:input:files:)``).
  package static func check(_ error: DiagnosticsError, input: [UInt8], files: Set<String>) {
    if case .broken(let message) = FuzzOutcome.refusal(error, input: input, files: files) { fail(message) }
  }

  /// Stops the process with `message` (libFuzzer saves the input that caused it).
  package static func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("PowerMap fuzz invariant broken: " + message + "\n").utf8))
    abort()
  }
}
