import Yams

/// Reads YAML through Yams (libyaml) into a ``DocumentNode`` tree.
///
/// Guards against hostile input: libyaml refuses nesting deeper than 1,000 levels, and the
/// conversion counts nodes so that an alias bomb ("billion laughs"), which Yams keeps compact by
/// sharing, cannot expand into an exponential tree: past ``nodeBudget(forByteCount:)`` nodes the
/// document is refused.
///
/// On the way it notes, for the decoder's warnings, the explicit tags it does not understand
/// (anything beyond the core schema's) and the plain scalars that a ` #` comment follows on their
/// line (a `#` in an unquoted title starts a comment and silently cuts it).
enum YAMLDocumentReader {
  /// What the reader noticed besides the tree.
  struct Notes: Sendable {
    /// Explicit tags other than the core schema's, written as in the file (`!foo`, `!!binary`).
    var unknownTags: [(tag: String, location: SourcePosition)] = []
    /// The locations of plain scalars that a comment follows on the same line.
    var commentCuts: Set<SourcePosition> = []
  }

  /// The tags of YAML 1.2's core schema, and the non-specific `!`; the empty name means no tag.
  static let understoodTags: Set<String> = [
    "", "!", Tag.Name.str.rawValue, Tag.Name.seq.rawValue, Tag.Name.map.rawValue, Tag.Name.bool.rawValue,
    Tag.Name.int.rawValue, Tag.Name.float.rawValue, Tag.Name.null.rawValue,
  ]

  /// The state of one conversion: the node budget, the lines holding a `#`, and the notes.
  private struct Conversion {
    var budget: Int
    let commentedLines: [Int: Substring]
    var notes = Notes()
    /// Where unknown tags were noted: a node shared through aliases is noted once.
    var tagLocations: Set<SourcePosition> = []
  }

  struct ReadError: Error {
    var location: SourcePosition?
    var message: String
    var hint: String?
  }

  /// At most ten nodes per byte of input (plus a floor): far more than any real model, far
  /// less than a few nested aliases can expand to.
  static func nodeBudget(forByteCount count: Int) -> Int { 10 * count + 10_000 }

  static func read(_ text: String, byteCount: Int) throws(ReadError) -> DocumentNode? {
    var notes = Notes()
    return try read(text, byteCount: byteCount, notes: &notes)
  }

  /// Reads `text`, recording in `notes` what the decoder should warn about.
  static func read(_ text: String, byteCount: Int, notes: inout Notes) throws(ReadError) -> DocumentNode? {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text, .basic)
    } catch let error as YamlError {
      throw convert(error, in: text)
    } catch {
      throw ReadError(location: nil, message: "could not parse YAML: \(error)")
    }
    guard let root else { return nil }
    var conversion = Conversion(
      budget: nodeBudget(forByteCount: byteCount), commentedLines: commentedLines(of: text))
    let document = try convert(root, &conversion)
    notes = conversion.notes
    return document
  }

  /// The lines (1-based) that hold a `#`, as slices of `text`.
  private static func commentedLines(of text: String) -> [Int: Substring] {
    let utf8 = text.utf8
    guard utf8.contains(UInt8(ascii: "#")) else { return [:] }
    var lines: [Int: Substring] = [:]
    var line = 1
    var start = utf8.startIndex
    var hasHash = false
    var index = start
    while index != utf8.endIndex {
      let byte = utf8[index]
      if byte == 0x0A {
        if hasHash { lines[line] = text[start..<index] }
        line += 1
        start = utf8.index(after: index)
        hasHash = false
      } else if byte == UInt8(ascii: "#") {
        hasHash = true
      }
      index = utf8.index(after: index)
    }
    if hasHash { lines[line] = text[start..<utf8.endIndex] }
    return lines
  }

  /// Whether, on `line`, the plain scalar `value` that starts at `column` is followed by ` #`.
  private static func isFollowedByComment(_ value: String, on line: Substring, column: Int) -> Bool {
    let scalars = line.unicodeScalars
    guard !value.isEmpty, column >= 1, !value.contains("\n"),
      let start = scalars.index(scalars.startIndex, offsetBy: column - 1, limitedBy: scalars.endIndex)
    else { return false }
    var rest = scalars[start...]
    guard rest.starts(with: value.unicodeScalars) else { return false }
    rest = rest.dropFirst(value.unicodeScalars.count)
    guard let first = rest.first, first == " " || first == "\t" else { return false }
    while let next = rest.first, next == " " || next == "\t" { rest.removeFirst() }
    return rest.first == "#"
  }

  /// Notes an explicit tag outside the core schema.
  private static func checkTag(_ tag: Tag, at location: SourcePosition, _ conversion: inout Conversion) {
    let name = tag.description
    guard !understoodTags.contains(name), conversion.tagLocations.insert(location).inserted else { return }
    let prefix = "tag:yaml.org,2002:"
    let written = name.hasPrefix(prefix) ? "!!" + name.dropFirst(prefix.count) : name
    conversion.notes.unknownTags.append((Diagnostic.excerpt(written), location))
  }

  private static func location(_ mark: Mark?) -> SourcePosition {
    SourcePosition(line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  private static func convert(_ node: Node, _ conversion: inout Conversion) throws(ReadError) -> DocumentNode {
    conversion.budget -= 1
    if conversion.budget < 0 {
      throw ReadError(
        location: location(node.mark),
        message: "the document expands to too many values (an alias bomb?)",
        hint: "a model needs no YAML aliases; write the values out")
    }
    switch node {
    case .scalar(let scalar):
      let style: DocumentNode.ScalarStyle =
        scalar.style == .plain && scalar.tag.description != Tag.Name.str.rawValue ? .plain : .text
      let position = location(scalar.mark)
      checkTag(scalar.tag, at: position, &conversion)
      if scalar.style == .plain, let line = conversion.commentedLines[position.line],
        isFollowedByComment(scalar.string, on: line, column: position.column)
      {
        conversion.notes.commentCuts.insert(position)
      }
      return DocumentNode(.scalar(scalar.string, style), at: position)
    case .sequence(let sequence):
      checkTag(sequence.tag, at: location(sequence.mark), &conversion)
      var elements: [DocumentNode] = []
      elements.reserveCapacity(sequence.count)
      for element in sequence {
        elements.append(try convert(element, &conversion))
      }
      return DocumentNode(.sequence(elements), at: location(sequence.mark))
    case .mapping(let mapping):
      checkTag(mapping.tag, at: location(mapping.mark), &conversion)
      var entries: [DocumentNode.Entry] = []
      entries.reserveCapacity(mapping.count)
      for (key, value) in mapping {
        guard case .scalar(let keyScalar) = key else {
          throw ReadError(
            location: location(key.mark), message: "a mapping key must be plain text, not a list or mapping")
        }
        checkTag(keyScalar.tag, at: location(keyScalar.mark), &conversion)
        let converted = try convert(value, &conversion)
        entries.append(.init(key: keyScalar.string, keyLocation: location(keyScalar.mark), value: converted))
      }
      return DocumentNode(.mapping(entries), at: location(mapping.mark))
    case .alias(let alias):
      throw ReadError(location: location(alias.mark), message: "unresolved YAML alias")
    }
  }

  private static func convert(_ error: YamlError, in text: String) -> ReadError {
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
        message:
          "duplicate key '\(duplicates.prefix(5).map(Diagnostic.excerpt).joined(separator: "', '"))' in a mapping",
        hint: "each key may appear once; merge the two entries")
    case .reader(let problem, let offset, let value, _):
      let position = offset.map { location(ofByte: $0, in: text) }
      if problem.contains("control characters are not allowed"), let scalar = Unicode.Scalar(UInt32(bitPattern: value))
      {
        return ReadError(
          location: position, message: "the file contains the control character \(TextRules.describe(scalar))",
          hint: "remove it: YAML text may hold tabs and line breaks, no other control character")
      }
      return ReadError(
        location: position,
        message: "unreadable YAML: \(problem)" + (position == nil ? offset.map { " at byte \($0)" } ?? "" : ""))
    default:
      return ReadError(location: nil, message: "could not parse YAML: \(error)")
    }
  }

  /// Line and column (in Unicode scalars, as libyaml counts them) of a byte offset in `text`.
  private static func location(ofByte offset: Int, in text: String) -> SourcePosition {
    var line = 1
    var column = 1
    for byte in text.utf8.prefix(offset) {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return SourcePosition(line: line, column: column)
  }
}
