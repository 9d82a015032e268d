import Foundation
import PowerMap

/// The process's stdout and stderr, written with write(2): every byte or a thrown error, never a
/// trap (Foundation's `FileHandle.write(_:)` traps on a full disk). SIGPIPE is ignored, so a reader
/// that went away (`| head -1`) shows up as `EPIPE`, which the command treats as a quiet end.
enum StandardStream {
  /// A write to stdout or stderr that failed with `code` (an errno value).
  struct Failure: Error {
    var stream: String
    var code: Int32

    /// Whether the reader closed its end of a pipe: the command ends quietly.
    var isClosedPipe: Bool { code == EPIPE }

    var message: String { "cannot write to \(stream): \(String(cString: strerror(code)))" }
  }

  /// Ignores SIGPIPE, so that writing to a closed pipe fails with `EPIPE` instead of killing the
  /// process. Called once, first thing in `main`.
  static func ignoreBrokenPipeSignal() {
    signal(SIGPIPE, SIG_IGN)
  }

  /// Writes `text` whole to stdout, as UTF-8 without a copy; throws on any failure.
  static func writeOutput(_ text: String) throws(Failure) {
    var text = text
    let code = text.withUTF8 { OutputFile.writeAll(UnsafeRawBufferPointer($0), to: STDOUT_FILENO) }
    if let code { throw Failure(stream: "standard output", code: code) }
  }

  /// Writes `data` whole to stdout; throws on any failure.
  static func writeOutput(_ data: Data) throws(Failure) {
    if let code = OutputFile.writeAll(data, to: STDOUT_FILENO) {
      throw Failure(stream: "standard output", code: code)
    }
  }

  /// Writes `text` whole to stderr. A failure is remembered rather than thrown, so a message
  /// written while handling another error can never hide it; `main` turns it into exit 3 (a
  /// closed pipe only stops later messages).
  static func writeError(_ text: String) {
    guard ErrorStreamState.shared.isOpen else { return }
    var text = text
    let code = text.withUTF8 { OutputFile.writeAll(UnsafeRawBufferPointer($0), to: STDERR_FILENO) }
    if let code { ErrorStreamState.shared.record(code) }
  }

  /// The first failure writing stderr other than a closed pipe, if any.
  static var errorStreamFailure: Int32? { ErrorStreamState.shared.failure }
}

/// Whether stderr still takes messages, and its first real failure.
final class ErrorStreamState: @unchecked Sendable {
  static let shared = ErrorStreamState()

  private let lock = NSLock()
  private var closed = false
  private var firstFailure: Int32?

  var isOpen: Bool { lock.withLock { !closed } }
  var failure: Int32? { lock.withLock { firstFailure } }

  /// Records a failed write: a closed pipe stops further messages; any other error is kept.
  func record(_ code: Int32) {
    lock.withLock {
      closed = true
      if code != EPIPE && firstFailure == nil { firstFailure = code }
    }
  }
}
