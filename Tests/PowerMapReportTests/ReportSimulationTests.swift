import Foundation
import PowerMap
import Testing

@testable import PowerMapReport

/// A report runs one simulation: the model's own analysis (betweenness included) is computed once,
/// whatever the number of scenarios, and every section and map takes the results of that run.
struct ReportSimulationTests {
  @Test(arguments: [0, 1, 2])
  func aReportComputesTheBaselineAnalysisOnce(scenarioCount: Int) async throws {
    let model = try ModelLoader.load(contentsOf: ReportContentTests.minimalModel).model
    let scenarios = Array(model.scenarios.prefix(scenarioCount))
    #expect(scenarios.count == scenarioCount)
    let probe = SimulationProbe()
    let content = try await SimulationProbe.$current.withValue(probe) {
      try await ReportContent.build(
        model: model, scenarios: scenarios, options: ReportOptions(samples: 50, seed: 3, jobs: 2, date: nil))
    }
    #expect(probe.count(of: .baseline) == 1)
    #expect(probe.count(of: .scenario) == scenarioCount)
    #expect(content.scenarios.count == scenarioCount)
    for outcome in content.scenarios {
      #expect(outcome.run.before.report == content.baseline.report)
      #expect(outcome.run.monteCarlo?.samples == 50)
      #expect(outcome.result.changes == outcome.run.changes)
    }
  }
}
