/// Reads the keys of one mapping node, remembering which were asked for, so that the keys
/// nobody asked for can be reported as unknown (with a did-you-mean among the known ones).
struct MappingReader {
  let node: DocumentNode
  let entries: [DocumentNode.Entry]
  private var used: [Bool]
  private var known: [String] = []

  /// nil (with an error recorded) when the node is not a mapping.
  init?(
    _ node: DocumentNode, path: @autoclosure () -> String, what: @autoclosure () -> String,
    diagnostics: inout DiagnosticCollector
  ) {
    guard case .mapping(let entries) = node.content else {
      diagnostics.error(node.location, path(), "expected \(what()) (a mapping of keys), found \(node.kindDescription)")
      return nil
    }
    self.node = node
    self.entries = entries
    self.used = Array(repeating: false, count: entries.count)
  }

  /// The value of `key`, or nil when absent (or null, when `nullIsAbsent`).
  mutating func value(_ key: String, nullIsAbsent: Bool = true) -> DocumentNode? {
    known.append(key)
    var found: DocumentNode?
    for index in entries.indices where entries[index].key == key {
      used[index] = true
      if found == nil { found = entries[index].value }
    }
    if let found, nullIsAbsent, found.isNull { return nil }
    return found
  }

  /// Whether the mapping has `key` at all.
  func contains(_ key: String) -> Bool { entries.contains { $0.key == key } }

  /// Reports unknown and repeated keys. Call after every known key has been read.
  func finish(path: (String) -> String, diagnostics: inout DiagnosticCollector) {
    for index in entries.indices {
      let entry = entries[index]
      if !used[index] {
        diagnostics.error(
          entry.keyLocation, path(entry.key), "unknown key '\(entry.key)'",
          hint: DidYouMean.hint(for: entry.key, among: known))
      } else if entries[..<index].contains(where: { $0.key == entry.key }) {
        diagnostics.error(
          entry.keyLocation, path(entry.key), "the key '\(entry.key)' appears twice in the same mapping",
          hint: "keep one of them")
      }
    }
  }
}
