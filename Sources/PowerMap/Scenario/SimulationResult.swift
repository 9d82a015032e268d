/// The result of `powermap simulate`: the plan before and after a scenario, every commitment's
/// change with its drivers, and optionally a Monte Carlo run.
///
/// Encodes as <doc:CommandLine> fixes: `{"scenario": {"id"}, "before": <analyze>, "after": <analyze>,
/// "changes": [{"commitment", "from", "to", "deltaViability", "drivers"}]}`, plus `"monteCarlo"`
/// when samples were drawn.
package struct SimulationResult: Sendable, Encodable {
  package var scenario: ReportScenario?
  package var before: StakeholderReport
  package var after: StakeholderReport
  package var changes: [CommitmentChange]
  package var monteCarlo: MonteCarloResult?

  /// The document of `run`.
  package init(_ run: SimulationRun) {
    scenario = run.after.report.scenario
    before = run.before.report
    after = run.after.report
    changes = run.changes
    monteCarlo = run.monteCarlo
  }

  /// The commitments whose status got worse.
  package var worsened: [CommitmentChange] { changes.filter { $0.to > $0.from } }

  private enum CodingKeys: String, CodingKey {
    case scenario, before, after, changes, monteCarlo
  }

  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeEveryKey([.scenario: scenario, .before: before, .after: after, .changes: changes])
    try container.encodeIfPresent(monteCarlo, forKey: .monteCarlo)
  }
}
