import Foundation
import PowerMap
import PowerMapGraphviz
import TestSupport
import Testing

@testable import PowerMapReport

/// The content of a report, on the minimal example model: five actors, one commitment owned by
/// ORFIS, two obstacles and two scenarios (ORFIS withdraws; the reluctant mayors half give in).
struct ReportContentTests {
  static let minimalModel = PackageRoot.path("models/examples/minimal.yaml")

  static func content(scenarioOrder: [String] = ["alcaldes-ceden", "sin-orfis"], samples: Int = 0) async throws
    -> ReportContent
  {
    let model = try ModelLoader.load(contentsOf: minimalModel).model
    let scenarios = scenarioOrder.compactMap { model.scenario(withID: $0) }
    return try await ReportContent.build(
      model: model, scenarios: scenarios, options: ReportOptions(samples: samples, seed: 3, date: nil))
  }

  @Test func mostDangerousScenarioIsTheOneThatWorsensMostCommitments() async throws {
    for order in [["alcaldes-ceden", "sin-orfis"], ["sin-orfis", "alcaldes-ceden"]] {
      let content = try await Self.content(scenarioOrder: order)
      // Without its owner the commitment has V = −1 (rule 3): blocked, one commitment worse.
      let worst = try #require(content.mostDangerousScenario)
      #expect(worst.scenario.id == "sin-orfis")
      #expect(worst.worsenedCount == 1)
      #expect(worst.result.after.commitments[0].viability == -1)
      #expect(worst.deltaTotalViability == -1 - worst.result.before.commitments[0].viability)
    }
  }

  @Test func criticalAlliesAreTheRemovalsThatWorsenACommitment() async throws {
    let content = try await Self.content()
    let allies = content.criticalAllies
    #expect(!allies.isEmpty && allies.count <= ReportContent.summaryLength)
    #expect(allies.allSatisfy { $0.statusChanges > 0 })
    #expect(allies.first?.ids == ["orfis"], "removing the owner blocks the commitment")
    // They are the head of the sweep's ranking, in its order.
    #expect(allies.map(\.ids) == content.sweep.allies.prefix(allies.count).map(\.ids))
  }

  @Test func obstaclesUnderPressureAreRankedMostFirst() async throws {
    let content = try await Self.content()
    let pressures = content.obstaclesUnderPressure.map(\.pressure.pressure)
    #expect(!pressures.isEmpty)
    #expect(pressures.allSatisfy { $0 > 0 })
    #expect(pressures == pressures.sorted(by: >))
    let table = content.obstaclesTable
    #expect(table.rows.count == 2)
    #expect(table.rows.map { $0[0] } == content.obstaclesUnderPressure.map { .text($0.obstacle.id) })
  }

  @Test func largestSupporterHoldsTheLargestShareOfContributions() async throws {
    let content = try await Self.content()
    let largest = try #require(content.largestSupporter)
    let contributions = content.baseline.evaluation.concentration.contributions
    let total = contributions.reduce(0, +)
    #expect(largest.id == "orfis")
    #expect(abs(largest.share - (contributions.max() ?? 0) / total) < 1e-12)
  }

  @Test func actorsTableListsEveryActorByEffectivePowerWithTheIdOnlyInTheData() async throws {
    let content = try await Self.content()
    let table = content.actorsTable
    #expect(table.rows.count == 5)
    #expect(table.columns.first?.key == "id" && table.columns.first?.shown == false)
    let powerColumn = try #require(table.columns.firstIndex { $0.key == "effectivePower" })
    let powers = table.rows.map { row -> Double in
      if case .number(let value, _) = row[powerColumn] { return value }
      return .nan
    }
    #expect(powers == powers.sorted(by: >))
    #expect(table.rows.first?[0] == .text("orfis"))
  }

  @Test func monteCarloTablesOnlyWithSamples() async throws {
    let without = try await Self.content()
    #expect(without.scenarios.allSatisfy { without.monteCarloTable($0) == nil })
    let with = try await Self.content(samples: 200)
    let outcome = try #require(with.scenarios.first { $0.scenario.id == "sin-orfis" })
    let table = try #require(with.monteCarloTable(outcome))
    let pBlocked = try #require(table.columns.firstIndex { $0.key == "pBlocked" })
    // Without its owner the commitment is blocked in every sample.
    #expect(table.rows[0][pBlocked] == .percent(1))
    let counts = try #require(with.viableCountTable(outcome))
    #expect(counts.rows.map { $0[1] } == [.integer(200), .integer(0)])
  }

  @Test func filesHoldEveryTableAndTheMaps() async throws {
    let content = try await Self.content(samples: 50)
    let list = try ReportFiles(content).files.map(\.path)
    let paths = Set(list)
    #expect(paths.count == list.count, "no two files share a path")
    for expected in [
      "index.html", "report.md", "map-power.svg", "map-grid.svg", "map-commitments.svg", "map-scenario-sin-orfis.svg",
      "map-scenario-alcaldes-ceden.svg", "data/actors.csv", "data/actors.json", "data/commitments.csv",
      "data/obstacles.json", "data/changes-sin-orfis.csv", "data/changes-sin-orfis.json",
      "data/montecarlo-sin-orfis.json", "data/viable-count-sin-orfis.csv", "data/allies.csv", "data/mactor-balance.csv",
      "data/mactor-midi.json", "data/mactor-objectives.csv", "data/analysis.json", "data/scenario-sin-orfis.json",
      "data/sweep.json", "data/mactor.json",
    ] {
      #expect(paths.contains(expected), "\(expected)")
    }
  }

  @Test func sameScenarioTwiceGetsTwoSectionsWithDistinctFiles() async throws {
    let content = try await Self.content(scenarioOrder: ["sin-orfis", "sin-orfis"])
    #expect(content.scenarios.map(\.fileStem) == ["sin-orfis", "sin-orfis-2"])
    let paths = try ReportFiles(content).files.map(\.path)
    #expect(paths.contains("data/changes-sin-orfis-2.csv") && paths.contains("map-scenario-sin-orfis-2.svg"))
  }

  @Test func missingMactorIsExplainedInBothFormats() async throws {
    var content = try await Self.content()
    content.mactor = nil
    content.mactorUnavailable = "MACTOR takes at most 2000 actors (the model has 2001)"
    let html = HTMLReport(content).render()
    let markdown = MarkdownReport(content).render()
    #expect(html.contains("<p>MACTOR takes at most 2000 actors (the model has 2001)</p>"))
    #expect(markdown.contains("MACTOR takes at most 2000 actors (the model has 2001)"))
    #expect(!(try ReportFiles(content).files.contains { $0.path.hasPrefix("data/mactor") }))
  }

  @Test func scenarioWithoutLossIsNotCalledDangerous() async throws {
    let content = try await Self.content(scenarioOrder: ["alcaldes-ceden"])
    let only = try #require(content.mostDangerousScenario)
    #expect(only.worsenedCount == 0)
    // The mayors giving in weakens their obstacle, but the citizens, in conflict with them, warm
    // less to the plan: total viability falls by about 0.01, and the summary says so.
    #expect(only.deltaTotalViability < 0 && only.deltaTotalViability > -0.02)
    #expect(MarkdownReport(content).render().contains("**Las alcaldías reticentes ceden a medias** (−0.01)."))
  }
}
