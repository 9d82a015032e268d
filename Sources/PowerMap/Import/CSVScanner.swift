/// The reading state of ``CSVTable/init(source:)``: where it is in the bytes, the row and the cell
/// being read and where that cell started (line and column count Unicode scalars from 1).
struct CSVScanner {
  let bytes: [UInt8]
  let separator: UInt8
  /// The file's name, for messages.
  let file: String
  private var position: Int
  private var rows: [[CSVTable.Cell]] = []
  private var row: [CSVTable.Cell] = []
  private var line = 1
  private var column = 1
  private var cellBytes: [UInt8] = []
  private var cellStart = SourcePosition(line: 1, column: 1)
  private var quoted = false
  private var rowHasContent = false

  /// A scanner of `bytes` from `start`, cells separated by `separator`.
  init(bytes: [UInt8], from start: Int, separator: UInt8, file: String) {
    self.bytes = bytes
    self.position = start
    self.separator = separator
    self.file = file
  }

  /// Every row with a non-empty cell, in order.
  mutating func rowsWithContent() throws(DiagnosticsError) -> [[CSVTable.Cell]] {
    while position <= bytes.count {
      let byte: UInt8? = position < bytes.count ? bytes[position] : nil
      if quoted {
        try readQuoted(byte)
        continue
      }
      switch byte {
      case nil, 0x0A, 0x0D:
        finishRow(at: byte)
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
    return rows
  }

  /// One byte inside quotes: `""` is a quote, a lone `"` closes them, anything else (line breaks too)
  /// belongs to the cell; the end of the file is an error.
  private mutating func readQuoted(_ byte: UInt8?) throws(DiagnosticsError) {
    guard let byte else {
      throw SourceText.failure(
        file, at: cellStart, "a quoted cell is never closed", hint: "add the closing double quote")
    }
    if byte == UInt8(ascii: "\"") {
      if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "\"") {
        cellBytes.append(byte)
        position += 2
        column += 2
        return
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
  }

  /// Ends the row at a line break (CRLF counts once) or the end of the file, keeping it when a cell
  /// has text.
  private mutating func finishRow(at byte: UInt8?) {
    if rowHasContent || !cellBytes.isEmpty || !row.isEmpty {
      finishCell()
      if row.contains(where: { !$0.text.isEmpty }) { rows.append(row) }
    }
    row = []
    rowHasContent = false
    if byte == 0x0D, position + 1 < bytes.count, bytes[position + 1] == 0x0A { position += 1 }
    position += 1
    line += 1
    column = 1
    cellStart = SourcePosition(line: line, column: column)
  }

  private mutating func finishCell() {
    row.append(
      CSVTable.Cell(text: String(decoding: cellBytes, as: UTF8.self).trimmingSpaces, location: cellStart))
    cellBytes.removeAll(keepingCapacity: true)
  }
}
