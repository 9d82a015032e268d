import Foundation

/// The shared bookkeeping of a ``ParallelChunks`` run: the next chunk to hand out, the outputs
/// finished ahead of their turn, the folded state and the number of items done. A lock guards all
/// of it, hence `@unchecked Sendable`.
///
/// A chunk is handed out only while it is less than `window` chunks past the first one not yet
/// combined; a worker asking for a chunk beyond that waits (without holding a thread) until the
/// first one is combined. That first chunk is always being computed by a worker that is not
/// waiting, so waiting ends; ``abort()`` wakes every waiter when a worker fails.
final class ChunkLedger<Output, State>: @unchecked Sendable {
  private let lock = NSLock()
  private let chunkCount: Int
  private let window: Int
  private var nextChunk = 0
  private var nextToCombine = 0
  private var pending: [Int: (Range<Int>, Output)] = [:]
  private var state: State
  private var itemsDone = 0
  private var aborted = false
  private var waiters: [CheckedContinuation<Void, Never>] = []

  init(chunkCount: Int, window: Int, state: State) {
    self.chunkCount = chunkCount
    self.window = window
    self.state = state
  }

  private enum Claim {
    case chunk(Int)
    case finished
    case wait
  }

  /// The next unclaimed chunk, or nil when every chunk has been handed out; waits while the window
  /// is full. Throws `CancellationError` when the run was aborted.
  func claim() async throws -> Int? {
    while true {
      switch tryClaim() {
      case .chunk(let chunk): return chunk
      case .finished: return nil
      case .wait:
        await withCheckedContinuation { continuation in
          lock.lock()
          if aborted || nextChunk >= chunkCount || nextChunk < nextToCombine + window {
            lock.unlock()
            continuation.resume()
          } else {
            waiters.append(continuation)
            lock.unlock()
          }
        }
        try Task.checkCancellation()
      }
    }
  }

  private func tryClaim() -> Claim {
    lock.lock()
    defer { lock.unlock() }
    if aborted { return .finished }
    guard nextChunk < chunkCount else { return .finished }
    guard nextChunk < nextToCombine + window else { return .wait }
    nextChunk += 1
    return .chunk(nextChunk - 1)
  }

  /// Records chunk `chunk`'s output, combines every output now in turn into the state, and reports
  /// the items done — all under the lock, so combinations and reports are serialised and ordered.
  func finish(
    _ chunk: Int, output: Output, items: Range<Int>, combine: (inout State, Range<Int>, Output) -> Void,
    progress: ((Int) -> Void)?
  ) {
    lock.lock()
    pending[chunk] = (items, output)
    let combinedBefore = nextToCombine
    while let (range, ready) = pending.removeValue(forKey: nextToCombine) {
      combine(&state, range, ready)
      nextToCombine += 1
    }
    // Every waiter is woken (each one retries its claim) once the window has moved.
    var woke: [CheckedContinuation<Void, Never>] = []
    if nextToCombine > combinedBefore { swap(&woke, &waiters) }
    itemsDone += items.count
    progress?(itemsDone)
    lock.unlock()
    for waiter in woke { waiter.resume() }
  }

  /// Stops handing out chunks and wakes every waiter (a worker failed or the run was cancelled).
  func abort() {
    lock.lock()
    aborted = true
    let woke = waiters
    waiters = []
    lock.unlock()
    for waiter in woke { waiter.resume() }
  }

  /// The state once every chunk has been combined, else nil.
  func completedState() -> State? {
    lock.lock()
    defer { lock.unlock() }
    return !aborted && nextToCombine == chunkCount ? state : nil
  }
}
