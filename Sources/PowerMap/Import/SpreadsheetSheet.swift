/// One sheet of a workshop spreadsheet with its header understood: which model key each column
/// holds (English or Spanish header, any case and accents), and the problems of the header row.
struct SpreadsheetSheet {
  let file: String
  let kind: SpreadsheetVocabulary.Sheet
  let table: CSVTable
  /// Per column: the model key, or nil for a column that is unknown or repeated (ignored).
  let keys: [String?]
  /// Model key → the header as written, to name columns in messages as the sheet names them.
  let headers: [String: String]
  /// Unknown, repeated and missing columns, located on the header row.
  let problems: [Diagnostic]

  init(file: String, kind: SpreadsheetVocabulary.Sheet, rowsAre what: String) throws(DiagnosticsError) {
    let table = try CSVTable.read(file, rowsAre: what)
    var keys: [String?] = []
    var headers: [String: String] = [:]
    var problems: [Diagnostic] = []
    var unknown: [String] = []
    for (index, cell) in table.header.enumerated() {
      if cell.text.isEmpty {
        keys.append(nil)
        if table.records.contains(where: { index < $0.count && !$0[index].text.isEmpty }) {
          problems.append(
            Diagnostic(
              .error, file: file, location: cell.location, path: "header", message: "a column without a header",
              hint: "name the column (e.g. one of: \(kind.keys.joined(separator: ", "))) or empty it"))
        }
        continue
      }
      guard let key = kind.key(forHeader: cell.text) else {
        keys.append(nil)
        unknown.append(cell.text)
        let word = SpreadsheetVocabulary.fold(cell.text)
        problems.append(
          Diagnostic(
            .error, file: file, location: cell.location, path: "header", message: "unknown column '\(cell.text)'",
            hint: DidYouMean.hint(for: word, among: kind.headerWords, listUpTo: 0)
              ?? "known columns: " + kind.keys.joined(separator: ", ")))
        continue
      }
      if let first = headers[key] {
        keys.append(nil)
        problems.append(
          Diagnostic(
            .error, file: file, location: cell.location, path: "header",
            message: first == cell.text
              ? "the column '\(first)' appears twice"
              : "the column '\(cell.text)' repeats '\(first)' (both are '\(key)')",
            hint: "keep one of them"))
        continue
      }
      keys.append(key)
      headers[key] = cell.text
    }
    for column in kind.required where headers[column] == nil {
      var hint = "the header row needs: " + kind.required.joined(separator: ", ")
      if !unknown.isEmpty {
        hint += "; not recognised: " + unknown.map { "'\($0)'" }.joined(separator: ", ")
      }
      problems.append(
        Diagnostic(
          .error, file: file, location: SourcePosition(line: 1, column: 1), path: "header",
          message: "missing required column '\(column)'", hint: hint))
    }
    self.file = file
    self.kind = kind
    self.table = table
    self.keys = keys
    self.headers = headers
    self.problems = problems
  }

  /// How messages name the column of `key`: as the header writes it.
  func columnName(_ key: String) -> String { headers[key] ?? key }
}
