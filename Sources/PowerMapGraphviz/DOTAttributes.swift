/// One `name=value` attribute.
package struct DOTAttribute: Sendable, Equatable {
  /// The attribute's name, e.g. `label`.
  package var name: String
  /// Its value.
  package var value: DOTValue
}

/// An ordered set of attributes: setting a name again replaces its value in place.
package struct DOTAttributes: Sendable, Equatable, ExpressibleByDictionaryLiteral {
  /// The attributes in the order they were first set.
  package private(set) var list: [DOTAttribute] = []

  /// No attribute.
  package init() {}

  /// The given attributes, in order.
  package init(dictionaryLiteral elements: (String, DOTValue)...) {
    for (name, value) in elements { self[name] = value }
  }

  /// The value of `name`; assigning nil removes it.
  package subscript(name: String) -> DOTValue? {
    get { list.first { $0.name == name }?.value }
    set {
      if let index = list.firstIndex(where: { $0.name == name }) {
        if let newValue { list[index].value = newValue } else { list.remove(at: index) }
      } else if let newValue {
        list.append(DOTAttribute(name: name, value: newValue))
      }
    }
  }

  /// Sets every attribute of `other`, replacing those already set.
  package mutating func merge(_ other: DOTAttributes) {
    for attribute in other.list { self[attribute.name] = attribute.value }
  }

  /// Whether no attribute is set.
  package var isEmpty: Bool { list.isEmpty }

  /// `[a="1", b=2]`, or "" when empty.
  package var dotText: String {
    var text = ""
    append(to: &text)
    return text
  }

  /// Appends ``dotText`` to `text`, without the attributes named in `omitted`.
  package func append(to text: inout String, omitting omitted: Set<String> = []) {
    guard !list.isEmpty else { return }
    text += "["
    var first = true
    for attribute in list where !omitted.contains(attribute.name) {
      if !first { text += ", " }
      first = false
      DOTEscaping.appendIdentifier(attribute.name, to: &text)
      text += "="
      attribute.value.append(to: &text)
    }
    text += "]"
  }
}

extension DOTAttributes {
  /// These attributes with `name` set to `value`.
  func with(_ name: String, _ value: DOTValue) -> DOTAttributes {
    var copy = self
    copy[name] = value
    return copy
  }
}
