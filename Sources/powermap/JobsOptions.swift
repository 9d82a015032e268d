import ArgumentParser
import Foundation

/// The help line of a command's `--jobs` option (each command says what the workers do).
protocol JobsHelp {
  /// The help of `--jobs`.
  static var jobs: String { get }
}

/// `--jobs N`, shared by the commands that run work in parallel.
struct JobsOptions<Help: JobsHelp>: ParsableArguments {
  @Option(help: ArgumentHelp(Help.jobs))
  var jobs: Int?

  /// Refuses fewer than one worker; called from the command's `validate()`, in its order of checks.
  func check() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
  }

  /// The number of workers: `--jobs`, or the number of cores.
  var count: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }
}
