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

  /// Text: a quoted or plain YAML scalar, or a JSON string.
  mutating func string(_ node: DocumentNode, _ path: @autoclosure () -> String) -> String? {
    if case .scalar(let text, let style) = node.content, style == .text || style == .plain {
      if style == .plain && DocumentNode.isPlainNull(text) {
        diagnostics.error(node.location, path(), "expected text, found null")
        return nil
      }
      return text
    }
    diagnostics.error(node.location, path(), "expected text, found \(node.kindDescription)")
    return nil
  }

  /// A required key: records "missing" at the mapping when absent.
  mutating func require(
    _ key: String, in reader: inout MappingReader, _ path: @autoclosure () -> String, what: String
  ) -> DocumentNode? {
    if let node = reader.value(key) { return node }
    diagnostics.error(
      reader.node.location, path(), "missing required key '\(key)'",
      hint: "every \(what) needs \(key)")
    return nil
  }

  /// An id matching `[a-z0-9][a-z0-9._-]*`.
  mutating func id(_ node: DocumentNode, _ path: @autoclosure () -> String) -> String? {
    guard let text = string(node, path()) else { return nil }
    guard Self.isValidID(text) else {
      let suggestion = Self.slug(text)
      diagnostics.error(
        node.location, path(), "invalid id '\(text)'",
        hint: "ids use lower-case letters, digits, '.', '_' and '-', starting with a letter or digit"
          + (suggestion.isEmpty ? "" : ", e.g. '\(suggestion)'"))
      return nil
    }
    return text
  }

  /// A lower-case id made from arbitrary text, for hints (accents folded, see ``DidYouMean``).
  static func slug(_ text: String) -> String { DidYouMean.idSlug(text) }

  /// A finite number within `range`; `openLowerBound` excludes the lower end, as for weights.
  mutating func number(
    _ node: DocumentNode, _ path: @autoclosure () -> String, in range: ClosedRange<Double>,
    openLowerBound: Bool = false
  ) -> Double? {
    let rangeText = (openLowerBound ? "(" : "[") + "\(Self.format(range.lowerBound)), \(Self.format(range.upperBound))]"
    guard case .scalar(let text, let style) = node.content, style == .plain || style == .number else {
      var hint = "write a number in \(rangeText) without quotes"
      if case .scalar(let text, .text) = node.content, Double(text.trimmingSpaces) != nil {
        hint = "remove the quotes around \(text)"
      }
      diagnostics.error(node.location, path(), "expected a number, found \(node.kindDescription)", hint: hint)
      return nil
    }
    let lowered = text.lowercased()
    if [".nan", "nan", ".inf", "+.inf", "-.inf", "inf", "-inf", "+inf", "infinity", "-infinity"].contains(lowered) {
      diagnostics.error(
        node.location, path(), "\(text) is not allowed: numbers must be finite", hint: "use a number in \(rangeText)")
      return nil
    }
    guard let value = Self.parseNumber(text) else {
      diagnostics.error(
        node.location, path(), "expected a number, found \(node.kindDescription)", hint: "use a number in \(rangeText)")
      return nil
    }
    guard value.isFinite else {
      diagnostics.error(
        node.location, path(), "\(text) is too large: numbers must be finite", hint: "use a number in \(rangeText)")
      return nil
    }
    guard range.contains(value), !(openLowerBound && value == range.lowerBound) else {
      diagnostics.error(node.location, path(), "\(text) is out of range", hint: "allowed: \(rangeText)")
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
      node.location, path(), "unknown \(what) '\(text)'", hint: DidYouMean.hint(for: text, among: allowed))
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

  /// A list of actor ids, each checked against the known actors.
  mutating func actorList(_ node: DocumentNode, _ path: @autoclosure () -> String) -> [String]? {
    let base = path()
    return list(node, base) { decoder, child, index in
      guard let id = decoder.id(child, "\(base)[\(index)]") else { return nil }
      decoder.checkActorReference(id, at: child.location, path: "\(base)[\(index)]")
      return id
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
