/// The actors of an actors sheet as the other sheets may name them: by id, or by name or short
/// name (any case and accents) when that names exactly one actor. When the sheet has no `id`
/// column, each actor's id is made from its short name, or else its name: accents folded, lower
/// case, words joined by `-`, made unique with `-2`, `-3`, ….
struct SpreadsheetActors {
  /// Per record of the actors sheet: the id derived for it; empty when the sheet has an id column.
  private(set) var derivedIDs: [String] = []
  private var ids: Set<String> = []
  private var byName: [String: [String]] = [:]

  init(_ sheet: SpreadsheetSheet) {
    let column = Dictionary(
      sheet.keys.enumerated().compactMap { index, key in key.map { ($0, index) } },
      uniquingKeysWith: { first, _ in first })
    func cell(_ record: [CSVTable.Cell], _ key: String) -> String? {
      guard let index = column[key], index < record.count, !record[index].text.isEmpty else { return nil }
      return record[index].text
    }
    let deriving = column["id"] == nil
    // The next suffix to try per base, so that many actors of one name take linear time.
    var nextSuffix: [String: Int] = [:]
    for (number, record) in sheet.table.records.enumerated() {
      var id = cell(record, "id") ?? ""
      if deriving {
        let slug = DidYouMean.idSlug(cell(record, "short") ?? cell(record, "name") ?? "")
        let base = slug.isEmpty ? "actor-\(number + 1)" : slug
        id = base
        var suffix = nextSuffix[base, default: 2]
        while ids.contains(id) {
          id = base + "-\(suffix)"
          suffix += 1
        }
        nextSuffix[base] = suffix
        derivedIDs.append(id)
      }
      ids.insert(id)
      for name in [cell(record, "name"), cell(record, "short")].compactMap({ $0 }) {
        byName[SpreadsheetVocabulary.fold(name), default: []].append(id)
      }
    }
  }

  /// The id an actor reference means: itself when it is an id, else the one actor so named.
  func id(for reference: String) -> String {
    if ids.contains(reference) { return reference }
    guard let matches = byName[SpreadsheetVocabulary.fold(reference)] else { return reference }
    // A name resolves only to a valid id, so an actor declared with an invalid id is never
    // offered in place of a reference that is itself a valid id.
    let distinct = Set(matches)
    return distinct.count == 1 && DocumentDecoder.isValidID(matches[0]) ? matches[0] : reference
  }
}
