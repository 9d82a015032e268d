import Foundation
import PowerMapGraphviz
import Testing

@testable import PowerMapReport

/// The report's methods appendix and the Rules article of the PowerMap documentation
/// (`Sources/PowerMap/PowerMap.docc/Rules.md`) cannot drift apart: every rule the article defines
/// has an entry in the appendix under the same number and name, and every formula line the
/// appendix prints in English is a line of the article.
struct MethodsAppendixRulesTests {
  static let rulesArticle = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources/PowerMap/PowerMap.docc/Rules.md")

  /// The lines of the article, without the indentation of the code listings.
  static func articleLines() throws -> [String] {
    try String(contentsOf: rulesArticle, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
      .map { String($0) }
  }

  /// "## Rule 3: Commitment viability" → "3. Commitment viability", the appendix's heading.
  static func ruleHeadings(_ lines: [String]) -> [String] {
    lines.compactMap { line in
      guard line.hasPrefix("## Rule ") else { return nil }
      let rest = line.dropFirst("## Rule ".count)
      guard let colon = rest.firstIndex(of: ":") else { return nil }
      return "\(rest[..<colon]). \(rest[rest.index(after: colon)...].trimmingCharacters(in: .whitespaces))"
    }
  }

  @Test func everyRuleOfTheArticleIsAnEntryOfTheAppendixUnderTheSameNumberAndName() throws {
    let headings = Self.ruleHeadings(try Self.articleLines())
    #expect(headings.count == 11)
    #expect(headings.first == "1. Dependency cascade → effective power")
    #expect(MethodsAppendix(.en).entries.map(\.title) == headings)
  }

  @Test func everyFormulaLineOfTheAppendixIsALineOfTheArticle() throws {
    let lines = Set(try Self.articleLines())
    let formulas = MethodsAppendix(.en).entries.flatMap(\.formulas)
    #expect(formulas.count == 38)
    let missing = formulas.filter { !lines.contains($0) }
    #expect(missing.isEmpty, "formula lines of the appendix missing from Rules.md: \(missing)")
  }

  @Test func theSpanishAppendixHasTheSameRulesAndTheSameNumberOfFormulaLines() {
    let english = MethodsAppendix(.en).entries
    let spanish = MethodsAppendix(.es).entries
    #expect(spanish.map(\.formulas.count) == english.map(\.formulas.count))
    #expect(spanish.map { $0.title.prefix { $0 != " " } } == english.map { $0.title.prefix { $0 != " " } })
  }
}
