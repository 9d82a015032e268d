import Foundation

/// Runs numbered items in fixed chunks over a few worker tasks and folds the chunks' outputs in
/// chunk order, so that results do not depend on the number of workers or on scheduling.
///
/// Items `0..<count` are cut into chunks of `chunkSize` (the last one shorter); chunk `c` holds
/// items `c·chunkSize ..< min((c+1)·chunkSize, count)` (computed without overflow for any `count`).
/// `jobs` child tasks of a throwing task group each make one worker value (its private buffers and
/// caches), then repeatedly claim the next unclaimed chunk and run it, until none is left. Between
/// chunks a worker checks for cancellation (`Task.checkCancellation()`, so a cancelled run throws
/// `CancellationError` within one chunk) and yields, so that other tasks — a Ctrl-C handler — get a
/// thread even when every worker is busy.
///
/// **Memory.** A finished chunk's output is folded into the state as soon as every earlier chunk
/// has been folded, and a worker claims a chunk only while fewer than `window` chunks are claimed
/// or waiting to be folded (it waits otherwise), so at most `window` outputs exist at once,
/// whatever `count` is.
enum ParallelChunks {
  /// The outputs of `body` over `0..<count`, by chunk index (they are all kept: for small counts).
  static func run<Worker, Output: Sendable>(
    count: Int, chunkSize: Int, jobs: Int, makeWorker: @escaping @Sendable () -> Worker,
    body: @escaping @Sendable (inout Worker, Range<Int>) throws -> Output,
    progress: (@Sendable (Int) -> Void)? = nil
  ) async throws -> [Output] {
    try await fold(
      count: count, chunkSize: chunkSize, jobs: jobs, into: [Output](), makeWorker: makeWorker, body: body,
      combine: { outputs, _, output in outputs.append(output) }, progress: progress)
  }

  /// `initial` with the output of every chunk of `0..<count` combined into it in chunk order.
  ///
  /// - Parameters:
  ///   - jobs: the number of worker tasks (at least 1, at most the number of chunks).
  ///   - window: the most chunks claimed and not yet combined at a time (default 4 per worker).
  ///   - makeWorker: creates a worker's private state, once per worker task.
  ///   - body: runs one chunk of items with a worker's state.
  ///   - combine: folds a chunk's output (with its items) into the state; calls are serialised
  ///     and made in chunk order, from worker tasks.
  ///   - progress: called after every chunk with the number of items done so far; calls are
  ///     serialised (made under a lock) and their values increase.
  static func fold<Worker, Output: Sendable, State>(
    count: Int, chunkSize: Int, jobs: Int, window: Int? = nil, into initial: State,
    makeWorker: @escaping @Sendable () -> Worker,
    body: @escaping @Sendable (inout Worker, Range<Int>) throws -> Output,
    combine: @escaping @Sendable (inout State, Range<Int>, Output) -> Void,
    progress: (@Sendable (Int) -> Void)? = nil
  ) async throws -> State {
    precondition(count >= 0 && chunkSize >= 1, "invalid chunking")
    try Task.checkCancellation()
    let chunkCount = count / chunkSize + (count % chunkSize == 0 ? 0 : 1)
    guard chunkCount > 0 else { return initial }
    let workers = max(1, min(jobs, chunkCount))
    let ledger = ChunkLedger<Output, State>(
      chunkCount: chunkCount, window: max(1, window ?? 4 * workers), state: initial)
    try await withThrowingTaskGroup(of: Void.self) { group in
      for _ in 0..<workers {
        group.addTask {
          var worker = makeWorker()
          while true {
            try Task.checkCancellation()
            guard let chunk = try await ledger.claim() else { break }
            let range = Self.items(of: chunk, chunkSize: chunkSize, count: count)
            let output: Output
            do { output = try body(&worker, range) } catch {
              ledger.abort()
              throw error
            }
            ledger.finish(chunk, output: output, items: range, combine: combine, progress: progress)
            await Task.yield()
          }
        }
      }
      do { try await group.waitForAll() } catch {
        ledger.abort()
        throw error
      }
    }
    try Task.checkCancellation()
    guard let state = ledger.completedState() else { throw CancellationError() }
    return state
  }

  /// The items of chunk `chunk`: `chunk·chunkSize ..< min((chunk+1)·chunkSize, count)`, without
  /// computing `(chunk+1)·chunkSize` (which could overflow near `Int.max`).
  static func items(of chunk: Int, chunkSize: Int, count: Int) -> Range<Int> {
    let start = chunk * chunkSize
    return start..<(start + min(chunkSize, count - start))
  }
}
