/// Reads the MACTOR input tables of `powermap mactor --mid FILE [--mao FILE]`.
///
/// MID: a header row `,A,B,…` of actor ids, then one row per actor: its id and n integers 0–4
/// (row i, column j: i's direct influence on j). MAO: a header `,O1,O2,…` of objective ids, then
/// one row per actor (same ids as the MID, any order): its id and integers −4…4. Comma or
/// semicolon separated, UTF-8 with or without byte-order mark. Every problem is reported at its
/// cell.
package struct MactorTables: Sendable {
  package var actors: [String]
  package var mid: [[Int]]
  package var objectives: [String]
  package var mao: [[Int]]?

  package static func read(midFile: String, maoFile: String?) throws(DiagnosticsError) -> MactorTables {
    var diagnostics = DiagnosticCollector(file: midFile)
    let midTable = try CSVTable.read(midFile, rowsAre: "actor")
    let actors = Array(midTable.header.dropFirst().map(\.text))
    var seen: [String: Int] = [:]
    for cell in midTable.header.dropFirst() {
      if seen[cell.text] != nil {
        diagnostics.error(cell.location, "header", "the actor '\(cell.text)' appears twice")
      }
      seen[cell.text] = seen.count
    }
    if actors.isEmpty {
      diagnostics.error(SourcePosition(line: 1, column: 1), "header", "the MID names no actor", hint: "header: ,A,B,C")
    }
    let rowsByActor = rows(
      of: midTable, actors: actors, declaredIn: "the header", columns: actors, range: 0...4, repeats: .rejected,
      diagnostics: &diagnostics)
    for cell in midTable.header.dropFirst() where rowsByActor[cell.text] == nil {
      diagnostics.error(
        cell.location, "row", "no row for the actor '\(cell.text)'", hint: "the MID is square: one row per actor")
    }
    var errors = diagnostics.finished().filter { $0.severity == .error }
    var objectives: [String] = []
    var mao: [[Int]]?
    if let maoFile {
      var maoDiagnostics = DiagnosticCollector(file: maoFile)
      let maoTable = try CSVTable.read(maoFile, rowsAre: "actor")
      objectives = Array(maoTable.header.dropFirst().map(\.text))
      let maoRows = rows(
        of: maoTable, actors: actors, declaredIn: "the MID", columns: objectives, range: -4...4,
        repeats: .lastWins, diagnostics: &maoDiagnostics)
      // Actors without a MAO row take no position (all 0).
      mao = actors.map { maoRows[$0] ?? Array(repeating: 0, count: objectives.count) }
      errors += maoDiagnostics.finished().filter { $0.severity == .error }
    }
    guard errors.isEmpty else { throw DiagnosticsError(errors) }
    return MactorTables(
      actors: actors, mid: actors.map { rowsByActor[$0] ?? [] }, objectives: objectives, mao: mao)
  }

  /// What a second row for the same actor does.
  private enum RepeatedRows {
    /// It is an error, and the first row counts.
    case rejected
    /// It replaces the earlier row, silently.
    case lastWins
  }

  /// The rows of `table` by actor id, each with one integer in `range` per column: a row naming
  /// none of the `actors` (those of `declaredIn`) is an error.
  private static func rows(
    of table: CSVTable, actors: [String], declaredIn source: String, columns: [String], range: ClosedRange<Int>,
    repeats: RepeatedRows, diagnostics: inout DiagnosticCollector
  ) -> [String: [Int]] {
    let known = Set(actors)
    var rows: [String: [Int]] = [:]
    for record in table.records {
      guard let idCell = record.first else { continue }
      guard known.contains(idCell.text) else {
        diagnostics.error(
          idCell.location, "row", "the row '\(idCell.text)' names no actor of \(source)",
          hint: DidYouMean.hint(for: idCell.text, among: actors))
        continue
      }
      if repeats == .rejected, rows[idCell.text] != nil {
        diagnostics.error(idCell.location, "row", "a second row for '\(idCell.text)'")
        continue
      }
      rows[idCell.text] = integers(
        record, count: columns.count, range: range, columns: columns, diagnostics: &diagnostics)
    }
    return rows
  }

  private static func integers(
    _ record: [CSVTable.Cell], count: Int, range: ClosedRange<Int>, columns: [String],
    diagnostics: inout DiagnosticCollector
  ) -> [Int] {
    var values: [Int] = []
    for index in 0..<count {
      let position = index + 1
      guard position < record.count, !record[position].text.isEmpty else {
        let location = record.last.map { SourcePosition(line: $0.location.line, column: $0.location.column) }
        diagnostics.error(
          location, "column '\(columns[index])'", "missing value",
          hint: "every row has one integer per column (\(range.lowerBound)…\(range.upperBound))")
        values.append(0)
        continue
      }
      let cell = record[position]
      guard let value = Int(cell.text), range.contains(value) else {
        diagnostics.error(
          cell.location, "column '\(columns[index])'",
          "'\(cell.text)' is not an integer in \(range.lowerBound)…\(range.upperBound)")
        values.append(0)
        continue
      }
      values.append(value)
    }
    if record.count > count + 1 {
      diagnostics.error(record[count + 1].location, "row", "more cells than the header has columns")
    }
    return values
  }
}
