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
    let bytes = source.bytes
    var position = source.start
    let end = bytes.count
    separator = Self.separator(ofHeaderIn: bytes, from: position)

    var rows: [[Cell]] = []
    var row: [Cell] = []
    var line = 1
    var column = 1
    var cellBytes: [UInt8] = []
    var cellStart = SourcePosition(line: 1, column: 1)
    var quoted = false
    var rowHasContent = false

    func finishCell() {
      row.append(Cell(text: String(decoding: cellBytes, as: UTF8.self).trimmingSpaces, location: cellStart))
      cellBytes.removeAll(keepingCapacity: true)
    }

    while position <= end {
      let byte: UInt8? = position < end ? bytes[position] : nil
      if quoted {
        guard let byte else {
          throw SourceText.failure(
            source.file, at: cellStart, "a quoted cell is never closed", hint: "add the closing double quote")
        }
        if byte == UInt8(ascii: "\"") {
          if position + 1 < end, bytes[position + 1] == UInt8(ascii: "\"") {
            cellBytes.append(byte)
            position += 2
            column += 2
            continue
          }
          quoted = false
        } else {
          cellBytes.append(byte)
          if byte == 0x0A {
            line += 1
            column = 0
          }
        }
        position += 1
        if byte & 0xC0 != 0x80 { column += 1 }
        continue
      }
      switch byte {
      case nil, 0x0A, 0x0D:
        if rowHasContent || !cellBytes.isEmpty || !row.isEmpty {
          finishCell()
          if row.contains(where: { !$0.text.isEmpty }) { rows.append(row) }
        }
        row = []
        rowHasContent = false
        if byte == 0x0D, position + 1 < end, bytes[position + 1] == 0x0A { position += 1 }
        position += 1
        line += 1
        column = 1
        cellStart = SourcePosition(line: line, column: column)
        continue
      case separator:
        finishCell()
        rowHasContent = true
        position += 1
        column += 1
        cellStart = SourcePosition(line: line, column: column)
        continue
      case UInt8(ascii: "\"") where cellBytes.allSatisfy({ $0 == 0x20 }):
        cellBytes.removeAll()
        quoted = true
        rowHasContent = true
      case let byte?:
        cellBytes.append(byte)
        rowHasContent = true
      }
      if let byte, byte & 0xC0 != 0x80 { column += 1 }
      position += 1
    }
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
