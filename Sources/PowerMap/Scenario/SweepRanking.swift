/// The first rows of an ally sweep, kept while their keys stream in: with a limit K, at most 2K + 64
/// keys are held (past that they are ranked and cut back to K), so memory is O(K) however many
/// removals are evaluated; without a limit every key is kept.
///
/// ``SweepKey/precedes(_:_:by:)`` is a strict total order on keys of distinct removals, so the K
/// keys kept — and their order — are exactly the first K of the full ranking, whatever the order in
/// which keys arrive.
struct SweepRanking: Sendable {
  /// K, or nil to keep every key.
  let limit: Int?
  /// The order.
  let rank: SweepRank
  private var keys: [SweepKey] = []

  init(limit: Int?, rank: SweepRank = .harm) {
    self.limit = limit
    self.rank = rank
  }

  /// Adds keys.
  mutating func add(_ more: [SweepKey]) {
    keys += more
    // keys.count ≥ 2K + 64, written so that no K (up to Int.max) overflows.
    if let limit, (keys.count - 64) / 2 >= limit { cut(to: limit) }
  }

  /// The keys kept, first first.
  func ranked() -> [SweepKey] {
    var copy = self
    copy.cut(to: limit ?? copy.keys.count)
    return copy.keys
  }

  /// The K-th key, once at least K keys came in (nil before, or without a limit).
  mutating func kth() -> SweepKey? {
    guard let limit, keys.count >= limit else { return nil }
    cut(to: limit)
    return keys.last
  }

  private mutating func cut(to limit: Int) {
    let rank = self.rank
    keys.sort { SweepKey.precedes($0, $1, by: rank) }
    if keys.count > limit { keys.removeLast(keys.count - limit) }
  }
}
