/// The removals of an ally sweep, numbered without being stored: every present actor alone, or
/// every unordered pair of present actors in the order (0, 1), (0, 2), …, (0, n−1), (1, 2), …,
/// (n−2, n−1) of their positions in `present`. Memory O(n), whatever the number of pairs.
struct SweepRemovals: Sendable {
  /// The positions of the present actors, in state order.
  let present: [Int]
  /// Whether the removals are pairs.
  let pairs: Bool

  /// n for single removals, n(n−1)/2 for pairs.
  var count: Int {
    pairs ? Self.pairCount(present.count) : present.count
  }

  /// The number of unordered pairs of `n` items: n(n−1)/2 (the even factor halved first).
  static func pairCount(_ n: Int) -> Int {
    n < 2 ? 0 : (n % 2 == 0 ? (n / 2) * (n - 1) : n * ((n - 1) / 2))
  }

  /// The removals numbered `items` (a range of 0 ..< ``count``), in order.
  func removals(_ items: Range<Int>) -> [[Int]] {
    guard pairs else { return items.map { [present[$0]] } }
    guard !items.isEmpty else { return [] }
    var (first, second) = pair(at: items.lowerBound)
    var removals: [[Int]] = []
    removals.reserveCapacity(items.count)
    for _ in items {
      removals.append([present[first], present[second]])
      second += 1
      if second == present.count {
        first += 1
        second = first + 1
      }
    }
    return removals
  }

  /// The pair numbered `index`: row i starts at offset(i) = i(2n − i − 1)/2 (the pairs (i, j > i)
  /// come after the n−1 + n−2 + … of the rows before it); the row is found by binary search.
  func pair(at index: Int) -> (Int, Int) {
    let n = present.count
    func offset(_ row: Int) -> Int { pairCount(n) - Self.pairCount(n - row) }
    var low = 0
    var high = n - 2
    while low < high {
      let middle = (low + high + 1) / 2
      if offset(middle) <= index { low = middle } else { high = middle - 1 }
    }
    return (low, low + 1 + index - offset(low))
  }

  private func pairCount(_ n: Int) -> Int { Self.pairCount(n) }
}
