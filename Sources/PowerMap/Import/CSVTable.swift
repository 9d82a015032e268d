/// A parsed CSV file (RFC 4180): a header row and records, each cell with its line and column.
///
/// Accepts `,` or `;` as separator (the one the header line uses more), quoted cells with `""`
/// escapes and line breaks inside quotes, CRLF or LF line ends, and a UTF-8 byte-order mark.
struct CSVTable {
  struct Cell {
    var text: String
    var location: SourcePosition
  }

  var header: [Cell]
  var records: [[Cell]]
  var separator: UInt8

  /// Parses already checked UTF-8 text (see ``SourceText``).
  init(source: SourceText) throws(DiagnosticsError) {
    separator = Self.separator(ofHeaderIn: source.bytes, from: source.start)
    var scanner = CSVScanner(bytes: source.bytes, from: source.start, separator: separator, file: source.file)
    let rows = try scanner.rowsWithContent()
    guard let first = rows.first else { throw SourceText.failure(source.file, "the spreadsheet has no header row") }
    header = first
    records = Array(rows.dropFirst())
  }

  /// `;` when the header line (up to the first line break outside quotes) has more semicolons
  /// than commas outside quotes, `,` otherwise.
  private static func separator(ofHeaderIn bytes: [UInt8], from start: Int) -> UInt8 {
    var commas = 0
    var semicolons = 0
    var inQuotes = false
    var scan = start
    while scan < bytes.count, inQuotes || (bytes[scan] != 0x0A && bytes[scan] != 0x0D) {
      switch bytes[scan] {
      case UInt8(ascii: "\""): inQuotes.toggle()
      case UInt8(ascii: ","): if !inQuotes { commas += 1 }
      case UInt8(ascii: ";"): if !inQuotes { semicolons += 1 }
      default: break
      }
      scan += 1
    }
    return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
  }
}
