/// Executes the runs of a batch, one at a time, each independently: a run that fails (a model
/// that does not load, an unknown scenario) is reported in its own outcome and the batch goes on.
package enum BatchRunner {
  /// Runs one batch entry: the plan before and after its scenarios (rules 1–4 and 8), and a
  /// Monte Carlo run when it asks for samples. Never throws: failures become an error outcome.
  package static func execute(_ run: BatchRun, jobs: Int) async -> BatchOutcome {
    do {
      let model = try ModelLoader.load(contentsOf: run.modelPath, displayName: run.model).model
      let scenarios = try ScenarioResolver.resolve(
        run.scenarios, for: model, modelPath: run.modelPath, directory: run.directory)
      let simulation = try await Simulation(model: model).run(
        scenarios, samples: run.samples, seed: run.seed, jobs: jobs)
      return BatchOutcome(run: run, simulation: simulation)
    } catch let error as DiagnosticsError {
      return BatchOutcome(run: run, error: error.errors.map(\.description).joined(separator: "\n"))
    } catch is CancellationError {
      return BatchOutcome(run: run, error: "cancelled")
    } catch {
      return BatchOutcome(run: run, error: "\(error)")
    }
  }
}

/// What one batch run produced: a line of `powermap run`'s output.
package struct BatchOutcome: Sendable, Encodable {
  package var run: String
  package var number: Int
  package var model: String
  package var scenarios: [String]
  package var samples: Int
  package var seed: UInt64
  /// `ok` or `error`.
  package var status: String
  package var error: String?
  package var before: PlanSummary?
  package var after: PlanSummary?
  package var commitments: [CommitmentOutcome]?
  package var monteCarlo: MonteCarloResult?

  init(
    run: BatchRun, status: String, error: String?, before: PlanSummary?, after: PlanSummary?,
    commitments: [CommitmentOutcome]?, monteCarlo: MonteCarloResult?
  ) {
    self.run = run.id
    self.number = run.number
    self.model = run.model
    self.scenarios = run.scenarios
    self.samples = run.samples
    self.seed = run.seed
    self.status = status
    self.error = error
    self.before = before
    self.after = after
    self.commitments = commitments
    self.monteCarlo = monteCarlo
  }

  /// The outcome of `run`, whose simulation is `simulation`.
  init(run: BatchRun, simulation: SimulationRun) {
    let commitments = simulation.changes.map {
      CommitmentOutcome($0, withAfter: true, odds: simulation.monteCarlo(of: $0.commitment))
    }
    self.init(
      run: run, status: "ok", error: nil, before: simulation.before.evaluation.plan,
      after: simulation.after.evaluation.plan, commitments: commitments, monteCarlo: simulation.monteCarlo)
  }

  init(run: BatchRun, error: String) {
    self.init(run: run, status: "error", error: error, before: nil, after: nil, commitments: nil, monteCarlo: nil)
  }
}
