import Foundation

/// The one lock around every call into Graphviz (parse, layout, render, free).
///
/// Graphviz keeps global state (its error handler and counts, the current graph of a layout, the
/// plugins' caches) and is not thread-safe, so the whole process serialises on this lock. It is an
/// `NSLock` rather than `Synchronization.Mutex` because the package still supports macOS 13.
final class GraphvizLock: @unchecked Sendable {
  private let lock = NSLock()

  /// Runs `body` while holding the lock.
  func withLock<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
    lock.lock()
    defer { lock.unlock() }
    return try body()
  }
}
