/// The order of triplets `(rows[i], columns[i], …)` by row, then column, then index: two stable
/// counting sorts (by column, then by row), O(rows + columns + triplets).
///
/// Sorts the entries of ``CompressedRows`` before they are merged, and the raw entries of rule 2's
/// influence weights (the Rules article of the PowerMap documentation), which are kept unmerged.
package struct RowMajorOrder: Sendable {
  /// Where each row's triplets start in ``order``, `rowCount + 1` of them.
  package let offsets: [Int]
  /// The triplet indices, row after row, by increasing column within a row, ties by index.
  package let order: [Int32]

  /// The order of the triplets with the given rows and columns (in `0..<rowCount`, `0..<columnCount`).
  package init(rowCount: Int, columnCount: Int, rows: [Int32], columns: [Int32]) {
    precondition(rows.count == columns.count, "triplet arrays differ in length")
    let count = rows.count
    var byColumn = [Int32](repeating: 0, count: count)
    var starts = [Int](repeating: 0, count: columnCount + 1)
    for column in columns { starts[Int(column) + 1] += 1 }
    for index in 0..<columnCount { starts[index + 1] += starts[index] }
    for index in 0..<count {
      let column = Int(columns[index])
      byColumn[starts[column]] = Int32(index)
      starts[column] += 1
    }
    var byRow = [Int32](repeating: 0, count: count)
    var rowStarts = [Int](repeating: 0, count: rowCount + 1)
    for row in rows { rowStarts[Int(row) + 1] += 1 }
    for index in 0..<rowCount { rowStarts[index + 1] += rowStarts[index] }
    offsets = rowStarts
    for index in byColumn {
      let row = Int(rows[Int(index)])
      byRow[rowStarts[row]] = index
      rowStarts[row] += 1
    }
    order = byRow
  }
}
