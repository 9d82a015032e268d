import PowerMap
import PowerMapReport

/// A plain-text table for the terminal: the terminal's emitter of the one table model
/// (``ReportTable``, which the report emits as HTML, Markdown and `data/` files). Columns are padded
/// to their widest cell (counted in characters, so accented names line up); numeric columns are
/// right-aligned.
struct TextTable {
  enum Alignment { case left, right }

  /// The table: terminal tables hold their cells as text, already formatted for the terminal.
  private(set) var table: ReportTable

  init(_ columns: [(String, Alignment)]) {
    table = ReportTable(
      id: "terminal",
      columns: columns.enumerated().map { index, column in
        // Keys are positions: a terminal header may repeat or be empty.
        ReportTable.Column(key: "\(index)", label: column.0, numeric: column.1 == .right)
      }, rows: [])
  }

  mutating func append(_ row: [String]) {
    precondition(row.count == table.columns.count, "a row needs one cell per column")
    table.rows.append(row.map { .text($0) })
  }

  func render(indent: String = "  ") -> String {
    Self.render(table, strings: ReportStrings(.en), indent: indent)
  }

  /// The most items a list cell shows in the terminal; a longer list shows its first
  /// `listLimit - 1` and how many it leaves out ("a, b, c, d, … +66"): a row of a pairs sweep
  /// can weaken 70 actors, which would make the table hundreds of characters wide. JSON, CSV and
  /// the report keep every item.
  static let listLimit = 5

  /// The shown columns of `table` as aligned text, cells as the report shows them in `strings`'
  /// language (``ReportCell/shown(_:)``), lists cut at ``listLimit`` items.
  static func render(_ table: ReportTable, strings: ReportStrings, indent: String = "  ") -> String {
    let columns = table.columns.filter(\.shown)
    let shown = table.columns.indices.filter { table.columns[$0].shown }
    let rows = table.rows.map { row in shown.map { cellText(row[$0], strings: strings) } }
    var widths = columns.map(\.label.count)
    for row in rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    func line(_ cells: [String]) -> String {
      var parts: [String] = []
      for (index, cell) in cells.enumerated() {
        let padding = String(repeating: " ", count: widths[index] - cell.count)
        let isLast = index == cells.count - 1
        parts.append(columns[index].numeric ? padding + cell : isLast ? cell : cell + padding)
      }
      return indent + parts.joined(separator: "  ")
    }
    var lines = [
      line(columns.map(\.label)), indent + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "),
    ]
    lines += rows.map(line)
    return lines.joined(separator: "\n") + "\n"
  }

  /// `cell` as the terminal shows it: as the report does, a list longer than ``listLimit`` cut.
  static func cellText(_ cell: ReportCell, strings: ReportStrings) -> String {
    guard case .list(let raw, let shown) = cell, shown.count > listLimit else { return cell.shown(strings) }
    let kept = Array(shown.prefix(listLimit - 1))
    let head = ReportCell.list(Array(raw.prefix(kept.count)), shown: kept).shown(strings)
    return head + ", … +\(shown.count - kept.count)"
  }
}

/// Number formats for the terminal.
enum Format {
  static func fixed(_ value: Double, _ digits: Int = 2) -> String {
    let text = String(format: "%.\(digits)f", value)
    return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
  }

  /// With an explicit sign: "+0.40", "−0.20".
  static func signed(_ value: Double, _ digits: Int = 2) -> String {
    let text = fixed(abs(value), digits)
    if Double(text) == 0 { return " " + text }
    return (value < 0 ? "−" : "+") + text
  }

  /// A text cell of a CSV file: quoted when needed, and neutralised when a spreadsheet would
  /// read it as a formula (see ``CSVField``).
  static func csv(_ text: String) -> String { CSVField.text(text) }

  /// A number for CSV, as the report's `data/*.csv` write it (``CSVField/number(_:)``).
  static func csvNumber(_ value: Double) -> String { CSVField.number(value) }
}
