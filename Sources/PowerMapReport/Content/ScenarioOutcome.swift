import PowerMap

/// One scenario of a report: its before/after with drivers (rule 8), its Monte Carlo run
/// (rule 10) when samples were asked for, and its before/after map.
public struct ScenarioOutcome: Sendable {
  /// The scenario, as resolved against the model.
  public var scenario: Scenario
  /// Before, after, every commitment's change and the Monte Carlo result.
  public var result: SimulationResult
  /// The scenario map.
  public var map: ReportMap
  /// The scenario's name in file names and anchors: its id made file-safe, unique in the report
  /// (`changes-STEM.csv`, `scenario-STEM.json`, `#scenario-STEM`).
  public var fileStem: String

  /// The number of commitments whose status got worse.
  public var worsenedCount: Int { result.worsened.count }

  /// ΣV after − ΣV before.
  public var deltaTotalViability: Double {
    result.after.plan.totalViability - result.before.plan.totalViability
  }
}
