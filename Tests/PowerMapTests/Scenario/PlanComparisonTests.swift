import Foundation
import PowerMap
import TestSupport
import Testing

/// `powermap diff`'s comparison, made from two simulation runs: the Veracruz story of a plan that
/// rested on the state executive (2016-2017) and a diversified one (2019-2020).
struct PlanComparisonTests {
  static func run(_ name: String, scenario: String?) throws -> SimulationRun {
    let path = PackageRoot.path("models/\(name).yaml")
    let model = try ModelLoader.load(contentsOf: path).model
    let scenarios = try scenario.map { try ScenarioResolver.resolve([$0], for: model, modelPath: path) } ?? []
    return Simulation(model: model).run(scenarios)
  }

  @Test func theChangeOfGovernmentBlocksEveryCommitmentOfTheOldPlanAndOneOfTheNew() throws {
    let comparison = PlanComparison(
      a: try Self.run("veracruz-2016-2017", scenario: "pan-to-morena"),
      b: try Self.run("veracruz-2019-2020", scenario: "pan-to-morena"))
    #expect(comparison.scenario?.id == "pan-to-morena")
    #expect(comparison.a.before.viable == 3 && comparison.a.after?.blocked == 5)
    #expect(comparison.b.after?.blocked == 1 && comparison.b.after?.viable == 5)
    let budget = try #require(comparison.b.commitmentStatus.first { $0.id == "state-open-budget" })
    #expect(budget.before == .viable && budget.after == .blocked)
    #expect(comparison.a.largestSupporter == "state-executive" && comparison.b.largestSupporter == "ivai")
    #expect(comparison.actorsRemoved == ["omidyar-network", "secretaria-salud", "siop"])
  }

  @Test func withoutAScenarioThereIsNoAfter() throws {
    let comparison = PlanComparison(
      a: try Self.run("veracruz-2016-2017", scenario: nil), b: try Self.run("veracruz-2019-2020", scenario: nil))
    #expect(comparison.scenario == nil)
    #expect(comparison.a.after == nil && comparison.b.after == nil)
    #expect(comparison.a.commitmentStatus.allSatisfy { $0.after == nil && $0.viabilityAfter == nil })
    #expect(comparison.a.commitments == 5 && comparison.b.commitments == 6)
  }
}
