extension DocumentDecoder {
  /// The pattern of every id: `[a-z0-9][a-z0-9._-]*`.
  static func isValidID(_ id: String) -> Bool {
    guard let first = id.utf8.first, isIDStart(first) else { return false }
    return id.utf8.allSatisfy {
      isIDStart($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-")
    }
  }

  private static func isIDStart(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  /// Text: a quoted or plain YAML scalar, or a JSON string, without control characters (C0, DEL,
  /// C1). With `multiLine`, tab and line feed are allowed.
  mutating func string(_ node: DocumentNode, _ path: @autoclosure () -> String, multiLine: Bool = false) -> String? {
    guard case .scalar(let text, let style) = node.content, style == .text || style == .plain else {
      diagnostics.error(node.location, path(), "expected text, found \(node.kindDescription)")
      return nil
    }
    if style == .plain && DocumentNode.isPlainNull(text) {
      diagnostics.error(node.location, path(), "expected text, found null")
      return nil
    }
    if let control = TextRules.firstControlCharacter(in: text, allowingLineBreaks: multiLine) {
      diagnostics.error(
        node.location, path(),
        "the text contains the control character \(TextRules.describe(control.scalar)) at character \(control.offset + 1)",
        hint: multiLine
          ? "remove it: titles and descriptions may hold tabs and line breaks, no other control character"
          : "remove it: ids, names and labels are one line of printable text")
      return nil
    }
    return text
  }

  /// What a human text is, for its length limit, line breaks and the comment check.
  enum TextKind {
    /// A name or short name: one line, the comment check.
    case name
    /// An affiliation, a tag, a party: one line.
    case label
    /// A title: may span lines, the comment check.
    case title
    /// A description: may span lines, a longer limit, the comment check.
    case description
  }

  /// Human text (names, titles, labels): ``string(_:_:multiLine:)`` within the length limit of
  /// models/README.md "Limits and text", with a warning when a YAML comment cut a plain value.
  mutating func text(_ node: DocumentNode, _ path: @autoclosure () -> String, _ kind: TextKind) -> String? {
    guard let text = string(node, path(), multiLine: kind == .title || kind == .description) else { return nil }
    let limit = kind == .description ? TextRules.maximumDescriptionLength : TextRules.maximumLabelLength
    guard TextRules.length(of: text, upTo: limit) <= limit else {
      diagnostics.error(
        node.location, path(),
        "the text '\(Diagnostic.excerpt(text))' is longer than \(Self.grouped(limit)) characters",
        hint: "shorten it; the limit is \(Self.grouped(limit)) characters")
      return nil
    }
    if kind != .label, commentCuts.contains(node.location) {
      diagnostics.warning(
        node.location, path(), "a '#' comment cuts this text: it ends at '\(Diagnostic.excerpt(text))'",
        hint: "in YAML ' #' starts a comment; put the whole text in quotes if the '#' belongs to it")
    }
    return text
  }

  /// 10000 → "10,000".
  static func grouped(_ value: Int) -> String {
    var digits = String(value)
    var result = ""
    while digits.count > 3 {
      result = "," + digits.suffix(3) + result
      digits.removeLast(3)
    }
    return digits + result
  }

  /// A required key: records "missing" at the mapping when absent, or at the value when it is null.
  mutating func require(
    _ key: String, in reader: inout MappingReader, _ path: @autoclosure () -> String, what: String
  ) -> DocumentNode? {
    if let node = reader.value(key) { return node }
    if let null = reader.value(key, nullIsAbsent: false) {
      let base = path()
      diagnostics.error(
        null.location, base.isEmpty ? key : "\(base).\(key)", "the required key '\(key)' is null (it has no value)",
        hint: "every \(what) needs \(key)")
      return nil
    }
    diagnostics.error(
      reader.node.location, path(), "missing required key '\(key)'",
      hint: "every \(what) needs \(key)")
    return nil
  }

  /// An id matching `[a-z0-9][a-z0-9._-]*`, at most ``TextRules/maximumIDLength`` characters.
  mutating func id(_ node: DocumentNode, _ path: @autoclosure () -> String) -> String? {
    guard let text = string(node, path()) else { return nil }
    let limit = TextRules.maximumIDLength
    guard TextRules.length(of: text, upTo: limit) <= limit else {
      diagnostics.error(
        node.location, path(), "the id '\(Diagnostic.excerpt(text))' is longer than \(limit) characters",
        hint: "use a short id (at most \(limit) characters); the name can be as long as needed")
      return nil
    }
    guard Self.isValidID(text) else {
      let suggestion = Self.slug(text)
      diagnostics.error(
        node.location, path(), "invalid id '\(Diagnostic.excerpt(text))'",
        hint: "ids use lower-case letters, digits, '.', '_' and '-', starting with a letter or digit"
          + (suggestion.isEmpty ? "" : ", e.g. '\(suggestion)'"))
      return nil
    }
    return text
  }

  /// A lower-case id made from arbitrary text, for hints (accents folded, see ``DidYouMean``;
  /// only the first ``TextRules/maximumIDLength`` characters are read).
  static func slug(_ text: String) -> String {
    DidYouMean.idSlug(String(text.prefix(TextRules.maximumIDLength)))
  }

  /// A finite number within `range`; `openLowerBound` excludes the lower end, as for weights.
  mutating func number(
    _ node: DocumentNode, _ path: @autoclosure () -> String, in range: ClosedRange<Double>,
    openLowerBound: Bool = false
  ) -> Double? {
    let rangeText = (openLowerBound ? "(" : "[") + "\(Self.format(range.lowerBound)), \(Self.format(range.upperBound))]"
    guard case .scalar(let text, let style) = node.content, style == .plain || style == .number else {
      var hint = "write a number in \(rangeText) without quotes"
      if case .scalar(let text, .text) = node.content, Double(text.trimmingSpaces) != nil {
        hint = "remove the quotes around \(Diagnostic.excerpt(text))"
      }
      diagnostics.error(node.location, path(), "expected a number, found \(node.kindDescription)", hint: hint)
      return nil
    }
    let shown = Diagnostic.excerpt(text)
    let lowered = text.lowercased()
    if [".nan", "nan", ".inf", "+.inf", "-.inf", "inf", "-inf", "+inf", "infinity", "-infinity"].contains(lowered) {
      diagnostics.error(
        node.location, path(), "\(shown) is not allowed: numbers must be finite", hint: "use a number in \(rangeText)")
      return nil
    }
    guard let value = Self.parseNumber(text) else {
      diagnostics.error(
        node.location, path(), "expected a number, found \(node.kindDescription)", hint: "use a number in \(rangeText)")
      return nil
    }
    guard value.isFinite else {
      diagnostics.error(
        node.location, path(), "\(shown) is too large: numbers must be finite", hint: "use a number in \(rangeText)")
      return nil
    }
    guard range.contains(value), !(openLowerBound && value == range.lowerBound) else {
      diagnostics.error(node.location, path(), "\(shown) is out of range", hint: "allowed: \(rangeText)")
      return nil
    }
    return value
  }

  /// Decimal numbers as YAML 1.2's core schema and JSON write them: `-0.5`, `.5`, `1e-3`, `+1`.
  static func parseNumber(_ text: String) -> Double? {
    var sawDigit = false
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
      case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): break
      default: return nil
      }
    }
    guard sawDigit else { return nil }
    return Double(text)
  }

  static func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }

  /// One of an enumeration's raw values, with a did-you-mean.
  mutating func choice<Value: RawRepresentable & CaseIterable>(
    _ node: DocumentNode, _ path: @autoclosure () -> String, what: String, as type: Value.Type
  ) -> Value? where Value.RawValue == String {
    guard let text = string(node, path()) else { return nil }
    if let value = Value(rawValue: text) { return value }
    let allowed = Value.allCases.map(\.rawValue)
    diagnostics.error(
      node.location, path(), "unknown \(what) '\(Diagnostic.excerpt(text))'",
      hint: DidYouMean.hint(for: text, among: allowed))
    return nil
  }

  /// A list, each element decoded by `element`; nil (with an error) when the node is no list.
  mutating func list<Element>(
    _ node: DocumentNode, _ path: @autoclosure () -> String,
    element: (inout DocumentDecoder, DocumentNode, Int) -> Element?
  ) -> [Element]? {
    guard case .sequence(let nodes) = node.content else {
      var hint: String?
      if case .scalar = node.content { hint = "write a list: [a, b] or one '- item' per line" }
      diagnostics.error(node.location, path(), "expected a list, found \(node.kindDescription)", hint: hint)
      return nil
    }
    var result: [Element] = []
    result.reserveCapacity(nodes.count)
    for (index, child) in nodes.enumerated() {
      if let value = element(&self, child, index) { result.append(value) }
    }
    return result
  }

  /// A list of actor ids, each checked against the known actors; a repeated id is warned about.
  mutating func actorList(_ node: DocumentNode, _ path: @autoclosure () -> String) -> [String]? {
    let base = path()
    var first: [String: Int] = [:]
    return list(node, base) { decoder, child, index in
      guard let id = decoder.id(child, "\(base)[\(index)]") else { return nil }
      decoder.checkActorReference(id, at: child.location, path: "\(base)[\(index)]")
      decoder.warnIfRepeated(id, at: child.location, path: base, index: index, first: &first)
      return id
    }
  }

  /// Warns when `id` was already listed at an earlier position of the list at `path`.
  mutating func warnIfRepeated(
    _ id: String, at location: SourcePosition, path: String, index: Int, first: inout [String: Int]
  ) {
    if let earlier = first[id] {
      diagnostics.warning(
        location, "\(path)[\(index)]", "'\(Diagnostic.excerpt(id))' is listed twice (first as \(path)[\(earlier)])",
        hint: "remove the repeat: an id counts once however often it is listed")
    } else {
      first[id] = index
    }
  }
}

extension String {
  var trimmingSpaces: String {
    var view = Substring(self)
    while view.first == " " { view.removeFirst() }
    while view.last == " " { view.removeLast() }
    return String(view)
  }
}
