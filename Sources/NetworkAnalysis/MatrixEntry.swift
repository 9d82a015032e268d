/// One entry `(row, column, value)` of a ``SparseMatrix``.
public struct MatrixEntry: Sendable, Hashable, Codable {
  /// The row index.
  public var row: Int
  /// The column index.
  public var column: Int
  /// The value; must be finite.
  public var value: Double

  /// Creates the entry `value` at `(row, column)`.
  public init(row: Int, column: Int, value: Double) {
    self.row = row
    self.column = column
    self.value = value
  }
}
