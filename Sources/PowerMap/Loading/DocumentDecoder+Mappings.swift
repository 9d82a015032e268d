extension DocumentDecoder {
  /// Reads `node` as a mapping of the `allowed` keys: `read` takes the values it knows, then the
  /// keys left unread, or repeated, are reported under `path`. nil (reported) when `node` is not a
  /// mapping.
  @discardableResult
  mutating func readMapping<Value>(
    _ node: DocumentNode, allowing allowed: [String], path: @autoclosure () -> String, what: @autoclosure () -> String,
    _ read: (inout DocumentDecoder, inout MappingReader) -> Value
  ) -> Value? {
    guard var reader = MappingReader(node, allowing: allowed, path: path(), what: what(), diagnostics: &diagnostics)
    else { return nil }
    let value = read(&self, &reader)
    reader.finish(path: { Self.path(path(), $0) }, diagnostics: &diagnostics)
    return value
  }

  /// ``readMapping(_:allowing:path:what:_:)`` for a value that any error in the mapping voids: nil
  /// when `read` gives nil or when an error was recorded while the mapping was read.
  mutating func decodeMapping<Value>(
    _ node: DocumentNode, allowing allowed: [String], path: @autoclosure () -> String, what: @autoclosure () -> String,
    _ read: (inout DocumentDecoder, inout MappingReader) -> Value?
  ) -> Value? {
    let errorsBefore = diagnostics.errorCount
    let value = readMapping(node, allowing: allowed, path: path(), what: what(), read) ?? nil
    return diagnostics.errorCount == errorsBefore ? value : nil
  }

  /// The optional number under `key` of the mapping at `path`, within `range`; nil when absent or
  /// invalid (reported).
  mutating func number(
    at key: String, of reader: inout MappingReader, _ path: @autoclosure () -> String, in range: ClosedRange<Double>,
    openLowerBound: Bool = false
  ) -> Double? {
    reader.value(key).flatMap { number($0, Self.path(path(), key), in: range, openLowerBound: openLowerBound) }
  }

  /// The required number under `key` of the mapping at `path`, within `range`; nil when missing or
  /// invalid (reported).
  mutating func requiredNumber(
    _ key: String, of reader: inout MappingReader, _ path: @autoclosure () -> String, what: String,
    in range: ClosedRange<Double>
  ) -> Double? {
    require(key, in: &reader, path(), what: what).flatMap { number($0, Self.path(path(), key), in: range) }
  }

  /// The optional text under `key` of the mapping at `path`; nil when absent or invalid (reported).
  mutating func text(
    at key: String, of reader: inout MappingReader, _ path: @autoclosure () -> String, _ kind: TextKind
  ) -> String? {
    reader.value(key).flatMap { text($0, Self.path(path(), key), kind) }
  }

  /// The required `id` of a commitment or obstacle (`what`) at `path`; an id declared before is an
  /// error that points at the first declaration, and is still returned.
  mutating func uniqueID(
    of reader: inout MappingReader, _ path: String, what: String, firstLine: inout [String: Int]
  ) -> String? {
    guard let node = require("id", in: &reader, path, what: what), let id = id(node, "\(path).id") else {
      return nil
    }
    if let line = firstLine[id] {
      diagnostics.error(
        node.location, "\(path).id", "duplicate \(what) id '\(id)'", hint: "first declared at line \(line)")
    } else {
      firstLine[id] = node.location.line
    }
    return id
  }

  /// The required id under `key` of the mapping at `path`, with where it stands (for the reference
  /// check made once the mapping is read); nil when missing or invalid (reported).
  mutating func requiredID(
    _ key: String, of reader: inout MappingReader, _ path: @autoclosure () -> String, what: String
  ) -> (id: String, location: SourcePosition)? {
    guard let node = require(key, in: &reader, path(), what: what), let id = id(node, Self.path(path(), key)) else {
      return nil
    }
    return (id, node.location)
  }

  /// The path of `key` in the mapping at `base` (the key alone at the top of a file).
  static func path(_ base: String, _ key: String) -> String {
    base.isEmpty ? key : "\(base).\(key)"
  }
}
