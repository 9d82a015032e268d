import Testing

@testable import PowerMap

struct JSONDocumentParserTests {
  func parse(_ text: String) throws -> DocumentNode {
    try JSONDocumentParser.parse(Array(text.utf8))
  }

  @Test func locatesKeysAndValuesByLineAndCharacterColumn() throws {
    let root = try parse("{\n  \"näme\": \"Órgano\", \"n\": -1.5e2,\n  \"l\": [true, null]\n}")
    guard case .mapping(let entries) = root.content else {
      Issue.record("not a mapping")
      return
    }
    #expect(entries.map(\.key) == ["näme", "n", "l"])
    #expect(entries[0].keyLocation == SourcePosition(line: 2, column: 3))
    // Columns count characters, not bytes: "Órgano" starts after `"näme": `.
    #expect(entries[0].value.location == SourcePosition(line: 2, column: 11))
    #expect(entries[1].value.location == SourcePosition(line: 2, column: 26))
    guard case .scalar("-1.5e2", .number) = entries[1].value.content else {
      Issue.record("number not kept as written")
      return
    }
    guard case .sequence(let list) = entries[2].value.content, list.count == 2, list[1].isNull else {
      Issue.record("list not parsed")
      return
    }
  }

  @Test func decodesEscapesIncludingSurrogatePairs() throws {
    let root = try parse(#"["a\"b\\c\/\n\u00e9\ud83d\ude00"]"#)
    guard case .sequence(let list) = root.content, case .scalar(let text, .text) = list[0].content else {
      Issue.record("not a string list")
      return
    }
    #expect(text == "a\"b\\c/\né😀")
  }

  @Test(arguments: [
    ("{\"a\": 1,}", "1:9", "expected a key in double quotes"),
    ("[1 2]", "1:4", "expected ',' or ']' after a value in an array"),
    ("{\"a\": 01}", "1:8", "expected ',' or '}' after a value in an object"),
    ("[\"abc", "1:6", "unexpected end of file inside a string"),
    ("[\"a\tb\"]", "1:4", "a control character (0x9) inside a string must be escaped"),
    ("[tru]", "1:2", "invalid literal: expected 'true'"),
    ("[1.]", "1:4", "invalid number: a digit was expected after '.'"),
    ("{} {}", "1:4", "unexpected text after the end of the JSON document"),
    ("[\"\\ud800\"]", "1:9", "invalid \\u escape: a high surrogate must be followed by a low surrogate"),
  ])
  func syntaxErrorsAreLocated(input: String, location: String, message: String) {
    do throws(JSONDocumentParser.SyntaxError) {
      _ = try JSONDocumentParser.parse(Array(input.utf8))
      Issue.record("\(input) parsed")
    } catch {
      #expect("\(error.location.line):\(error.location.column)" == location)
      #expect(error.message == message)
    }
  }

  @Test func oneLineDocumentsGetColumnsInLinearTime() throws {
    // 200,000 values on one line: quadratic column counting would take minutes.
    let text = "[" + Array(repeating: "1", count: 200_000).joined(separator: ",") + "]"
    let root = try parse(text)
    guard case .sequence(let list) = root.content else {
      Issue.record("not a list")
      return
    }
    #expect(list.last?.location == SourcePosition(line: 1, column: 400_000))
  }
}
