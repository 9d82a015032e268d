/// A square sparse matrix of signed values in compressed sparse row form (CSR), e.g. the influence matrix of
/// ``FriedkinJohnsen``.
///
/// Row `i` holds `columns[rowOffsets[i]..<rowOffsets[i + 1]]` (increasing) and the matching `values`.
public struct SparseMatrix: Sendable, Hashable {
  /// The number of rows and of columns.
  public let size: Int
  private let storage: CompressedRows

  /// The matrix with the given entries; repeated `(row, column)` entries are summed. O(size + entries).
  ///
  /// Preconditions: indices in `0..<size`, values finite.
  public init(size: Int, entries: [MatrixEntry]) {
    precondition(size >= 0 && size <= Int(Int32.max), "size out of range: \(size)")
    for entry in entries {
      precondition(
        (0..<size).contains(entry.row) && (0..<size).contains(entry.column),
        "entry (\(entry.row), \(entry.column)) outside a \(size) × \(size) matrix")
      precondition(entry.value.isFinite, "entry (\(entry.row), \(entry.column)) is not finite")
    }
    self.size = size
    storage = CompressedRows(
      rowCount: size, columnCount: size, rows: entries.map { Int32($0.row) },
      columns: entries.map { Int32($0.column) }, values: entries.map(\.value), merge: .sum)
  }

  /// The matrix stored as given: row `i` is `columns[rowOffsets[i]..<rowOffsets[i + 1]]` (increasing,
  /// no repeated column) with the matching `values`. O(1) beyond the checks of its shape.
  package init(size: Int, rowOffsets: [Int], columns: [Int32], values: [Double]) {
    precondition(rowOffsets.count == size + 1 && rowOffsets.last == columns.count, "row offsets do not fit")
    precondition(columns.count == values.count, "one value per column is needed")
    self.init(size: size, storage: CompressedRows(offsets: rowOffsets, columns: columns, values: values))
  }

  private init(size: Int, storage: CompressedRows) {
    self.size = size
    self.storage = storage
  }

  /// Row starts, `size + 1` of them.
  package var rowOffsets: [Int] { storage.offsets }
  /// The column of every stored entry, row after row.
  package var columns: [Int32] { storage.columns }
  /// The value of every stored entry, parallel to ``columns``.
  package var values: [Double] { storage.values }

  /// The stored entries of row `row`, by increasing column.
  public func row(_ row: Int) -> [MatrixEntry] {
    precondition((0..<size).contains(row), "row \(row) outside 0..<\(size)")
    return (storage.offsets[row]..<storage.offsets[row + 1]).map {
      MatrixEntry(row: row, column: Int(storage.columns[$0]), value: storage.values[$0])
    }
  }

  /// The sum of the absolute values in every row, `Σ_j |a_ij|`.
  public func absoluteRowSums() -> [Double] {
    (0..<size).map { row in
      var sum = 0.0
      for entry in storage.offsets[row]..<storage.offsets[row + 1] { sum += abs(storage.values[entry]) }
      return sum
    }
  }

  /// Every row divided by its absolute sum, `Ŵ_ij = a_ij / Σ_k |a_ik|` (rule 2, the Rules article of the PowerMap documentation); a row whose
  /// absolute sum is 0 stays zero. Each resulting row has absolute sum 1 or 0.
  public func rowNormalizedByAbsoluteSum() -> SparseMatrix {
    let sums = absoluteRowSums()
    var values = storage.values
    for row in 0..<size where sums[row] > 0 {
      for entry in storage.offsets[row]..<storage.offsets[row + 1] { values[entry] /= sums[row] }
    }
    return SparseMatrix(
      size: size, storage: CompressedRows(offsets: storage.offsets, columns: storage.columns, values: values))
  }

  /// The product `A x`; precondition `vector.count == size`. O(size + entries).
  public func multiply(_ vector: [Double]) -> [Double] {
    precondition(vector.count == size, "vector length \(vector.count) ≠ matrix size \(size)")
    return (0..<size).map { row in
      var sum = 0.0
      for entry in storage.offsets[row]..<storage.offsets[row + 1] {
        sum += storage.values[entry] * vector[Int(storage.columns[entry])]
      }
      return sum
    }
  }
}
