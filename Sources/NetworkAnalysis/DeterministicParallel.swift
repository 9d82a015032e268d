import Foundation

/// Runs independent chunks of work on several threads with `DispatchQueue.concurrentPerform` and returns their
/// results in chunk order, so that a caller that combines them in that order gets the same bits whatever the
/// number of cores.
enum DeterministicParallel {
  /// Splits `0..<count` into `min(count, maxChunks)` contiguous ranges of near-equal length (the first ones one
  /// longer); the split depends only on its arguments, never on the machine.
  static func ranges(count: Int, maxChunks: Int) -> [Range<Int>] {
    precondition(count >= 0 && maxChunks >= 1, "invalid chunking")
    let chunks = min(count, maxChunks)
    guard chunks > 0 else { return [] }
    let base = count / chunks
    let extra = count % chunks
    var result = [Range<Int>]()
    result.reserveCapacity(chunks)
    var start = 0
    for chunk in 0..<chunks {
      let length = base + (chunk < extra ? 1 : 0)
      result.append(start..<(start + length))
      start += length
    }
    return result
  }

  /// Calls `body(i)` for `i` in `0..<chunks`, concurrently when `chunks > 1`, and returns the results by `i`.
  static func map<Result: Sendable>(chunks: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
    precondition(chunks >= 0, "negative chunk count")
    if chunks <= 1 { return (0..<chunks).map(body) }
    let slots = ResultSlots<Result>(count: chunks)
    DispatchQueue.concurrentPerform(iterations: chunks) { index in
      slots.store(body(index), at: index)
    }
    return slots.collect()
  }
}
