import ArgumentParser
import Foundation
import PowerMap

struct SimulateCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "simulate",
    abstract: "Before and after a scenario: every commitment's viability and status, and what drove each change.",
    discussion: """
      Drivers are the actors whose change moved a commitment's viability the most (one-at-a-time attribution) \
      and the steps whose omission restores its status (leave-one-out). With --samples N, a Monte Carlo run \
      draws the declared stances (and positions) with their uncertainty and lets each step happen with its \
      probability; without --scenario it samples the model as it is. The output is identical for any --jobs and for reruns with the same --seed. --fail-if metrics: the \
      after-plan's viable, atRisk, blocked, meanViability, totalViability, concentration; statusChanges \
      (commitments whose status got worse); viability(C), deltaViability(C); with --samples also pViable(C), \
      pBlocked(C), expectedViable.
      """
  )

  @Argument(help: "A model file (YAML or JSON).")
  var model: String

  @OptionGroup var scenarioOptions: ScenarioOptions<ComposedScenarios>

  @OptionGroup var monteCarlo: MonteCarloOptions<Self>

  @OptionGroup var jobs: JobsOptions<Self>

  @OptionGroup var output: OutputFormatOptions<Self>

  @OptionGroup var failIf: FailIfOptions

  func validate() throws {
    if scenarioOptions.scenarios.isEmpty && monteCarlo.samples == 0 {
      throw ValidationError(
        "give a scenario with --scenario ID|FILE, or --samples N to sample the model as it is")
    }
    try output.check()
    try monteCarlo.check()
    try jobs.check()
  }

  func run() async throws {
    _ = try failIf.conditions()
    let (samples, seed) = (monteCarlo.samples, monteCarlo.seed)
    try failIf.requireSamples(samples)
    let loaded = try ModelLoader.load(contentsOf: model)
    Terminal.printDiagnostics(loaded.warnings)
    let scenarios = try scenarioOptions.resolve(for: loaded.model, modelPath: model)
    let simulation = Simulation(model: loaded.model)
    var run = simulation.run(scenarios)
    if samples > 0 {
      let jobs = jobs.count
      run = run.adding(
        try await InterruptibleWork.run(total: samples, label: "Monte Carlo") { progress in
          try await simulation.monteCarlo(scenarios, samples: samples, seed: seed, jobs: jobs, progress: progress)
        })
    }
    let result = run.result
    try output.write(
      result, csv: { SimulationText.csv(result) }, text: { SimulationText.report(result, model: loaded.model) })
    try failIf.enforce(MetricTable(result))
  }
}

/// The help lines of the shared option groups, worded for `simulate`.
extension SimulateCommand: OutputFormatHelp, JobsHelp, SamplesHelp {
  static let samples = "Monte Carlo samples (0: deterministic only; at most 10,000,000)."
  static let csv = "Print the commitment table as CSV."
  static let jobs = "Worker tasks for Monte Carlo (default: the number of cores)."
}
