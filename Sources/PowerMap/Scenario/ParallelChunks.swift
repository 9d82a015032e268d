import Foundation

/// Runs numbered items in fixed chunks over a few worker tasks and returns the chunks' outputs in
/// chunk order, so that results do not depend on the number of workers or on scheduling.
///
/// Items `0..<count` are cut into chunks of `chunkSize` (the last one shorter); chunk `c` holds
/// items `c·chunkSize ..< min((c+1)·chunkSize, count)`. `jobs` child tasks of a throwing task group
/// each make one worker value (its private buffers and caches), then repeatedly claim the next
/// unclaimed chunk and run it, until none is left. Between chunks a worker checks for cancellation
/// (`Task.checkCancellation()`, so a cancelled run throws `CancellationError` within one chunk) and
/// yields, so that other tasks — a Ctrl-C handler — get a thread even when every worker is busy.
enum ParallelChunks {
  /// The chunk outputs of `body` over `0..<count`, by chunk index.
  ///
  /// - Parameters:
  ///   - jobs: the number of worker tasks (at least 1, at most the number of chunks).
  ///   - makeWorker: creates a worker's private state, once per worker task.
  ///   - body: runs one chunk of items with a worker's state.
  ///   - progress: called after every chunk with the number of items done so far; calls are
  ///     serialised (made under a lock) and their values increase.
  static func run<Worker, Output: Sendable>(
    count: Int, chunkSize: Int, jobs: Int, makeWorker: @escaping @Sendable () -> Worker,
    body: @escaping @Sendable (inout Worker, Range<Int>) throws -> Output,
    progress: (@Sendable (Int) -> Void)? = nil
  ) async throws -> [Output] {
    precondition(count >= 0 && chunkSize >= 1, "invalid chunking")
    try Task.checkCancellation()
    let chunkCount = (count + chunkSize - 1) / chunkSize
    guard chunkCount > 0 else { return [] }
    let ledger = ChunkLedger(chunkCount: chunkCount)
    let workers = max(1, min(jobs, chunkCount))
    return try await withThrowingTaskGroup(of: [(Int, Output)].self) { group in
      for _ in 0..<workers {
        group.addTask {
          var worker = makeWorker()
          var outputs: [(Int, Output)] = []
          while true {
            try Task.checkCancellation()
            guard let chunk = ledger.claim() else { break }
            let items = (chunk * chunkSize)..<min((chunk + 1) * chunkSize, count)
            outputs.append((chunk, try body(&worker, items)))
            ledger.finish(items.count, progress: progress)
            await Task.yield()
          }
          return outputs
        }
      }
      var slots = [Output?](repeating: nil, count: chunkCount)
      for try await outputs in group {
        for (chunk, output) in outputs { slots[chunk] = output }
      }
      try Task.checkCancellation()
      return try slots.map { slot in
        guard let output = slot else { throw CancellationError() }
        return output
      }
    }
  }
}

/// The shared counters of a ``ParallelChunks`` run: the next chunk to hand out and the number of
/// items done. A lock guards both, hence `@unchecked Sendable`.
private final class ChunkLedger: @unchecked Sendable {
  private let lock = NSLock()
  private let chunkCount: Int
  private var nextChunk = 0
  private var itemsDone = 0

  init(chunkCount: Int) {
    self.chunkCount = chunkCount
  }

  /// The next unclaimed chunk, or nil when every chunk has been handed out.
  func claim() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard nextChunk < chunkCount else { return nil }
    nextChunk += 1
    return nextChunk - 1
  }

  /// Records `items` more items done and reports the total, under the lock so reports are ordered.
  func finish(_ items: Int, progress: (@Sendable (Int) -> Void)?) {
    lock.lock()
    defer { lock.unlock() }
    itemsDone += items
    progress?(itemsDone)
  }
}
