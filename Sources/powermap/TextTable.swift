import PowerMap

/// A plain-text table for the terminal: columns padded to their widest cell (counted in
/// characters, so accented names line up), numbers right-aligned.
struct TextTable {
  enum Alignment { case left, right }

  var headers: [String]
  var alignments: [Alignment]
  var rows: [[String]] = []

  init(_ columns: [(String, Alignment)]) {
    headers = columns.map(\.0)
    alignments = columns.map(\.1)
  }

  mutating func append(_ row: [String]) {
    precondition(row.count == headers.count, "a row needs one cell per column")
    rows.append(row)
  }

  func render(indent: String = "  ") -> String {
    var widths = headers.map(\.count)
    for row in rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    func line(_ cells: [String]) -> String {
      var parts: [String] = []
      for (index, cell) in cells.enumerated() {
        let padding = String(repeating: " ", count: widths[index] - cell.count)
        let isLast = index == cells.count - 1
        switch alignments[index] {
        case .left: parts.append(isLast ? cell : cell + padding)
        case .right: parts.append(padding + cell)
        }
      }
      return indent + parts.joined(separator: "  ")
    }
    var lines = [line(headers), indent + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
    lines += rows.map(line)
    return lines.joined(separator: "\n") + "\n"
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
