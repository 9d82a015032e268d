import PowerMap

/// One scenario of a report: its before/after with drivers (rule 8), its Monte Carlo run
/// (rule 10) when samples were asked for, and its before/after map.
package struct ScenarioOutcome: Sendable {
  /// The scenario, as resolved against the model.
  package var scenario: Scenario
  /// Before, after, every commitment's change and the Monte Carlo result.
  package var result: SimulationResult
  /// The scenario map.
  package var map: ReportMap
  /// The scenario's name in file names and anchors: its id made file-safe, unique in the report
  /// (`changes-STEM.csv`, `scenario-STEM.json`, `#scenario-STEM`).
  package var fileStem: String

  /// An outcome with every field given.
  package init(scenario: Scenario, result: SimulationResult, map: ReportMap, fileStem: String) {
    self.scenario = scenario
    self.result = result
    self.map = map
    self.fileStem = fileStem
  }

  /// The number of commitments whose status got worse.
  package var worsenedCount: Int { result.worsened.count }

  /// ΣV after − ΣV before.
  package var deltaTotalViability: Double {
    result.after.plan.totalViability - result.before.plan.totalViability
  }
}
