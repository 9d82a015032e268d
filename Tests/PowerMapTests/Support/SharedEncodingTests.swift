import Foundation
import Testing

@testable import PowerMap

/// The helpers the JSON contract types and the text escapers share.
struct SharedEncodingTests {
  private func json(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  @Test func everyKeyIsWrittenWithNullForAnAbsentValue() throws {
    #expect(try json(DimensionScores(authority: 0.5)) == #"{"ability":null,"acceptance":null,"authority":0.5}"#)
  }

  @Test func synthesizedDecodingReadsAMissingKeyAndNullAlikeAsNil() throws {
    let missing = try JSONDecoder().decode(DimensionScores.self, from: Data(#"{"ability":-0.25}"#.utf8))
    let null = try JSONDecoder().decode(
      DimensionScores.self, from: Data(#"{"authority":null,"acceptance":null,"ability":-0.25}"#.utf8))
    #expect(missing == DimensionScores(ability: -0.25))
    #expect(null == missing)
  }

  @Test func aSweepRowWritesItsRootFieldsAsNullAndLeavesOutAMissingSynergy() throws {
    let row = AllyLoss(
      ids: ["a"], statusChanges: 1, deltaViability: -0.5, failed: ["c"], improved: [], weakened: [],
      articulationPoint: false,
      immediatelyDominates: nil, cutOffFromRoot: nil, fragmentation: 0.25)
    #expect(
      try json(row)
        == #"{"articulationPoint":false,"cutOffFromRoot":null,"deltaViability":-0.5,"failed":["c"],"#
        + #""fragmentation":0.25,"ids":["a"],"immediatelyDominates":null,"improved":[],"statusChanges":1,"#
        + #""weakened":[]}"#)
    #expect(try JSONDecoder().decode(AllyLoss.self, from: Data(try json(row).utf8)) == row)
  }

  @Test(arguments: [
    ("plain", #""plain""#),
    ("say \"no\"", #""say \"no\"""#),
    (#"C:\dir"#, #""C:\\dir""#),
    ("two\nlines\tand\r", #""two\nlines\tand\r""#),
    ("bell\u{07} del\u{7F} c1\u{85} sep\u{2028} bom\u{FEFF}", #""bell\u0007 del\u007F c1\u0085 sep\u2028 bom\uFEFF""#),
    ("Órgano — ñ", #""Órgano — ñ""#),
  ])
  func yamlQuotingEscapesQuotesBackslashesAndControlCharacters(_ text: String, _ expected: String) {
    #expect(ModelWriter.quoted(text) == expected)
  }

  @Test func anEscaperUsesItsTableFirstThenItsFallback() {
    let escaper = ScalarEscaper(["<": "&lt;"], other: { $0 == ">" ? "&gt;" : nil })
    #expect(escaper("a<b>c") == "a&lt;b&gt;c")
    #expect(escaper("" as Substring) == "")
  }
}
