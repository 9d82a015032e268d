/// Rows of a Friedkin–Johnsen system's matrix `W` replaced for one lane of
/// ``FriedkinJohnsen/solveLanes(anchors:replacing:tolerance:maxIterations:)``: the lane solves the
/// system whose matrix is `W` with these rows instead of its own.
///
/// Each row is appended by writing its entries to ``columns`` and ``values`` (increasing columns,
/// no repeated column; absolute sum at most 1) and then calling ``closeRow(_:listening:)``.
package struct FriedkinJohnsenReplacedRows: Sendable {
  /// The replaced rows, in the order they were appended (each once).
  package private(set) var rows: [Int] = []
  /// The entries of every replaced row; a zero row has none.
  package private(set) var ranges: [Range<Int>] = []
  /// The column of every entry, row after row.
  package var columns: [Int32] = []
  /// The value of every entry, parallel to ``columns``.
  package var values: [Double] = []
  /// Where the row being written starts in ``columns``.
  private var start = 0

  /// No replaced row.
  package init() {}

  /// Ends row `row`, whose entries are those written since the previous row; a row that does not
  /// listen (`listening` false: its absolute sum is 0) is recorded as a zero row, its entries dropped.
  package mutating func closeRow(_ row: Int, listening: Bool) {
    if !listening {
      columns.removeLast(columns.count - start)
      values.removeLast(values.count - start)
    }
    rows.append(row)
    ranges.append(start..<columns.count)
    start = columns.count
  }

  /// Whether each agent has influencers in this lane: `base` (the system's) with the replaced rows'
  /// flags.
  package func listening(base: [Bool]) -> [Bool] {
    var listening = base
    for (row, range) in zip(rows, ranges) { listening[row] = !range.isEmpty }
    return listening
  }
}
