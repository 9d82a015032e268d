import Foundation
import PowerMap

/// A progress bar on stderr, drawn only when stderr is a terminal and the work has taken more
/// than a second (the Command Line article of the PowerMap documentation), so pipes and CI logs stay clean.
final class ProgressBar: @unchecked Sendable {
  private let total: Int
  private let label: String
  private let start = Date()
  private let enabled = isatty(STDERR_FILENO) == 1
  private let lock = NSLock()
  private var lastDrawn = -1
  private var drawn = false

  init(total: Int, label: String) {
    self.total = max(total, 1)
    self.label = label
  }

  /// Records that `done` items are finished; redraws at most once per percent.
  func update(_ done: Int) {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    let percent = min(100, done * 100 / total)
    guard percent != lastDrawn, Date().timeIntervalSince(start) > 1 else { return }
    lastDrawn = percent
    drawn = true
    let width = 30
    let filled = width * percent / 100
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    StandardStream.writeError("\r\(TerminalText.sanitized(label)) \(bar) \(percent)% \(done)/\(total)")
  }

  /// Clears the bar's line.
  func finish() {
    lock.lock()
    defer { lock.unlock() }
    if drawn { StandardStream.writeError("\r\u{1B}[K") }
    drawn = false
  }
}

/// Turns Ctrl-C into the cancellation of a task, so long runs stop cleanly: workers notice at
/// their next chunk, nothing is written, and the command exits 130 as shells expect.
final class InterruptHandler: @unchecked Sendable {
  private let source: DispatchSourceSignal

  init(_ onInterrupt: @escaping @Sendable () -> Void) {
    signal(SIGINT, SIG_IGN)
    source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    source.setEventHandler(handler: onInterrupt)
    source.resume()
  }

  func cancel() {
    source.cancel()
    signal(SIGINT, SIG_DFL)
  }

  /// For work that cannot be cancelled (a Graphviz layout runs in C): Ctrl-C prints
  /// "interrupted" and exits 130 at once, before any output is written.
  static func exitingOnInterrupt() -> InterruptHandler {
    InterruptHandler {
      Terminal.printError("interrupted: no output written")
      _exit(InterruptibleWork.interruptedStatus)
    }
  }
}

/// Long work with a progress bar and Ctrl-C handling: the work runs in a task that SIGINT
/// cancels; a cancelled run exits 130 with nothing written on stdout.
enum InterruptibleWork {
  static let interruptedStatus: Int32 = 130

  /// Runs `work`, which reports progress through the closure it is given.
  static func run<Result: Sendable>(
    total: Int, label: String,
    _ work: @escaping @Sendable (_ progress: @escaping @Sendable (Int) -> Void) async throws -> Result
  ) async throws -> Result {
    let progress = ProgressBar(total: total, label: label)
    let task = Task { try await work { progress.update($0) } }
    let interrupt = InterruptHandler { task.cancel() }
    defer {
      interrupt.cancel()
      progress.finish()
    }
    do {
      return try await task.value
    } catch is CancellationError {
      throw CommandFailure(message: "interrupted: no output written", status: interruptedStatus)
    }
  }
}
