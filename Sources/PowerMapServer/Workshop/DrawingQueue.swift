import Dispatch

/// Where maps are drawn: a serial dispatch queue of its own, off Swift's cooperative thread pool.
/// A Graphviz layout runs in C for up to a second and cannot yield; on the pool it would hold one
/// of its threads (of two, on a 2-core laptop) and hold up the edits and analyses behind it.
enum DrawingQueue {
  private static let queue = DispatchQueue(label: "powermap.serve.maps", qos: .utility)

  /// The result of `work`, run on the drawing queue.
  static func run<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
    try await withCheckedThrowingContinuation { continuation in
      queue.async { continuation.resume(with: Result { try work() }) }
    }
  }
}
