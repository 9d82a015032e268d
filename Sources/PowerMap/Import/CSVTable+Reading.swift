import Foundation

extension CSVTable {
  /// Reads and parses the spreadsheet at `path`. Problems of the whole file are worded for a
  /// CSV file: a NUL byte or UTF-16 without a byte-order mark is "not a UTF-8 CSV".
  static func read(_ path: String, rowsAre what: String) throws(DiagnosticsError) -> CSVTable {
    let source: SourceText
    do {
      source = try SourceText(contentsOf: path)
    } catch {
      throw DiagnosticsError(error.diagnostics.map { csvWording($0, path: path, rowsAre: what) })
    }
    return try CSVTable(source: source)
  }

  /// `diagnostic` reworded for a spreadsheet where the text loader speaks of models.
  private static func csvWording(_ diagnostic: Diagnostic, path: String, rowsAre what: String) -> Diagnostic {
    var diagnostic = diagnostic
    if diagnostic.message.hasPrefix("the file is empty") {
      diagnostic.hint = "a spreadsheet needs a header row, then one row per \(what)"
    } else if diagnostic.message.hasPrefix("is a directory") {
      diagnostic.message = "is a directory, not a CSV file"
    } else if diagnostic.message.hasPrefix("the file is UTF-16") {
      diagnostic.message = "the file is UTF-16, not a UTF-8 CSV"
      diagnostic.hint = saveAsUTF8
    } else if let bytes = FileManager.default.contents(atPath: path), bytes.contains(0) {
      diagnostic.message =
        looksLikeUTF16(Array(bytes.prefix(4096)))
        ? "the file looks like UTF-16 without a byte-order mark, not a UTF-8 CSV"
        : "the file contains a NUL byte: it is not a UTF-8 CSV"
      diagnostic.hint = saveAsUTF8
    }
    return diagnostic
  }

  private static let saveAsUTF8 = "export the sheet as \"CSV UTF-8\" (comma or semicolon separated)"

  /// Text in UTF-16 has a NUL in most even (big-endian) or most odd (little-endian) bytes.
  static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
    guard bytes.count >= 4 else { return false }
    var evenNULs = 0
    var oddNULs = 0
    for (index, byte) in bytes.enumerated() where byte == 0 {
      if index.isMultiple(of: 2) { evenNULs += 1 } else { oddNULs += 1 }
    }
    let half = bytes.count / 2
    return max(evenNULs, oddNULs) * 2 >= half && min(evenNULs, oddNULs) * 8 < max(evenNULs, oddNULs)
  }
}
