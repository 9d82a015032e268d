extension SpreadsheetSheet {
  /// Adds the rows of this `positions.csv` sheet (`actor, commitment, stance`) to the actors'
  /// mappings in `actorRows` (the actors sheet's document) as their `positions`, each value located
  /// at its cell, so the decoder checks commitment ids and ranges as it does in a model file.
  /// Returns the problems only this sheet can find: an actor no row of actors.csv declares, or a
  /// position given twice.
  func addPositions(to actorRows: inout DocumentNode, actors: SpreadsheetActors) -> [Diagnostic] {
    guard case .sequence(var rows) = actorRows.content else { return [] }
    var rowOfID: [String: Int] = [:]
    for (index, row) in rows.enumerated() {
      if case .mapping(let entries) = row.content, let id = entries.first(where: { $0.key == "id" }),
        case .scalar(let text, _) = id.value.content
      {
        rowOfID[text] = index
      }
    }
    var added: [Int: [DocumentNode.Entry]] = [:]
    var seen = Set<[String]>()
    var problems: [Diagnostic] = []
    for record in table.records where record.contains(where: { !$0.text.isEmpty }) {
      guard let cells = cells(of: record) else {
        problems.append(
          Diagnostic(
            .error, file: file, location: record.first?.location, path: "row",
            message: "a position needs an actor, a commitment and a stance", hint: "fill the row's three cells"))
        continue
      }
      let id = actors.id(for: cells.actor.text)
      guard let row = rowOfID[id] else {
        problems.append(
          Diagnostic(
            .error, file: file, location: cells.actor.location, path: "column '\(columnName("actor"))'",
            message: "unknown actor '\(cells.actor.text)'",
            hint: DidYouMean.suggestion(for: id, among: rowOfID.keys).map { "did you mean '\($0)'?" }
              ?? "name an actor of actors.csv (its id, name or short name)"))
        continue
      }
      guard seen.insert([id, cells.commitment.text]).inserted else {
        problems.append(
          Diagnostic(
            .error, file: file, location: cells.commitment.location, path: "column '\(columnName("commitment"))'",
            message: "a second position of '\(id)' on '\(cells.commitment.text)'", hint: "keep one row per pair"))
        continue
      }
      let text =
        Self.isDecimalComma(cells.stance.text)
        ? String(cells.stance.text.map { $0 == "," ? "." : $0 }) : cells.stance.text
      added[row, default: []].append(
        .init(
          key: cells.commitment.text, keyLocation: cells.commitment.location,
          value: DocumentNode(.scalar(text, .plain), at: cells.stance.location)))
    }
    for (row, entries) in added {
      guard case .mapping(var mapping) = rows[row].content, let location = entries.first?.keyLocation else { continue }
      mapping.append(
        .init(key: "positions", keyLocation: location, value: DocumentNode(.mapping(entries), at: location)))
      rows[row] = DocumentNode(.mapping(mapping), at: rows[row].location)
    }
    actorRows = DocumentNode(.sequence(rows), at: actorRows.location)
    return problems
  }

  /// The actor, commitment and stance cells of a row; nil when one is empty or missing.
  private func cells(of record: [CSVTable.Cell]) -> (
    actor: CSVTable.Cell, commitment: CSVTable.Cell, stance: CSVTable.Cell
  )? {
    func cell(_ key: String) -> CSVTable.Cell? {
      guard let column = keys.firstIndex(of: key), column < record.count, !record[column].text.isEmpty else {
        return nil
      }
      return record[column]
    }
    guard let actor = cell("actor"), let commitment = cell("commitment"), let stance = cell("stance") else {
      return nil
    }
    return (actor, commitment, stance)
  }
}
