/// Reads the keys of one mapping node, remembering which were asked for, so that the keys
/// nobody asked for can be reported as unknown (with a did-you-mean among the allowed ones).
struct MappingReader {
  let node: DocumentNode
  let entries: [DocumentNode.Entry]
  /// The keys this kind of mapping allows, for the hint on an unknown key.
  let allowedKeys: [String]
  /// Bit i set: entry i was asked for. Mappings of more than 64 keys fall back to `usedBeyond`.
  private var used: UInt64 = 0
  private var usedBeyond: Set<Int> = []

  /// nil (with an error recorded) when the node is not a mapping.
  init?(
    _ node: DocumentNode, allowing allowedKeys: [String], path: @autoclosure () -> String,
    what: @autoclosure () -> String, diagnostics: inout DiagnosticCollector
  ) {
    guard case .mapping(let entries) = node.content else {
      diagnostics.error(node.location, path(), "expected \(what()) (a mapping of keys), found \(node.kindDescription)")
      return nil
    }
    self.node = node
    self.entries = entries
    self.allowedKeys = allowedKeys
  }

  /// The value of `key`, or nil when absent (or null, when `nullIsAbsent`).
  mutating func value(_ key: String, nullIsAbsent: Bool = true) -> DocumentNode? {
    var found: DocumentNode?
    for index in entries.indices where entries[index].key == key {
      markUsed(index)
      if found == nil { found = entries[index].value }
    }
    if let found, nullIsAbsent, found.isNull { return nil }
    return found
  }

  private mutating func markUsed(_ index: Int) {
    if index < 64 { used |= 1 << UInt64(index) } else { usedBeyond.insert(index) }
  }

  private func isUsed(_ index: Int) -> Bool {
    index < 64 ? used & (1 << UInt64(index)) != 0 : usedBeyond.contains(index)
  }

  /// Whether the mapping has `key` at all.
  func contains(_ key: String) -> Bool { entries.contains { $0.key == key } }

  /// Reports unknown and repeated keys. Call after every allowed key has been read.
  func finish(path: (String) -> String, diagnostics: inout DiagnosticCollector) {
    for index in entries.indices {
      let entry = entries[index]
      if !isUsed(index) {
        diagnostics.error(
          entry.keyLocation, path(Diagnostic.excerpt(entry.key)), "unknown key '\(Diagnostic.excerpt(entry.key))'",
          hint: DidYouMean.hint(for: entry.key, among: allowedKeys))
      } else if entries[..<index].contains(where: { $0.key == entry.key }) {
        diagnostics.error(
          entry.keyLocation, path(entry.key),
          "the key '\(Diagnostic.excerpt(entry.key))' appears twice in the same mapping",
          hint: "keep one of them")
      }
    }
  }
}

/// The keys each kind of mapping in a model file allows, in the order the docs list them.
enum AllowedKeys {
  static let model = [
    "schema", "name", "language", "defaults", "actors", "relations", "commitments", "obstacles", "scenarios",
  ]
  static let defaults = ["stubbornness", "threshold", "uncertainty"]
  static let actor = [
    "id", "name", "short", "kind", "level", "power", "interest", "stance", "stubbornness", "uncertainty",
    "legitimacy", "urgency", "affiliation", "tags", "positions",
  ]
  static let relation = ["from", "to", "kind", "weight"]
  static let commitment = ["id", "title", "owner", "needs", "threshold"]
  static let needs = ["authority", "acceptance", "ability"]
  static let obstacle = ["id", "kind", "title", "blocks", "severity", "holders", "mitigators"]
  static let scenario = ["id", "title", "description", "steps"]
  static let set = ["actor", "power", "interest", "stance", "affiliation", "commitment"]
  static let shift = ["actor", "stance", "power", "interest", "commitment"]
  static let transition = ["actors", "affiliation", "kinds", "to", "stance", "shift", "power"]
  static let cut = ["from", "to", "kind"]
}
