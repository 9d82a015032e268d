import Yams

/// Reads YAML through Yams (libyaml) into a ``DocumentNode`` tree.
///
/// Guards against hostile input: libyaml refuses nesting deeper than 1,000 levels, and the
/// conversion counts nodes so that an alias bomb ("billion laughs"), which Yams keeps compact by
/// sharing, cannot expand into an exponential tree: past ``nodeBudget(forByteCount:)`` nodes the
/// document is refused.
enum YAMLDocumentReader {
  struct ReadError: Error {
    var location: SourcePosition?
    var message: String
    var hint: String?
  }

  /// At most ten nodes per byte of input (plus a floor): far more than any real model, far
  /// less than a few nested aliases can expand to.
  static func nodeBudget(forByteCount count: Int) -> Int { 10 * count + 10_000 }

  static func read(_ text: String, byteCount: Int) throws(ReadError) -> DocumentNode? {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text, .basic)
    } catch let error as YamlError {
      var readError = convert(error)
      // libyaml's reader (e.g. a raw control character) reports a byte offset, not a mark.
      if case .reader(_, let offset?, _, _) = error { readError.location = position(ofByte: offset, in: text) }
      throw readError
    } catch {
      throw ReadError(location: nil, message: "could not parse YAML: \(error)")
    }
    guard let root else { return nil }
    var budget = nodeBudget(forByteCount: byteCount)
    return try convert(root, budget: &budget)
  }

  /// The line and column (counted in Unicode scalars) of the UTF-8 byte `offset` of `text`.
  static func position(ofByte offset: Int, in text: String) -> SourcePosition {
    var position = SourcePosition(line: 1, column: 1)
    for byte in text.utf8.prefix(offset) {
      if byte == 0x0A {
        position = SourcePosition(line: position.line + 1, column: 1)
      } else if byte & 0xC0 != 0x80 {
        position.column += 1
      }
    }
    return position
  }

  private static func location(_ mark: Mark?) -> SourcePosition {
    SourcePosition(line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  private static func convert(_ node: Node, budget: inout Int) throws(ReadError) -> DocumentNode {
    budget -= 1
    if budget < 0 {
      throw ReadError(
        location: location(node.mark),
        message: "the document expands to too many values (an alias bomb?)",
        hint: "a model needs no YAML aliases; write the values out")
    }
    switch node {
    case .scalar(let scalar):
      let style: DocumentNode.ScalarStyle =
        scalar.style == .plain && scalar.tag.description != Tag.Name.str.rawValue ? .plain : .text
      return DocumentNode(.scalar(scalar.string, style), at: location(scalar.mark))
    case .sequence(let sequence):
      var elements: [DocumentNode] = []
      elements.reserveCapacity(sequence.count)
      for element in sequence {
        elements.append(try convert(element, budget: &budget))
      }
      return DocumentNode(.sequence(elements), at: location(sequence.mark))
    case .mapping(let mapping):
      var entries: [DocumentNode.Entry] = []
      entries.reserveCapacity(mapping.count)
      for (key, value) in mapping {
        guard case .scalar(let keyScalar) = key else {
          throw ReadError(
            location: location(key.mark), message: "a mapping key must be plain text, not a list or mapping")
        }
        let converted = try convert(value, budget: &budget)
        entries.append(.init(key: keyScalar.string, keyLocation: location(keyScalar.mark), value: converted))
      }
      return DocumentNode(.mapping(entries), at: location(mapping.mark))
    case .alias(let alias):
      throw ReadError(location: location(alias.mark), message: "unresolved YAML alias")
    }
  }

  private static func convert(_ error: YamlError) -> ReadError {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      var message = "invalid YAML: \(problem)"
      if let context { message += " (\(context.text))" }
      var hint: String?
      if problem.contains("Maximum nesting level") {
        message = "the document nests deeper than 1,000 levels"
        hint = nil
      } else if problem.contains("found character that cannot start any token") {
        hint = "YAML indents with spaces, not tabs; quote text that starts with @, ` or %"
      } else if problem.contains("mapping values are not allowed") {
        hint = "put text containing ': ' in quotes"
      }
      return ReadError(location: location(mark), message: message, hint: hint)
    case .duplicatedKeysInMapping(let duplicates, let context):
      return ReadError(
        location: location(context.mark),
        message: "duplicate key '\(duplicates.joined(separator: "', '"))' in a mapping",
        hint: "each key may appear once; merge the two entries")
    case .reader(let problem, let offset, _, _):
      return ReadError(
        location: nil,
        message: "unreadable YAML: \(problem)" + (offset.map { " at byte \($0)" } ?? ""))
    default:
      return ReadError(location: nil, message: "could not parse YAML: \(error)")
    }
  }
}
