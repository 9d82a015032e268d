import CYaml

/// Builds a ``DocumentNode`` tree straight from libyaml's event stream (the `CYaml` module that
/// Yams ships), keeping the line and column of every node and key.
///
/// One pass, no recursion and no intermediate tree: each scalar becomes a node as its event
/// arrives, each collection when it closes. An alias reuses the anchored subtree (the arrays are
/// shared, not copied), and the values it stands for count, expanded, against the node budget.
/// Problems of the YAML itself (syntax, an undefined alias, a duplicate key, a second document)
/// stop the reading at once; a key that is no text and an exhausted budget are reported when
/// the stream has ended well, so that a syntax error further on still comes first.
struct YAMLEventReader {
  typealias ReadError = YAMLDocumentReader.ReadError

  /// The resolved name of the core schema's `str` tag.
  static let stringTag = "tag:yaml.org,2002:str"

  /// A node that an anchor names.
  struct Anchored {
    var node: DocumentNode
    /// Its values with every alias expanded (see ``YAMLNodeFrame/count``).
    var count: Int
    /// For a scalar: its resolved tag as a key (nil: `str`). Collections: nil.
    var keyTag: String?
    var isScalar: Bool
  }

  /// libyaml's parser; nil while ``YAMLSubsetReader`` feeds the reader.
  let parser: UnsafeMutablePointer<yaml_parser_t>?
  let input: UnsafeBufferPointer<UInt8>
  let comments: YAMLCommentLines
  var remainingBudget: Int
  var notes = YAMLDocumentReader.Notes()
  /// Where unknown tags were noted.
  var notedTags: Set<SourcePosition> = []
  var frames: [YAMLNodeFrame] = []
  var elements: [DocumentNode] = []
  var entries: [DocumentNode.Entry] = []
  var anchors: [String: Anchored] = [:]
  /// How many of the open collections are mapping keys: values inside them do not count.
  var openKeys = 0
  var root: DocumentNode?
  /// The first problem that waits for the end of the stream.
  var deferred: ReadError?

  /// Reads the one document of `input` (UTF-8, without a byte-order mark). Text without comments
  /// is first tried by ``YAMLSubsetReader`` (unless `usingSubset` is false), which reads the
  /// plain shape of generated models several times faster; anything else is libyaml's.
  static func read(
    _ input: UnsafeBufferPointer<UInt8>, budget: Int, notes: inout YAMLDocumentReader.Notes,
    usingSubset: Bool = true
  ) throws(ReadError) -> DocumentNode? {
    let comments = YAMLCommentLines(input)
    if usingSubset, comments.isEmpty {
      var reader = YAMLEventReader(parser: nil, input: input, comments: comments, remainingBudget: budget)
      if YAMLSubsetReader.read(input, into: &reader) {
        notes = reader.notes
        return reader.root
      }
    }
    let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    defer { parser.deallocate() }
    guard yaml_parser_initialize(parser) == 1 else {
      throw ReadError(location: nil, message: "could not parse YAML: Memory error")
    }
    defer { yaml_parser_delete(parser) }
    yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(parser, input.baseAddress, input.count)
    var reader = YAMLEventReader(parser: parser, input: input, comments: comments, remainingBudget: budget)
    let root = try reader.readStream()
    notes = reader.notes
    return root
  }

  /// The stream: nothing, or one document whose root the events build.
  private mutating func readStream() throws(ReadError) -> DocumentNode? {
    try skipEvent()
    var event = try nextEvent()
    let isEmpty = event.type == YAML_STREAM_END_EVENT
    yaml_event_delete(&event)
    if isEmpty { return nil }
    while root == nil {
      var event = try nextEvent()
      defer { yaml_event_delete(&event) }
      try handle(event)
    }
    try skipEvent()
    event = try nextEvent()
    defer { yaml_event_delete(&event) }
    guard event.type == YAML_STREAM_END_EVENT else {
      throw ReadError(
        location: Self.position(event.start_mark),
        message: "invalid YAML: but found another document (expected a single document in the stream)")
    }
    if let deferred { throw deferred }
    return root
  }

  /// Reads an event whose content does not matter (the stream's start, a document's end).
  private mutating func skipEvent() throws(ReadError) {
    var event = try nextEvent()
    yaml_event_delete(&event)
  }

  /// The next event; the caller deletes it.
  private mutating func nextEvent() throws(ReadError) -> yaml_event_t {
    var event = yaml_event_t()
    guard let parser, yaml_parser_parse(parser, &event) == 1 else { throw parserError() }
    return event
  }

  private mutating func handle(_ event: yaml_event_t) throws(ReadError) {
    switch event.type {
    case YAML_SCALAR_EVENT: scalar(event)
    case YAML_ALIAS_EVENT: try alias(event)
    case YAML_SEQUENCE_START_EVENT:
      let data = event.data.sequence_start
      open(
        isMapping: false, at: Self.position(event.start_mark), anchor: Self.string(data.anchor),
        tag: data.implicit != 0 ? nil : Self.string(data.tag))
    case YAML_MAPPING_START_EVENT:
      let data = event.data.mapping_start
      open(
        isMapping: true, at: Self.position(event.start_mark), anchor: Self.string(data.anchor),
        tag: data.implicit != 0 ? nil : Self.string(data.tag))
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT: try close()
    default:
      // Not produced by libyaml inside a document; refused rather than read past the end.
      throw ReadError(location: Self.position(event.start_mark), message: "invalid YAML: the document ended early")
    }
  }

  static func position(_ mark: yaml_mark_t) -> SourcePosition {
    SourcePosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
  }

  static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: $0) }
  }
}
