/// Reads YAML into a ``DocumentNode`` tree, straight from libyaml's events (see
/// ``YAMLEventReader``), with the line and column of every node and key. Text in the plain shape
/// of generated models is read without libyaml, into the same tree (see ``YAMLSubsetReader``).
///
/// Guards against hostile input: libyaml refuses nesting deeper than 1,000 levels, and the
/// reader counts the values each alias stands for, so that an alias bomb ("billion laughs"),
/// which the tree keeps compact by sharing, cannot make the decoder walk an exponential tree:
/// past ``nodeBudget(forByteCount:)`` values the document is refused.
///
/// On the way it notes, for the decoder's warnings, the explicit tags it does not understand
/// (anything beyond the core schema's) and the plain scalars that a ` #` comment follows on their
/// line (a `#` in an unquoted title starts a comment and silently cuts it).
///
/// Plain scalars keep their text; the decoder interprets them (YAML 1.2's core schema). Merge
/// keys are not resolved: `<<` is a key like any other.
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
    "", "!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map", "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:null",
  ]

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

  /// Reads `text`, recording in `notes` what the decoder should warn about; `usingSubset: false`
  /// reads it with libyaml alone (see ``YAMLEventReader/read(_:budget:notes:usingSubset:)``).
  static func read(
    _ text: String, byteCount: Int, notes: inout Notes, usingSubset: Bool = true
  ) throws(ReadError) -> DocumentNode? {
    try read(Array(text.utf8), startingAt: 0, byteCount: byteCount, notes: &notes, usingSubset: usingSubset)
  }

  /// Reads the UTF-8 text `bytes[start...]` (`start` skips a byte-order mark); the node budget
  /// follows `byteCount`, by default the size of `bytes`.
  static func read(
    _ bytes: [UInt8], startingAt start: Int, byteCount: Int? = nil, notes: inout Notes, usingSubset: Bool = true
  ) throws(ReadError) -> DocumentNode? {
    let budget = nodeBudget(forByteCount: byteCount ?? bytes.count)
    let result: Result<DocumentNode?, ReadError> = bytes.withUnsafeBufferPointer { buffer in
      // libyaml wants an input address even for no input.
      let empty: [UInt8] = [0]
      return empty.withUnsafeBufferPointer { placeholder in
        let input =
          start < buffer.count
          ? UnsafeBufferPointer(rebasing: buffer[start...])
          : UnsafeBufferPointer(
            start: placeholder.baseAddress, count: 0)
        do throws(ReadError) {
          return .success(
            try YAMLEventReader.read(input, budget: budget, notes: &notes, usingSubset: usingSubset))
        } catch {
          return .failure(error)
        }
      }
    }
    return try result.get()
  }
}
