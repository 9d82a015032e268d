import ArgumentParser
import PowerMap

/// The help line of a command's `--samples` option (each command says what the samples are for).
protocol SamplesHelp {
  /// The help of `--samples`.
  static var samples: String { get }
}

/// `--samples N` and `--seed S`, shared by the commands that run Monte Carlo (`simulate`, `report`).
struct MonteCarloOptions<Help: SamplesHelp>: ParsableArguments {
  @Option(help: ArgumentHelp(Help.samples))
  var samples = 0

  @Option(help: "The Monte Carlo seed: a whole number from 0 to 18446744073709551615.")
  var seed: UInt64 = 1

  /// Refuses a sample count outside the Monte Carlo limit; called from the command's `validate()`, in its
  /// order of checks.
  func check() throws {
    if samples < 0 || samples > MonteCarloSimulation.maximumSamples {
      throw ValidationError(
        "--samples must be 0 to \(MonteCarloSimulation.maximumSamplesText), the Monte Carlo limit (got \(samples))")
    }
  }
}
