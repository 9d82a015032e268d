import Foundation
import PowerMap
import PowerMapGraphviz
import TestSupport
import Testing

@testable import PowerMapReport

/// The "What would it take" section in its robust form (`report --robust`), on the minimal model:
/// its one commitment is viable (V +0.44) but no single move keeps it viable after the loss of any
/// one ally (`powermap advise models/examples/minimal.yaml --robust` says the same).
struct ReportAdviceTests {
  static func content(robust: Bool, language: MapLanguage = .en) async throws -> ReportContent {
    let model = try ModelLoader.load(contentsOf: ReportContentTests.minimalModel).model
    return try await ReportContent.build(
      model: model, scenarios: [], options: ReportOptions(language: language, date: nil, robust: robust))
  }

  @Test func robustSectionSaysWhatSurvivesAnyLoss() async throws {
    let content = try await Self.content(robust: true)
    #expect(content.advice.map(\.robust) == [true])
    let section = content.adviceSection
    #expect(section.heading == "What would it take to survive the loss of any one ally")
    let markdown = MarkdownReport(content).render()
    #expect(markdown.contains("_Robust form: for each commitment that does not survive the loss of any one ally"))
    #expect(
      markdown.contains(
        "(viable but not robust, V +0.44): no single actor's shift of up to +2.00 and no single recruit makes it "
          + "survive the loss of any one ally"))
  }

  @Test func withoutRobustTheSectionIsThePlainOne() async throws {
    let content = try await Self.content(robust: false)
    #expect(content.advice.map(\.robust) == [false])
    #expect(content.adviceSection.heading == "What would it take")
    #expect(MarkdownReport(content).render().contains("Every commitment is viable."))
  }

  @Test func spanishWords() async throws {
    let content = try await Self.content(robust: true, language: .es)
    #expect(content.adviceSection.heading == "Qué haría falta para resistir la pérdida de un aliado cualquiera")
    #expect(MarkdownReport(content).render().contains("pero no robusto"))
  }
}
