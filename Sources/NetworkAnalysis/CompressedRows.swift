/// Compressed sparse rows: for row `r`, the entries `offsets[r]..<offsets[r + 1]` of `columns` and `values`,
/// sorted by column with no repeated column.
///
/// The shared storage of ``WeightedDigraph`` (out- and in-edges), ``UndirectedGraph`` and ``SparseMatrix``.
/// Built in O(rows + entries) by two stable counting sorts (by column, then by row), then one merge pass.
struct CompressedRows: Sendable, Hashable {
  /// Row starts, `rowCount + 1` of them; the last is the entry count.
  var offsets: [Int]
  /// Column of every entry, row after row, increasing within a row.
  var columns: [Int32]
  /// Value of every entry, parallel to `columns`.
  var values: [Double]

  /// The number of rows.
  var rowCount: Int { offsets.count - 1 }

  /// The number of stored entries.
  var entryCount: Int { columns.count }

  /// Sorts the triplets `(rows[i], columns[i], values[i])` into rows and merges repeated `(row, column)`
  /// pairs with `merge`. Rows and columns must already be in range.
  init(
    rowCount: Int, columnCount: Int, rows: [Int32], columns: [Int32], values: [Double],
    merge: ParallelEdgePolicy
  ) {
    precondition(rows.count == columns.count && rows.count == values.count, "triplet arrays differ in length")
    let sorted = RowMajorOrder(rowCount: rowCount, columnCount: columnCount, rows: rows, columns: columns)
    let byRow = sorted.order
    let count = rows.count
    // Merge runs of equal (row, column); rows are contiguous in byRow.
    var offsets = [Int](repeating: 0, count: rowCount + 1)
    var mergedColumns = [Int32]()
    var mergedValues = [Double]()
    mergedColumns.reserveCapacity(count)
    mergedValues.reserveCapacity(count)
    var cursor = 0
    for row in 0..<rowCount {
      let end = sorted.offsets[row + 1]
      var previous: Int32 = -1
      while cursor < end {
        let index = Int(byRow[cursor])
        let column = columns[index]
        let value = values[index]
        if column == previous, let last = mergedValues.indices.last {
          switch merge {
          case .keepMaximum: mergedValues[last] = max(mergedValues[last], value)
          case .sum: mergedValues[last] += value
          }
        } else {
          mergedColumns.append(column)
          mergedValues.append(value)
          previous = column
        }
        cursor += 1
      }
      offsets[row + 1] = mergedColumns.count
    }
    self.offsets = offsets
    self.columns = mergedColumns
    self.values = mergedValues
  }

  /// Storage given directly (already sorted and merged).
  init(offsets: [Int], columns: [Int32], values: [Double]) {
    self.offsets = offsets
    self.columns = columns
    self.values = values
  }

  /// The transpose, with `columnCount` rows; rows stay sorted because this matrix is scanned in row order.
  func transposed(columnCount: Int) -> CompressedRows {
    var starts = [Int](repeating: 0, count: columnCount + 1)
    for column in columns { starts[Int(column) + 1] += 1 }
    for index in 0..<columnCount { starts[index + 1] += starts[index] }
    let offsets = starts
    var rowsOut = [Int32](repeating: 0, count: entryCount)
    var valuesOut = [Double](repeating: 0, count: entryCount)
    for row in 0..<rowCount {
      for entry in self.offsets[row]..<self.offsets[row + 1] {
        let column = Int(columns[entry])
        rowsOut[starts[column]] = Int32(row)
        valuesOut[starts[column]] = values[entry]
        starts[column] += 1
      }
    }
    return CompressedRows(offsets: offsets, columns: rowsOut, values: valuesOut)
  }
}
