/// Reads the plain shape that large generated models take — block mappings and sequences, one-line
/// flow mappings and lists, ASCII keys and values — straight into the same
/// ``YAMLEventReader`` that libyaml's events feed, in the same order and at the same line and
/// column, without libyaml's per-token copies.
///
/// It accepts only text whose meaning in YAML is plain, and gives up (returns false) at the first
/// byte outside that shape: a comment, tab, carriage return, non-ASCII byte, anchor, alias, tag,
/// single quote, escape, block scalar, document marker, explicit key, empty value, multi-line
/// scalar or flow collection, trailing blank, a `:` inside a value, or a problem of any kind.
/// The caller then reads the whole text again with libyaml, which finds and words every error.
struct YAMLSubsetReader {
  typealias ReadError = YAMLEventReader.ReadError

  let input: UnsafeBufferPointer<UInt8>
  /// Where the next byte is read.
  var position = 0
  /// The current line (1-based) and the offset where it starts.
  var line = 1
  var lineStart = 0
  /// The indent of the current line, whose content starts at `position`; -1 at the end of input.
  var indent = 0

  /// Keys longer than this are left to libyaml (it refuses simple keys beyond 1,024 characters).
  static let maximumKeyLength = 512
  /// Collections nested deeper than this are left to libyaml (which refuses 1,000 levels).
  static let maximumDepth = 100
  /// How many collections are open.
  var depth = 0

  /// Reads `input` into `reader`; false when the text is outside the shape (or `reader` refused
  /// it), and the caller must start again with libyaml.
  static func read(_ input: UnsafeBufferPointer<UInt8>, into reader: inout YAMLEventReader) -> Bool {
    var subset = YAMLSubsetReader(input: input)
    do throws(ReadError) {
      guard subset.startFirstLine(), subset.indent == 0, try subset.blockMapping(&reader) else { return false }
    } catch {
      return false
    }
    return subset.indent == -1 && reader.root != nil && reader.deferred == nil
  }

  /// The tree of `input` when the whole text has the shape this reader takes, else nil.
  static func tree(of input: UnsafeBufferPointer<UInt8>, budget: Int) -> DocumentNode? {
    var reader = YAMLEventReader(
      parser: nil, input: input, comments: YAMLCommentLines(input), remainingBudget: budget)
    return reader.comments.isEmpty && read(input, into: &reader) ? reader.root : nil
  }

  private var location: SourcePosition { SourcePosition(line: line, column: position - lineStart + 1) }

  /// The byte at `offset`, or 0 past the end (no accepted byte is 0).
  private func byte(at offset: Int) -> UInt8 { offset < input.count ? input[offset] : 0 }

  private var isAtLineEnd: Bool { position == input.count || input[position] == 0x0A }

  private var isAtSequenceEntry: Bool {
    byte(at: position) == UInt8(ascii: "-") && byte(at: position + 1) == UInt8(ascii: " ")
  }

  /// Whether a plain key and its `:` (then a blank or the line's end) start at `position`.
  private var isAtKey: Bool {
    var end = position
    while Self.isKeyByte(byte(at: end)) { end += 1 }
    guard end > position, byte(at: end) == UInt8(ascii: ":") else { return false }
    return byte(at: end + 1) == UInt8(ascii: " ") || end + 1 == input.count || byte(at: end + 1) == 0x0A
  }

  // MARK: Lines

  /// Sets `indent` for the first line with content; false when a line holds only blanks.
  private mutating func startFirstLine() -> Bool {
    var offset = 0
    while byte(at: offset) == UInt8(ascii: " ") { offset += 1 }
    if offset == input.count || byte(at: offset) == 0x0A {
      return offset == 0 && advanceLine()
    }
    indent = offset
    position = offset
    return true
  }

  /// Moves past the line break at `position` and any empty lines, to the next line's content;
  /// false when the line goes on (trailing text or blanks) or a line holds only blanks.
  private mutating func advanceLine() -> Bool {
    while true {
      if position == input.count {
        indent = -1
        return true
      }
      guard input[position] == 0x0A else { return false }
      position += 1
      line += 1
      lineStart = position
      var offset = position
      while byte(at: offset) == UInt8(ascii: " ") { offset += 1 }
      if offset == input.count || input[offset] == 0x0A {
        guard offset == position else { return false }
        continue
      }
      indent = offset - position
      position = offset
      return true
    }
  }

  // MARK: Blocks

  /// A block mapping whose first key starts at `position`, on a line indented by `indent`.
  private mutating func blockMapping(_ reader: inout YAMLEventReader) throws(ReadError) -> Bool {
    let own = indent
    guard enter() else { return false }
    reader.open(isMapping: true, at: location, anchor: nil, tag: nil)
    while true {
      guard try key(&reader) else { return false }
      if byte(at: position) == UInt8(ascii: " ") {
        skipSpaces()
        guard try inlineValue(&reader), advanceLine() else { return false }
      } else {
        guard isAtLineEnd, advanceLine(), try nestedBlock(&reader, under: own) else { return false }
      }
      if indent == own && !isAtSequenceEntry { continue }
      guard indent < own else { return false }
      try close(&reader)
      return true
    }
  }

  /// The block that a key ending its line at indent `parent` holds: a more indented mapping, or
  /// a sequence indented as much or more.
  private mutating func nestedBlock(_ reader: inout YAMLEventReader, under parent: Int) throws(ReadError) -> Bool {
    if isAtSequenceEntry && indent >= parent {
      return try blockSequence(&reader, isIndentless: indent == parent)
    }
    return indent > parent ? try blockMapping(&reader) : false
  }

  /// A block sequence whose first `- ` is at `position`; an indentless one (at its key's indent)
  /// ends at the first line of that indent that is no entry.
  private mutating func blockSequence(_ reader: inout YAMLEventReader, isIndentless: Bool) throws(ReadError) -> Bool {
    let own = indent
    guard enter() else { return false }
    reader.open(isMapping: false, at: location, anchor: nil, tag: nil)
    while true {
      position += 1
      skipSpaces()
      if isAtKey {
        // `- key: value`: a block mapping indented to its first key.
        indent = position - lineStart
        guard try blockMapping(&reader) else { return false }
      } else {
        guard try inlineValue(&reader), advanceLine() else { return false }
      }
      if indent == own && isAtSequenceEntry { continue }
      guard indent < own || (indent == own && isIndentless) else { return false }
      try close(&reader)
      return true
    }
  }

  /// A value that fills the rest of its line: a flow collection, a double-quoted or plain scalar.
  private mutating func inlineValue(_ reader: inout YAMLEventReader) throws(ReadError) -> Bool {
    switch byte(at: position) {
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      guard try flowCollection(&reader) else { return false }
    default:
      guard try scalar(&reader, inFlow: false) else { return false }
    }
    return isAtLineEnd
  }

  // MARK: Flow collections

  /// A flow mapping or list at `position`, on one line.
  private mutating func flowCollection(_ reader: inout YAMLEventReader) throws(ReadError) -> Bool {
    guard enter() else { return false }
    let isMapping = byte(at: position) == UInt8(ascii: "{")
    let closing = isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
    reader.open(isMapping: isMapping, at: location, anchor: nil, tag: nil)
    position += 1
    skipSpaces()
    if byte(at: position) == closing {
      position += 1
      try close(&reader)
      return true
    }
    while true {
      if isMapping {
        guard try key(&reader), byte(at: position) == UInt8(ascii: " ") else { return false }
        skipSpaces()
      }
      switch byte(at: position) {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        guard try flowCollection(&reader) else { return false }
      default:
        guard try scalar(&reader, inFlow: true) else { return false }
      }
      skipSpaces()
      let next = byte(at: position)
      position += 1
      if next == closing {
        try close(&reader)
        return true
      }
      guard next == UInt8(ascii: ",") else { return false }
      skipSpaces()
      // A trailing comma, or a line break inside the collection, is libyaml's to read.
      guard byte(at: position) != closing else { return false }
    }
  }

  // MARK: Scalars

  /// A plain key at `position` and its `:` (left at the byte after the colon).
  private mutating func key(_ reader: inout YAMLEventReader) throws(ReadError) -> Bool {
    let start = position
    guard Self.isAlphanumeric(byte(at: start)) || byte(at: start) == UInt8(ascii: "_") else { return false }
    var end = start + 1
    while Self.isKeyByte(byte(at: end)) { end += 1 }
    guard byte(at: end) == UInt8(ascii: ":"), end - start <= Self.maximumKeyLength else { return false }
    reader.scalar(
      UnsafeBufferPointer(rebasing: input[start..<end]), at: location, tag: nil, isPlain: true, anchor: nil)
    position = end + 1
    return true
  }

  /// A double-quoted scalar without escapes, or a plain one; a plain one ends at the line's end,
  /// or in a flow collection at `,`, `]` or `}` (the blanks before them are not part of it).
  private mutating func scalar(_ reader: inout YAMLEventReader, inFlow: Bool) throws(ReadError) -> Bool {
    let start = position
    let first = byte(at: start)
    if first == UInt8(ascii: "\"") {
      var end = start + 1
      while (0x20...0x7E).contains(byte(at: end)) && byte(at: end) != UInt8(ascii: "\"")
        && byte(at: end) != UInt8(ascii: "\\")
      {
        end += 1
      }
      guard byte(at: end) == UInt8(ascii: "\"") else { return false }
      reader.scalar(
        UnsafeBufferPointer(rebasing: input[start + 1..<end]), at: location, tag: YAMLEventReader.stringTag,
        isPlain: false, anchor: nil)
      position = end + 1
      return true
    }
    let startsPlain =
      Self.isPlainByte(first) && first != UInt8(ascii: "-")
      || (first == UInt8(ascii: "-")
        && (Self.isAlphanumeric(byte(at: start + 1)) || byte(at: start + 1) == UInt8(ascii: ".")))
    guard startsPlain else { return false }
    var end = start + 1
    var offset = end
    while true {
      let next = byte(at: offset)
      if Self.isPlainByte(next) {
        offset += 1
        end = offset
      } else if next == UInt8(ascii: " ") {
        offset += 1
      } else {
        break
      }
    }
    let stop = byte(at: offset)
    if inFlow {
      guard stop == UInt8(ascii: ",") || stop == UInt8(ascii: "}") || stop == UInt8(ascii: "]") else { return false }
    } else {
      guard offset == end, offset == input.count || stop == 0x0A else { return false }
    }
    reader.scalar(
      UnsafeBufferPointer(rebasing: input[start..<end]), at: location, tag: nil, isPlain: true, anchor: nil)
    position = end
    return true
  }

  /// Counts a collection opened; false when too many are open.
  private mutating func enter() -> Bool {
    depth += 1
    return depth <= Self.maximumDepth
  }

  /// Closes the innermost collection.
  private mutating func close(_ reader: inout YAMLEventReader) throws(ReadError) {
    depth -= 1
    try reader.close()
  }

  private mutating func skipSpaces() {
    while byte(at: position) == UInt8(ascii: " ") { position += 1 }
  }

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
      || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  private static func isKeyByte(_ byte: UInt8) -> Bool {
    isAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
  }

  /// The bytes a plain scalar may hold here besides blanks: none that YAML gives a meaning.
  private static func isPlainByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"),
      UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "~"):
      return true
    default:
      return false
    }
  }
}
