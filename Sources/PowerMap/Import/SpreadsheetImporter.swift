/// Builds a model from a workshop spreadsheet: `actors.csv` (columns named as the actor keys,
/// any order) and `relations.csv` (`from,to,kind[,weight]`).
///
/// The cells become a located document that goes through the same decoder as model files, so a
/// spreadsheet gets exactly the checks (and messages) a YAML file gets, located at the cell as
/// `FILE:LINE:COLUMN`. Where `;` separates cells, a decimal comma (`0,7`) is read as 0.7, as
/// spreadsheets in Spanish write it. Several tags go in one cell separated by `|`.
public enum SpreadsheetImporter {
  static let relationColumns = ["from", "to", "kind", "weight"]

  public static func importModel(
    actorsFile: String, relationsFile: String?, name: String, language: String = "es"
  ) throws(DiagnosticsError) -> Model {
    let actorTable = try CSVTable(source: SourceText(contentsOf: actorsFile))
    var decoder = DocumentDecoder(file: actorsFile)
    checkHeader(actorTable, known: AllowedKeys.actor, file: actorsFile, decoder: &decoder)
    try requireColumns(
      ["id", "name", "kind", "level", "power", "interest", "stance"], in: actorTable, file: actorsFile)
    let actorsNode = documentList(actorTable, listColumns: ["tags"])
    let nameNode = DocumentNode(.scalar(name, .text), at: SourcePosition(line: 1, column: 1))
    let languageNode = DocumentNode(.scalar(language, .text), at: SourcePosition(line: 1, column: 1))
    let start = SourcePosition(line: 1, column: 1)
    let root = DocumentNode(
      .mapping([
        .init(
          key: "schema", keyLocation: start, value: DocumentNode(.scalar(Model.schemaIdentifier, .text), at: start)),
        .init(key: "name", keyLocation: start, value: nameNode),
        .init(key: "language", keyLocation: start, value: languageNode),
        .init(key: "actors", keyLocation: start, value: actorsNode),
      ]), at: start)
    let actorsOnly = decoder.decodeModel(root)
    // Isolation is judged on the whole model below, not on the actors alone.
    var diagnostics = relabel(decoder.diagnostics.finished(), section: "actors").filter {
      !$0.message.hasSuffix("has no relations")
    }

    var relations: [Relation] = []
    if let relationsFile {
      let relationTable = try CSVTable(source: SourceText(contentsOf: relationsFile))
      var relationDecoder = DocumentDecoder(file: relationsFile, actorIDs: decoder.actorIDs ?? [:])
      checkHeader(relationTable, known: relationColumns, file: relationsFile, decoder: &relationDecoder)
      try requireColumns(["from", "to", "kind"], in: relationTable, file: relationsFile)
      if case .sequence(let rows) = documentList(relationTable, listColumns: []).content {
        for (index, row) in rows.enumerated() {
          if let relation = relationDecoder.decodeRelation(row, index: index) { relations.append(relation) }
        }
      }
      diagnostics += relabel(relationDecoder.diagnostics.finished(), section: "relations")
    }
    let errors = diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty, var model = actorsOnly else { throw DiagnosticsError(errors.isEmpty ? diagnostics : errors) }
    model.relations = relations
    return model
  }

  /// Stops at once when a required column is missing: every row would otherwise repeat it.
  private static func requireColumns(_ required: [String], in table: CSVTable, file: String) throws(DiagnosticsError) {
    let present = Set(table.header.map { $0.text.lowercased() })
    let missing = required.filter { !present.contains($0) }
    guard missing.isEmpty else {
      throw DiagnosticsError(
        missing.map { column in
          Diagnostic(
            .error, file: file, location: SourcePosition(line: 1, column: 1), path: "header",
            message: "missing required column '\(column)'",
            hint: "the header row needs: " + required.joined(separator: ", "))
        })
    }
  }

  /// Reports header cells that name no known column, and required columns that are missing.
  private static func checkHeader(
    _ table: CSVTable, known: [String], file: String, decoder: inout DocumentDecoder
  ) {
    for cell in table.header where !known.contains(cell.text.lowercased()) {
      decoder.diagnostics.error(
        cell.location, "column '\(cell.text)'", "unknown column '\(cell.text)'",
        hint: DidYouMean.hint(for: cell.text, among: known, listUpTo: 20))
    }
  }

  /// The records as a list of mappings keyed by the (lower-cased) header; empty cells are absent.
  private static func documentList(_ table: CSVTable, listColumns: Set<String>) -> DocumentNode {
    let keys = table.header.map { $0.text.lowercased() }
    let decimalComma = table.separator == UInt8(ascii: ";")
    var rows: [DocumentNode] = []
    rows.reserveCapacity(table.records.count)
    for record in table.records {
      var entries: [DocumentNode.Entry] = []
      for (column, cell) in record.enumerated() where !cell.text.isEmpty {
        let key = column < keys.count ? keys[column] : "column \(column + 1)"
        let value: DocumentNode
        if listColumns.contains(key) {
          let parts = cell.text.split(separator: "|").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
          value = DocumentNode(
            .sequence(parts.map { DocumentNode(.scalar($0, .text), at: cell.location) }), at: cell.location)
        } else {
          var text = cell.text
          if decimalComma, isDecimalComma(text) { text = text.replacingComma() }
          value = DocumentNode(.scalar(text, .plain), at: cell.location)
        }
        entries.append(.init(key: key, keyLocation: cell.location, value: value))
      }
      let location = record.first?.location ?? SourcePosition(line: 1, column: 1)
      rows.append(DocumentNode(.mapping(entries), at: location))
    }
    return DocumentNode(.sequence(rows), at: SourcePosition(line: 1, column: 1))
  }

  private static func isDecimalComma(_ text: String) -> Bool {
    let parts = text.split(separator: ",", omittingEmptySubsequences: false)
    guard parts.count == 2 else { return false }
    let whole = parts[0].hasPrefix("-") ? parts[0].dropFirst() : parts[0]
    return !whole.isEmpty && !parts[1].isEmpty && whole.allSatisfy(\.isASCIIDigit)
      && parts[1].allSatisfy(\.isASCIIDigit)
  }

  /// Paths such as `actors[3].power` become `column 'power'`: in a spreadsheet the line already
  /// names the row.
  private static func relabel(_ diagnostics: [Diagnostic], section: String) -> [Diagnostic] {
    diagnostics.map { diagnostic in
      var diagnostic = diagnostic
      let path = diagnostic.path
      if path.hasPrefix(section + "["), let dot = path.firstIndex(of: ".") {
        diagnostic.path = "column '\(path[path.index(after: dot)...])'"
      } else if path.hasPrefix(section + "[") {
        diagnostic.path = "row"
      }
      return diagnostic
    }
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
  fileprivate func replacingComma() -> String {
    String(map { $0 == "," ? "." : $0 })
  }
}
