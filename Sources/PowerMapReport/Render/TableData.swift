import Foundation
import PowerMap

/// A report table as data files: CSV (RFC 4180, a header of column keys) and JSON (an array of
/// objects with the column keys, in column order). Numbers are written in full, ids and kinds as
/// in the model, statuses as their JSON words (`at-risk`), lists as arrays in JSON and as one
/// space-separated field in CSV, empty cells as `null` and as an empty field. CSV text that a
/// spreadsheet would run as a formula gets a leading `'` (``CSVField``).
package enum TableData {
  /// The CSV text of `table`.
  package static func csv(_ table: ReportTable) -> String {
    let columns = table.columns.indices.filter { table.columns[$0].inData }
    var lines = [columns.map { CSVField.text(table.columns[$0].key) }.joined(separator: ",")]
    for row in table.rows {
      lines.append(columns.map { csvField(row[$0]) }.joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The JSON text of `table`.
  package static func json(_ table: ReportTable) -> String {
    var out = "[\n"
    let columns = table.columns.indices.filter { table.columns[$0].inData }
    for (index, row) in table.rows.enumerated() {
      let members = columns.map { "\(string(table.columns[$0].key)): \(jsonValue(row[$0]))" }
      out += "  {" + members.joined(separator: ", ") + "}" + (index + 1 < table.rows.count ? ",\n" : "\n")
    }
    return out + "]\n"
  }

  /// A CSV field: text neutralised against formulas and quoted (``CSVField``), numbers as they are.
  private static func csvField(_ cell: ReportCell) -> String {
    switch cell {
    case .text(let text): CSVField.text(text)
    case .term(let raw, _): CSVField.text(raw)
    case .number(let value, _), .signed(let value, _), .percent(let value): number(value)
    case .integer(let value): "\(value)"
    case .status(let status): CSVField.text(status.rawValue)
    case .flag(let value): value ? "true" : "false"
    case .list(let raw, _): CSVField.text(raw.joined(separator: " "))
    case .empty: ""
    }
  }

  private static func jsonValue(_ cell: ReportCell) -> String {
    switch cell {
    case .text(let text): string(text)
    case .term(let raw, _): string(raw)
    case .number(let value, _), .signed(let value, _), .percent(let value): value.isFinite ? number(value) : "null"
    case .integer(let value): "\(value)"
    case .status(let status): string(status.rawValue)
    case .flag(let value): value ? "true" : "false"
    case .list(let raw, _): "[" + raw.map(string).joined(separator: ", ") + "]"
    case .empty: "null"
    }
  }

  /// A number as both formats write it (``CSVField/number(_:)``).
  private static func number(_ value: Double) -> String { CSVField.number(value) }

  /// A JSON string literal.
  private static func string(_ text: String) -> String {
    "\"" + jsonEscaper(text) + "\""
  }

  /// JSON string escaping: quotes, backslashes, control characters, and `<` (so the data can sit
  /// in a page).
  private static let jsonEscaper = ScalarEscaper(
    ["\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "<": "\\u003c"],
    other: { $0.value < 0x20 ? String(format: "\\u%04x", $0.value) : nil })
}
