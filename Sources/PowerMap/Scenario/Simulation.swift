/// Simulates scenarios on one model: the single entry point behind `simulate`, `run`, `render`,
/// `diff` and `report`, whose outputs only format its results.
///
/// The model's own analysis (rules 1–6, betweenness included) is computed once, when the
/// simulation is made, and every run reuses it as the "before" of each run.
///
///     let simulation = Simulation(model: model)
///     let run = simulation.run(scenarios)
///     for change in run.changes(to: .blocked) { print(change.commitment) }
package struct Simulation: Sendable {
  /// The model simulated.
  package let model: Model
  /// The options of every analysis (network measures).
  package let options: AnalysisOptions
  /// The analysis of the model without scenario, computed once.
  package let baseline: StakeholderAnalysis

  /// A simulation of `model`: computes its analysis without scenario.
  package init(model: Model, options: AnalysisOptions = AnalysisOptions()) {
    self.model = model
    self.options = options
    self.baseline = StakeholderAnalysis(model: model, options: options)
    SimulationProbe.current?.count(.baseline)
  }

  /// The analysis of the model after `scenarios` (applied in order, every step); the baseline
  /// itself when `scenarios` is empty.
  package func analysis(after scenarios: [Scenario]) -> StakeholderAnalysis {
    guard !scenarios.isEmpty else { return baseline }
    SimulationProbe.current?.count(.scenario)
    return StakeholderAnalysis(model: model, scenarios: scenarios, options: options)
  }

  /// The model before and after `scenarios` (applied in order): every commitment's change with
  /// its drivers and restoring steps (rule 8 of <doc:Rules>), without Monte Carlo.
  package func run(_ scenarios: [Scenario]) -> SimulationRun {
    let after = analysis(after: scenarios)
    return SimulationRun(
      scenarios: scenarios, before: baseline, after: after,
      changes: TransitionRisk.changes(before: baseline, after: after), monteCarlo: nil)
  }

  /// ``run(_:)`` and, when `samples` > 0, a Monte Carlo run of `samples` samples with `seed`
  /// (rule 10 of <doc:Rules>) on `jobs` worker tasks.
  ///
  /// - Parameter progress: called with the number of samples done (see ``MonteCarloSimulation``).
  /// - Throws: ``ScenarioRunError/invalidSampleCount(_:)`` when `samples` is above
  ///   ``MonteCarloSimulation/maximumSamples``; `CancellationError` when the task is cancelled.
  package func run(
    _ scenarios: [Scenario], samples: Int, seed: UInt64 = 1, jobs: Int = 1,
    progress: (@Sendable (Int) -> Void)? = nil
  ) async throws -> SimulationRun {
    let run = run(scenarios)
    guard samples > 0 else { return run }
    return run.adding(
      try await monteCarlo(scenarios, samples: samples, seed: seed, jobs: jobs, progress: progress))
  }

  /// The Monte Carlo run of `scenarios` (rule 10 of <doc:Rules>); see ``MonteCarloSimulation``.
  package func monteCarlo(
    _ scenarios: [Scenario], samples: Int, seed: UInt64 = 1, jobs: Int = 1,
    progress: (@Sendable (Int) -> Void)? = nil
  ) async throws -> MonteCarloResult {
    try await MonteCarloSimulation.run(
      model: model, scenarios: scenarios, samples: samples, seed: seed, jobs: jobs, progress: progress)
  }
}
