extension SpreadsheetSheet {
  /// Columns read as numbers (a decimal comma `0,7` is read as 0.7).
  private static let numberColumns: Set = [
    "power", "interest", "stance", "stubbornness", "uncertainty", "legitimacy", "urgency", "weight", "threshold",
    "severity",
  ]
  /// Columns that name actors, by id or by name (see ``SpreadsheetActors``).
  private static let actorColumns: Set = [
    "from", "to", "owner", "authority", "acceptance", "ability", "holders", "mitigators",
  ]
  private static let needsColumns: Set = ["authority", "acceptance", "ability"]

  /// The records as a list of mappings keyed by the model's keys, each value located at its
  /// cell; empty cells are absent. A commitment's authority, acceptance and ability go under
  /// `needs`; actors without an id column get their derived ids.
  func document(actors: SpreadsheetActors) -> DocumentNode {
    var rows: [DocumentNode] = []
    rows.reserveCapacity(table.records.count)
    // Kinds, levels and actor names repeat from row to row: each is translated once.
    var translated: [String: [String: String]] = [:]
    for (number, record) in table.records.enumerated() {
      let rowStart = record.first?.location ?? SourcePosition(line: 1, column: 1)
      var entries: [DocumentNode.Entry] = []
      var needs: [DocumentNode.Entry] = []
      for (column, cell) in record.enumerated() where !cell.text.isEmpty {
        guard column < keys.count else {
          // Reported by the decoder as an unknown key, at the cell.
          let value = DocumentNode(.scalar(cell.text, .text), at: cell.location)
          entries.append(.init(key: "column \(column + 1)", keyLocation: cell.location, value: value))
          continue
        }
        guard let key = keys[column] else { continue }
        let entry = DocumentNode.Entry(
          key: key, keyLocation: cell.location, value: node(cell, key: key, actors: actors, translated: &translated))
        if kind == .commitments, Self.needsColumns.contains(key) { needs.append(entry) } else { entries.append(entry) }
      }
      if kind == .actors, number < actors.derivedIDs.count {
        let location = entries.first { $0.key == "short" || $0.key == "name" }?.keyLocation ?? rowStart
        let id = DocumentNode(.scalar(actors.derivedIDs[number], .text), at: location)
        entries.insert(.init(key: "id", keyLocation: location, value: id), at: 0)
      }
      if kind == .commitments {
        entries.append(.init(key: "needs", keyLocation: rowStart, value: DocumentNode(.mapping(needs), at: rowStart)))
      }
      rows.append(DocumentNode(.mapping(entries), at: rowStart))
    }
    return DocumentNode(.sequence(rows), at: SourcePosition(line: 1, column: 1))
  }

  /// The value of one cell of column `key`.
  private func node(
    _ cell: CSVTable.Cell, key: String, actors: SpreadsheetActors, translated: inout [String: [String: String]]
  ) -> DocumentNode {
    let namesActors = Self.actorColumns.contains(key)
    if kind.listColumns.contains(key) {
      let separators: Set<Character> = key == "tags" ? ["|"] : ["|", ";", ","]
      let parts = cell.text.split(whereSeparator: { separators.contains($0) }).map { String($0).trimmingSpaces }
      let elements = parts.filter { !$0.isEmpty }.map { part in
        DocumentNode(.scalar(namesActors ? actors.id(for: part) : part, .text), at: cell.location)
      }
      return DocumentNode(.sequence(elements), at: cell.location)
    }
    if Self.numberColumns.contains(key) {
      let text = Self.isDecimalComma(cell.text) ? String(cell.text.map { $0 == "," ? "." : $0 }) : cell.text
      return DocumentNode(.scalar(text, .plain), at: cell.location)
    }
    guard key == "kind" || key == "level" || namesActors else {
      return DocumentNode(.scalar(cell.text, .text), at: cell.location)
    }
    if let text = translated[key]?[cell.text] { return DocumentNode(.scalar(text, .text), at: cell.location) }
    let text =
      namesActors ? actors.id(for: cell.text) : SpreadsheetVocabulary.value(cell.text, column: key, sheet: kind)
    translated[key, default: [:]][cell.text] = text
    return DocumentNode(.scalar(text, .text), at: cell.location)
  }

  /// `0,7` or `-12,5`: digits, one comma, digits.
  static func isDecimalComma(_ text: String) -> Bool {
    let parts = text.split(separator: ",", omittingEmptySubsequences: false)
    guard parts.count == 2 else { return false }
    let whole = parts[0].hasPrefix("-") || parts[0].hasPrefix("+") ? parts[0].dropFirst() : parts[0]
    return !whole.isEmpty && !parts[1].isEmpty && whole.allSatisfy { $0.isASCII && $0.isNumber }
      && parts[1].allSatisfy { $0.isASCII && $0.isNumber }
  }
}
