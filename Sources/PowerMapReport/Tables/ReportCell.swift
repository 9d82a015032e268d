import PowerMap

/// One value of a report table, typed so that the data files keep numbers as numbers and the
/// report can format and mark it.
package enum ReportCell: Sendable, Hashable {
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
  package static func optional(_ value: Double?, digits: Int) -> ReportCell {
    value.map { .number($0, digits: digits) } ?? .empty
  }

  /// The cell as the report shows it, in `strings`' language: numbers formatted
  /// (``ReportNumber``), a status marked (✓ ! ✕), a list joined by commas, a dash for nothing.
  /// Plain text: each format escapes it.
  package func shown(_ strings: ReportStrings) -> String {
    switch self {
    case .text(let text): text
    case .term(_, let shown): shown
    case .number(let value, let digits): ReportNumber.fixed(value, digits: digits)
    case .signed(let value, let digits): ReportNumber.signed(value, digits: digits)
    case .percent(let value): ReportNumber.percent(value)
    case .integer(let value): ReportNumber.integer(value)
    case .status(let status): strings.status(status)
    case .flag(let value): strings[value ? .yes : .no]
    case .list(_, let shown): shown.isEmpty ? "–" : shown.joined(separator: ", ")
    case .empty: "–"
    }
  }
}
