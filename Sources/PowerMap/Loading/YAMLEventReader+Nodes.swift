import CYaml

extension YAMLEventReader {
  /// Whether the next node is a mapping key.
  var expectsKey: Bool {
    // Indexed, not `frames.last`: a copy of the frame would retain and release its fields.
    let top = frames.count - 1
    return top >= 0 && frames[top].isMapping && !frames[top].hasPendingKey
  }

  /// A key's resolved tag: nil for `str`, which untagged, quoted and `!`-tagged keys resolve to.
  static func keyTag(_ tag: String?) -> String? {
    guard let tag, tag != "!", tag != stringTag else { return nil }
    return tag
  }

  mutating func scalar(_ event: yaml_event_t) {
    let data = event.data.scalar
    scalar(
      UnsafeBufferPointer(start: data.value, count: data.length), at: Self.position(event.start_mark),
      tag: data.quoted_implicit != 0 ? Self.stringTag : Self.string(data.tag),
      isPlain: data.style == YAML_PLAIN_SCALAR_STYLE, anchor: Self.string(data.anchor))
  }

  /// A scalar event's content: its UTF-8 `bytes`, where it starts, its tag (nil: none, the core
  /// schema's `str` for a quoted scalar without one), whether it is plain, and its anchor.
  mutating func scalar(
    _ bytes: UnsafeBufferPointer<UInt8>, at location: SourcePosition, tag: String?, isPlain: Bool, anchor: String?
  ) {
    let text = String(decoding: bytes, as: UTF8.self)
    if let tag { note(tag, at: location) }
    let keyTag = Self.keyTag(tag)
    if expectsKey {
      // A key's tag resolves to `str` (Yams did so while checking for duplicates), so a value
      // that aliases the key reads as text.
      let style: DocumentNode.ScalarStyle = isPlain && keyTag != nil ? .plain : .text
      if let anchor {
        anchors[anchor] = Anchored(
          node: DocumentNode(.scalar(text, style), at: location), count: 1, keyTag: keyTag, isScalar: true)
      }
      key(text, tag: keyTag, at: location)
      return
    }
    if isPlain, !comments.isEmpty,
      comments.isFollowedByComment(bytes, line: location.line, column: location.column, in: input)
    {
      notes.commentCuts.insert(location)
    }
    let node = DocumentNode(.scalar(text, isPlain && tag != Self.stringTag ? .plain : .text), at: location)
    if let anchor { anchors[anchor] = Anchored(node: node, count: 1, keyTag: keyTag, isScalar: true) }
    spend(1, at: location)
    place(node, count: 1)
  }

  mutating func alias(_ event: yaml_event_t) throws(ReadError) {
    let location = Self.position(event.start_mark)
    guard let name = Self.string(event.data.alias.anchor), let anchored = anchors[name] else {
      throw ReadError(location: location, message: "invalid YAML: found undefined alias")
    }
    guard expectsKey else {
      spend(anchored.count, at: location)
      place(anchored.node, count: anchored.count)
      return
    }
    guard anchored.isScalar, case .scalar(let text, let style) = anchored.node.content else {
      complexKey(at: anchored.node.location)
      return
    }
    if anchored.keyTag == nil, style == .plain {
      anchors[name]?.node.content = .scalar(text, .text)
    }
    key(text, tag: anchored.keyTag, at: anchored.node.location)
  }

  mutating func open(isMapping: Bool, at location: SourcePosition, anchor: String?, tag: String?) {
    if let tag { note(tag, at: location) }
    let isKey = expectsKey
    if isKey {
      openKeys += 1
    } else {
      spend(1, at: location)
    }
    frames.append(
      YAMLNodeFrame(
        isMapping: isMapping, location: location, anchor: anchor, isKey: isKey,
        start: isMapping ? entries.count : elements.count))
  }

  mutating func close() throws(ReadError) {
    guard let frame = frames.popLast() else { return }
    let node: DocumentNode
    if frame.isMapping {
      if !frame.duplicates.isEmpty { throw Self.duplicateError(frame.duplicates) }
      node = DocumentNode(.mapping(Array(entries[frame.start...])), at: frame.location)
      entries.removeSubrange(frame.start...)
    } else {
      node = DocumentNode(.sequence(Array(elements[frame.start...])), at: frame.location)
      elements.removeSubrange(frame.start...)
    }
    if let anchor = frame.anchor {
      anchors[anchor] = Anchored(node: node, count: frame.count, keyTag: nil, isScalar: false)
    }
    if frame.isKey {
      openKeys -= 1
      complexKey(at: frame.location)
    } else {
      place(node, count: frame.count)
    }
  }

  /// Puts a finished value into the open collection, or makes it the root.
  private mutating func place(_ node: DocumentNode, count: Int) {
    guard !frames.isEmpty else {
      root = node
      return
    }
    let top = frames.count - 1
    frames[top].add(count: count)
    guard frames[top].isMapping else {
      elements.append(node)
      return
    }
    guard let key = frames[top].pendingKey else { return }
    frames[top].pendingKey = nil
    frames[top].hasPendingKey = false
    if !key.isDiscarded {
      entries.append(DocumentNode.Entry(key: key.text, keyLocation: key.location, value: node))
    }
  }

  private mutating func key(_ text: String, tag: String?, at location: SourcePosition) {
    let top = frames.count - 1
    frames[top].noteKey(text, tag: tag, at: location, entries: entries[frames[top].start...])
    frames[top].pendingKey = YAMLNodeFrame.PendingKey(text: text, location: location, isDiscarded: false)
    frames[top].hasPendingKey = true
  }

  /// A key that is a list or mapping: refused once the stream has ended; its value is dropped.
  /// Inside another such key, the outer one is reported.
  private mutating func complexKey(at location: SourcePosition) {
    if deferred == nil, openKeys == 0 {
      deferred = ReadError(location: location, message: "a mapping key must be plain text, not a list or mapping")
    }
    frames[frames.count - 1].pendingKey = YAMLNodeFrame.PendingKey(text: "", location: location, isDiscarded: true)
    frames[frames.count - 1].hasPendingKey = true
  }

  /// Counts `count` values (an alias's expansion, or one node) against the node budget.
  private mutating func spend(_ count: Int, at location: SourcePosition) {
    guard openKeys == 0 else { return }
    remainingBudget = max(remainingBudget - count, -1)
    if remainingBudget < 0, deferred == nil {
      deferred = ReadError(
        location: location, message: "the document expands to too many values (an alias bomb?)",
        hint: "a model needs no YAML aliases; write the values out")
    }
  }

  /// Notes an explicit tag outside the core schema, once per location.
  private mutating func note(_ tag: String, at location: SourcePosition) {
    guard !YAMLDocumentReader.understoodTags.contains(tag), notedTags.insert(location).inserted else { return }
    let prefix = "tag:yaml.org,2002:"
    let written = tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    notes.unknownTags.append((Diagnostic.excerpt(written), location))
  }

  private static func duplicateError(
    _ duplicates: [(key: YAMLNodeFrame.KeyIdentity, location: SourcePosition)]
  ) -> ReadError {
    let sorted = duplicates.sorted { $0.key.text < $1.key.text }
    let names = sorted.prefix(5).map { Diagnostic.excerpt($0.key.text) }.joined(separator: "', '")
    return ReadError(
      location: sorted.first?.location, message: "duplicate key '\(names)' in a mapping",
      hint: "each key may appear once; merge the two entries")
  }
}
