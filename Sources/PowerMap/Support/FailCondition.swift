/// A `--fail-if` condition: a metric compared with a number, such as `blocked>0` or
/// `pViable(public-works-data)<0.8`. When it holds, the command exits with code 1, so a CI job
/// fails when risk crosses a threshold.
///
/// Grammar: `NAME [ "(" ID ")" ] OP NUMBER` with OP one of `<`, `<=`, `>`, `>=`, `==`, `!=`;
/// spaces are allowed anywhere. NAME and ID use letters, digits, `.`, `_` and `-`. Each command
/// documents the metrics it offers (`--help`).
package struct FailCondition: Sendable, Equatable, CustomStringConvertible {
  package enum Comparison: String, Sendable, CaseIterable {
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", equal = "==", notEqual = "!="

    func holds(_ lhs: Double, _ rhs: Double) -> Bool {
      switch self {
      case .less: lhs < rhs
      case .lessOrEqual: lhs <= rhs
      case .greater: lhs > rhs
      case .greaterOrEqual: lhs >= rhs
      case .equal: lhs == rhs
      case .notEqual: lhs != rhs
      }
    }
  }

  /// A problem with the expression, at a 1-based character position.
  package struct ParseError: Error, Sendable, CustomStringConvertible {
    package var expression: String
    package var position: Int
    package var message: String
    package var description: String { "'\(expression)': \(message) (at character \(position))" }
  }

  package var metric: String
  package var argument: String?
  package var comparison: Comparison
  package var value: Double
  /// The expression as written.
  package var text: String

  package var description: String { text }

  package init(parsing text: String) throws(ParseError) {
    let characters = Array(text)
    var position = 0
    func skipSpaces() { while position < characters.count, characters[position] == " " { position += 1 } }
    func word() -> String {
      var result = ""
      while position < characters.count,
        characters[position].isLetter || characters[position].isNumber || "._-".contains(characters[position])
      {
        result.append(characters[position])
        position += 1
      }
      return result
    }
    func failure(_ message: String) -> ParseError {
      ParseError(expression: text, position: position + 1, message: message)
    }
    skipSpaces()
    let metric = word()
    guard !metric.isEmpty else { throw failure("a metric name was expected, e.g. blocked>0") }
    skipSpaces()
    var argument: String?
    if position < characters.count, characters[position] == "(" {
      position += 1
      skipSpaces()
      let id = word()
      guard !id.isEmpty else { throw failure("an id was expected inside the parentheses") }
      skipSpaces()
      guard position < characters.count, characters[position] == ")" else { throw failure("')' was expected") }
      position += 1
      argument = id
      skipSpaces()
    }
    var operatorText = ""
    let operatorStart = position
    while position < characters.count, "<>=!".contains(characters[position]) {
      operatorText.append(characters[position])
      position += 1
    }
    guard let comparison = Comparison(rawValue: operatorText) else {
      position = operatorStart
      throw failure("a comparison (<, <=, >, >=, ==, !=) was expected")
    }
    skipSpaces()
    let numberStart = position
    while position < characters.count, characters[position] != " " { position += 1 }
    let numberText = String(characters[numberStart..<position])
    guard let value = Double(numberText), value.isFinite else {
      position = numberStart
      throw failure("a number was expected after \(operatorText)")
    }
    skipSpaces()
    guard position == characters.count else { throw failure("unexpected text after the number") }
    self.metric = metric
    self.argument = argument
    self.comparison = comparison
    self.value = value
    self.text = text
  }

  /// Whether the condition holds, reading the metric through `lookup`; nil when the metric
  /// (or its argument) is unknown to the command.
  package func holds(lookup: (_ metric: String, _ argument: String?) -> Double?) -> Bool? {
    guard let actual = lookup(metric, argument) else { return nil }
    return comparison.holds(actual, value)
  }
}
