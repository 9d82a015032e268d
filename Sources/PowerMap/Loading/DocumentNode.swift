/// A parsed YAML or JSON document: the tree the model decoder reads, with the source location
/// of every node, so that every problem can be reported at its line and column.
///
/// Both formats produce the same tree. Scalars keep their text and how they were written; the
/// decoder, which knows what each key expects, interprets them (so the YAML name `no` stays the
/// string "no", and a quoted "0.5" is not taken for a number).
struct DocumentNode: Sendable {
  /// How a scalar was written.
  enum ScalarStyle: Sendable {
    /// A YAML plain scalar: could be a number, null or text.
    case plain
    /// A quoted YAML scalar, a block scalar, or a JSON string: always text.
    case text
    /// A JSON number.
    case number
    /// JSON `true` or `false`.
    case boolean
    /// JSON `null`.
    case null
  }

  /// A key of a mapping with its location and value.
  struct Entry: Sendable {
    var key: String
    var keyLocation: SourcePosition
    var value: DocumentNode
  }

  enum Content: Sendable {
    case scalar(String, ScalarStyle)
    case sequence([DocumentNode])
    case mapping([Entry])
  }

  var content: Content
  var location: SourcePosition

  init(_ content: Content, at location: SourcePosition) {
    self.content = content
    self.location = location
  }

  /// A short description of what the node is, for "expected X, found Y" messages.
  var kindDescription: String {
    switch content {
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    case .scalar(let text, let style):
      switch style {
      case .null: return "null"
      case .number: return "the number \(Diagnostic.excerpt(text))"
      case .boolean: return "the value \(text)"
      case .text: return "the text \"\(Diagnostic.excerpt(text))\""
      case .plain:
        if DocumentNode.isPlainNull(text) { return "null" }
        return "\"\(Diagnostic.excerpt(text))\""
      }
    }
  }

  /// Whether a YAML plain scalar means null in the core schema.
  static func isPlainNull(_ text: String) -> Bool {
    text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
  }

  var isNull: Bool {
    if case .scalar(let text, let style) = content {
      return style == .null || (style == .plain && DocumentNode.isPlainNull(text))
    }
    return false
  }
}
