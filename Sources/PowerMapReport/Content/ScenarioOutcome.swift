import PowerMap

/// One scenario of a report: its before/after with drivers (rule 8), its Monte Carlo run
/// (rule 10) when samples were asked for, and its before/after map.
package struct ScenarioOutcome: Sendable {
  /// The scenario, as resolved against the model.
  package var scenario: Scenario
  /// Before, after, every commitment's change and the Monte Carlo result.
  package var run: SimulationRun
  /// The scenario map.
  package var map: ReportMap
  /// The scenario's name in file names and anchors: its id made file-safe, unique in the report
  /// (`changes-STEM.csv`, `scenario-STEM.json`, `#scenario-STEM`).
  package var fileStem: String

  /// The JSON document of ``run`` (`powermap simulate --json`).
  package var result: SimulationResult { run.result }

  /// The number of commitments whose status got worse.
  package var worsenedCount: Int { run.worsened.count }

  /// ΣV after − ΣV before.
  package var deltaTotalViability: Double {
    run.after.report.plan.totalViability - run.before.report.plan.totalViability
  }
}
