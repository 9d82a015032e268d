import Dispatch

/// Where maps are drawn: dispatch threads of their own, off Swift's cooperative thread pool, two
/// maps at a time. A Graphviz layout runs in C for up to a second and cannot yield; on the pool it
/// would hold one of its threads (of two, on a 2-core laptop) and hold up the edits and analyses
/// behind it. Graphviz itself draws one map at a time (its lock), so two drawings overlap only
/// where one builds its graph in Swift while the other is in Graphviz: after an edit the power map
/// and the grid are ready sooner than one after the other.
enum DrawingQueue {
  /// The most maps drawn at once.
  static let width = 2

  private static let queue = DispatchQueue(label: "powermap.serve.maps", qos: .utility, attributes: .concurrent)
  private static let slots = DispatchSemaphore(value: width)

  /// The result of `work`, run on the drawing queue.
  static func run<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
    try await withCheckedThrowingContinuation { continuation in
      queue.async {
        slots.wait()
        defer { slots.signal() }
        continuation.resume(with: Result { try work() })
      }
    }
  }
}
