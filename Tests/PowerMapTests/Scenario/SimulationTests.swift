import Foundation
import PowerMap
import TestSupport
import Testing

/// The one entry point for "simulate a scenario", on the shipped 2019-2020 Veracruz model: results
/// looked up by commitment id, the same numbers as `powermap simulate`.
struct SimulationTests {
  static let path = PackageRoot.path("models/veracruz-2019-2020.yaml")

  static func model() throws -> Model {
    try ModelLoader.load(contentsOf: path).model
  }

  /// The shipped `pan-to-morena` scenario, found as `--scenario pan-to-morena` finds it.
  static func panToMorena(_ model: Model) throws -> Scenario {
    try #require(try ScenarioResolver.resolve(["pan-to-morena"], for: model, modelPath: path).first)
  }

  /// The transition to MORENA blocks the state's open budget (viable +0.27 → blocked −0.20), and
  /// only it; the transition step alone restores it; the state executive drives it.
  @Test func panToMorenaBlocksTheStateOpenBudget() throws {
    let model = try Self.model()
    let run = Simulation(model: model).run([try Self.panToMorena(model)])
    #expect(run.changes(to: .blocked).map(\.commitment) == ["state-open-budget"])
    let budget = try #require(run.change(forCommitment: "state-open-budget"))
    #expect(budget.from == .viable && budget.to == .blocked)
    // Checked independently by scripts/model_check.py (rules 1–3), to 1e-6.
    #expect(abs(budget.viabilityBefore - 0.2662742722300863) < 1e-9)
    #expect(abs(budget.viabilityAfter + 0.19666072596488143) < 1e-9)
    #expect(budget.drivers == ["state-executive", "state-agencies", "ivai", "civil-society"])
    #expect(budget.restoringSteps.map(\.description) == ["pan-to-morena#1 (transition)"])
    #expect(run.worsened.map(\.commitment) == ["state-open-budget"])
    #expect(run.statusChanges.count == 1)
    #expect(run.change(forCommitment: "public-works-data")?.to == .viable)
    #expect(run.change(forCommitment: "no-such-commitment") == nil)
    #expect(run.changes(to: .viable).isEmpty)
  }

  /// Every run of one simulation starts from the same analysis of the model without scenario, and
  /// a run without scenario is that analysis before and after, with no change.
  @Test func runsShareTheBaselineAndAnEmptyRunChangesNothing() throws {
    let model = try Self.model()
    let simulation = Simulation(model: model)
    let empty = simulation.run([])
    #expect(empty.scenarios.isEmpty && empty.statusChanges.isEmpty)
    #expect(empty.changes.count == model.commitments.count)
    #expect(empty.changes.allSatisfy { $0.deltaViability == 0 && $0.drivers.isEmpty })
    #expect(empty.after.report.plan == empty.before.report.plan)
    let run = simulation.run([try Self.panToMorena(model)])
    #expect(run.before.report.plan == simulation.baseline.report.plan)
    #expect(run.result.scenario?.id == "pan-to-morena")
    #expect(run.result.changes == run.changes)
  }

  /// With samples, the run carries the Monte Carlo result, looked up by id; the same as
  /// ``MonteCarloSimulation`` run on its own.
  @Test func samplesAddTheMonteCarloResult() async throws {
    let model = try Self.model()
    let scenario = try Self.panToMorena(model)
    let run = try await Simulation(model: model).run([scenario], samples: 200, seed: 7, jobs: 2)
    let alone = try await MonteCarloSimulation.run(model: model, scenarios: [scenario], samples: 200, seed: 7, jobs: 1)
    #expect(run.monteCarlo == alone)
    let budget = try #require(run.monteCarlo(of: "state-open-budget"))
    #expect(budget == alone.commitments.first { $0.id == "state-open-budget" })
    #expect(budget.pBlocked > 0)
    #expect(run.monteCarlo(of: "no-such-commitment") == nil)
    #expect(Simulation(model: model).run([scenario]).monteCarlo == nil)
  }
}
