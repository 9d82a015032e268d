/// The most harmful rows of an ally sweep, kept while rows stream in: with a limit K, at most 2K
/// rows are held (past that the rows are ranked and cut back to K), so memory is O(K) however many
/// removals are evaluated; without a limit every row is kept.
///
/// ``AllyLoss/isMoreHarmful(_:than:)`` is a strict total order on rows of distinct removals, so the
/// K rows kept — and their order — are exactly the first K of the full ranking, whatever the order
/// in which rows arrive.
struct SweepRanking: Sendable {
  /// K, or nil to keep every row.
  let limit: Int?
  private var rows: [AllyLoss] = []

  init(limit: Int?) {
    self.limit = limit
  }

  /// Adds rows.
  mutating func add(_ more: [AllyLoss]) {
    rows += more
    if let limit, rows.count >= 2 * limit + 64 { cut(to: limit) }
  }

  /// The rows kept, most harmful first.
  func ranked() -> [AllyLoss] {
    var copy = self
    copy.cut(to: limit ?? copy.rows.count)
    return copy.rows
  }

  private mutating func cut(to limit: Int) {
    rows.sort(by: AllyLoss.isMoreHarmful)
    if rows.count > limit { rows.removeLast(rows.count - limit) }
  }
}
