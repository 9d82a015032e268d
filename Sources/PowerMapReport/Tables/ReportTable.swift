import PowerMap

/// One table of a report. The same rows feed the HTML page, the Markdown file and `data/` (as CSV
/// and JSON), so the three always agree.
public struct ReportTable: Sendable {
  /// A column: its key in CSV headers and JSON objects, its label in the report.
  public struct Column: Sendable {
    /// The camelCase key of the data files (`effectivePower`).
    public var key: String
    /// The heading shown in the report, in its language.
    public var label: String
    /// Whether the column holds numbers (right-aligned).
    public var numeric: Bool
    /// False for a column only the data files carry (an id beside the name shown).
    public var shown: Bool

    /// A column with every field given.
    public init(key: String, label: String, numeric: Bool = false, shown: Bool = true) {
      self.key = key
      self.label = label
      self.numeric = numeric
      self.shown = shown
    }
  }

  /// The file stem under `data/` (`actors` → `data/actors.csv` and `data/actors.json`).
  public var id: String
  /// The columns.
  public var columns: [Column]
  /// The rows, each with one cell per column.
  public var rows: [[ReportCell]]

  /// A table with every field given; precondition: every row has one cell per column.
  public init(id: String, columns: [Column], rows: [[ReportCell]]) {
    precondition(rows.allSatisfy { $0.count == columns.count }, "every row needs one cell per column")
    self.id = id
    self.columns = columns
    self.rows = rows
  }

  /// The first `count` rows (all when there are fewer).
  public func prefix(_ count: Int) -> ReportTable {
    ReportTable(id: id, columns: columns, rows: Array(rows.prefix(count)))
  }
}

/// One value of a report table, typed so that the data files keep numbers as numbers and the
/// report can format and mark it.
public enum ReportCell: Sendable, Equatable {
  /// Text (from the model or the report's own words).
  case text(String)
  /// A value the data files keep as `raw` (an id, a kind) and the report shows as `shown`.
  case term(String, shown: String)
  /// A number shown with `digits` decimals.
  case number(Double, digits: Int)
  /// A number shown with its sign and `digits` decimals (a change).
  case signed(Double, digits: Int)
  /// A share in [0, 1], shown as a percentage.
  case percent(Double)
  /// A count.
  case integer(Int)
  /// A commitment status, shown by word and colour.
  case status(CommitmentStatus)
  /// A yes/no value.
  case flag(Bool)
  /// A list the data files keep as `raw` (ids) and the report shows as `shown` (names).
  case list([String], shown: [String])
  /// No value (`null` in JSON, an empty CSV field, a dash in the report).
  case empty

  /// A number, or ``empty`` for nil.
  public static func optional(_ value: Double?, digits: Int) -> ReportCell {
    value.map { .number($0, digits: digits) } ?? .empty
  }
}
