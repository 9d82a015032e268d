/// Builds a model from a workshop spreadsheet: `actors.csv`, and optionally `relations.csv`,
/// `commitments.csv` and `obstacles.csv`, each with a header row naming its columns in any order,
/// in English (the model's keys) or Spanish (`nombre, tipo, nivel, poder, interés, postura`).
///
/// The cells become a located document that goes through the same decoder as model files, so a
/// spreadsheet gets exactly the checks (and messages) a YAML file gets, located at the cell as
/// `FILE:LINE:COLUMN`. Where `;` separates cells, a decimal comma (`0,7`) is read as 0.7, as
/// spreadsheets in Spanish write it. Several tags go in one cell separated by `|`; lists of ids
/// (a commitment's needs, an obstacle's blocks, holders and mitigators) by `|` or `;`.
package enum SpreadsheetImporter {
  /// The spreadsheet files of one workshop: actors, and optionally the other sheets.
  package struct Files: Sendable {
    package var actors: String
    package var relations: String?
    package var commitments: String?
    package var obstacles: String?
    /// `actor,commitment,stance`: the actors' positions on particular commitments.
    package var positions: String?

    package init(
      actors: String, relations: String? = nil, commitments: String? = nil, obstacles: String? = nil,
      positions: String? = nil
    ) {
      self.actors = actors
      self.relations = relations
      self.commitments = commitments
      self.obstacles = obstacles
      self.positions = positions
    }
  }

  package static func importModel(
    actorsFile: String, relationsFile: String?, name: String, language: String = "es"
  ) throws(DiagnosticsError) -> Model {
    try importModel(Files(actors: actorsFile, relations: relationsFile), name: name, language: language)
  }

  package static func importModel(_ files: Files, name: String, language: String = "es") throws(DiagnosticsError)
    -> Model
  {
    let actors = try SpreadsheetSheet(file: files.actors, kind: .actors, rowsAre: "actor")
    var others: [SpreadsheetSheet] = []
    let optional: [(String?, SpreadsheetVocabulary.Sheet, String)] = [
      (files.relations, .relations, "relation"), (files.commitments, .commitments, "commitment"),
      (files.obstacles, .obstacles, "obstacle"), (files.positions, .positions, "position"),
    ]
    for case (let file?, let kind, let what) in optional {
      others.append(try SpreadsheetSheet(file: file, kind: kind, rowsAre: what))
    }
    let headerProblems = ([actors] + others).flatMap(\.problems)
    guard headerProblems.isEmpty else { throw DiagnosticsError(headerProblems) }
    guard !actors.table.records.isEmpty else {
      throw DiagnosticsError([
        Diagnostic(
          .error, file: files.actors, location: actors.table.header.first?.location, path: "header",
          message: "the sheet has a header row but no actors below it", hint: "add one row per actor")
      ])
    }
    let directory = SpreadsheetActors(actors)
    let start = SourcePosition(line: 1, column: 1)
    func entry(_ key: String, _ value: DocumentNode) -> DocumentNode.Entry {
      .init(key: key, keyLocation: start, value: value)
    }
    var actorRows = actors.document(actors: directory)
    var positionProblems: [Diagnostic] = []
    for sheet in others where sheet.kind == .positions {
      positionProblems += sheet.addPositions(to: &actorRows, actors: directory)
    }
    var entries = [
      entry("schema", DocumentNode(.scalar(Model.schemaIdentifier, .text), at: start)),
      entry("name", DocumentNode(.scalar(name, .text), at: start)),
      entry("language", DocumentNode(.scalar(language, .text), at: start)),
      entry("actors", actorRows),
    ]
    for sheet in others where sheet.kind != .positions {
      entries.append(entry(sheet.kind.section, sheet.document(actors: directory)))
    }
    var decoder = DocumentDecoder(file: files.actors)
    let model = decoder.decodeModel(DocumentNode(.mapping(entries), at: start))
    // An actor without relations is common in a first workshop sheet; it is not worth a warning.
    let sheets = [actors] + others
    // Sheet by sheet, each by line (then in the order found).
    let decoded = decoder.diagnostics.finished().filter { !$0.message.hasSuffix("has no relations") }
    let diagnostics = (decoded.map { locate($0, sheets: sheets) } + positionProblems).enumerated().map { ($1, $0) }
      .sorted { lhs, rhs in
        let left = sheets.firstIndex { $0.file == lhs.0.file } ?? 0
        let right = sheets.firstIndex { $0.file == rhs.0.file } ?? 0
        return (left, lhs.0.line ?? 0, lhs.1) < (right, rhs.0.line ?? 0, rhs.1)
      }.map(\.0)
    let errors = diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty, let model else { throw DiagnosticsError(errors.isEmpty ? diagnostics : errors) }
    return model
  }

  /// Puts a problem in the file of its sheet, and names the column as the sheet's header does:
  /// `actors[3].power` becomes `column 'poder'` (the line already names the row).
  private static func locate(_ diagnostic: Diagnostic, sheets: [SpreadsheetSheet]) -> Diagnostic {
    var diagnostic = diagnostic
    let path = diagnostic.path
    if path.contains(".positions"), let positions = sheets.first(where: { $0.kind == .positions }) {
      // A position's commitment or stance, located at its cell of positions.csv.
      diagnostic.file = positions.file
      let column = diagnostic.message.hasPrefix("unknown commitment") ? "commitment" : "stance"
      diagnostic.path = "column '\(positions.columnName(column))'"
      return diagnostic
    }
    guard let sheet = sheets.first(where: { path.hasPrefix($0.kind.section + "[") }) else { return diagnostic }
    diagnostic.file = sheet.file
    guard let close = path.firstIndex(of: "]") else { return diagnostic }
    var rest = path[path.index(after: close)...]
    guard rest.first == "." else {
      diagnostic.path = "row"
      let missing = "missing required key '"
      if diagnostic.message.hasPrefix(missing), diagnostic.message.hasSuffix("'") {
        let key = String(diagnostic.message.dropFirst(missing.count).dropLast())
        diagnostic.message = "the cell of column '\(sheet.columnName(key))' is empty"
      }
      return diagnostic
    }
    rest = rest.dropFirst()
    if rest.hasPrefix("needs.") { rest = rest.dropFirst("needs.".count) }
    if rest.hasPrefix("column ") {
      // A cell past the header's last column (see SpreadsheetSheet.document).
      diagnostic.path = "row"
      diagnostic.message = "a cell beyond the header's last column"
      diagnostic.hint = "the header has \(sheet.keys.count) columns; name the column or empty the cell"
      return diagnostic
    }
    let key = rest.prefix { $0 != "[" && $0 != "." }
    let item = rest.dropFirst(key.count).dropFirst().prefix { $0.isNumber }
    diagnostic.path =
      "column '\(sheet.columnName(String(key)))'" + (Int(item).map { ", item \($0 + 1)" } ?? "")
    return diagnostic
  }
}

extension SpreadsheetVocabulary.Sheet {
  /// The model's key for the list of this sheet's rows.
  var section: String {
    switch self {
    case .actors: "actors"
    case .relations: "relations"
    case .commitments: "commitments"
    case .obstacles: "obstacles"
    case .positions: "positions"
    }
  }
}
