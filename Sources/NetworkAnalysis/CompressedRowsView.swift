/// Unchecked read access to compressed sparse rows: row `r` holds the entries
/// `offsets[r] ..< offsets[r + 1]` of `columns` and `values`.
///
/// The one place where the hot loops (the Friedkin–Johnsen rounds, the breadth-first searches)
/// take pointers to CSR buffers: a view is made by ``with(offsets:columns:values:_:)`` and is valid
/// only inside its closure. Indexing is unchecked, so callers keep indices in range.
struct CompressedRowsView<Value> {
  /// Row starts, one more than the rows.
  let offsets: UnsafeBufferPointer<Int>
  /// The column of every entry, row after row.
  let columns: UnsafeBufferPointer<Int32>
  /// The value of every entry, parallel to `columns`.
  let values: UnsafeBufferPointer<Value>

  /// The entries of row `row`.
  @inline(__always)
  func entries(of row: Int) -> Range<Int> { offsets[row]..<offsets[row + 1] }

  /// The column of entry `entry`, as an index.
  @inline(__always)
  func column(_ entry: Int) -> Int { Int(columns[entry]) }

  /// Calls `body` with a view of the given buffers (valid only during the call).
  static func with<Result>(
    offsets: [Int], columns: [Int32], values: [Value], _ body: (CompressedRowsView<Value>) throws -> Result
  ) rethrows -> Result {
    try offsets.withUnsafeBufferPointer { offsets in
      try columns.withUnsafeBufferPointer { columns in
        try values.withUnsafeBufferPointer { values in
          try body(CompressedRowsView(offsets: offsets, columns: columns, values: values))
        }
      }
    }
  }
}
