import ArgumentParser
import Foundation
import PowerMap

/// What the repeated `--scenario` options of a command mean: composed in order (most commands) or
/// each on its own (`report`).
protocol ScenarioHelp {
  /// The help of `--scenario`.
  static var scenario: String { get }
}

/// Scenarios applied one after the other (analyze, simulate, sweep, diff, render, mactor).
enum ComposedScenarios: ScenarioHelp {
  static let scenario =
    "A scenario: the id of one in the model, a scenario file, or the name of a file in the model's scenarios/ "
    + "folder. Repeat to compose scenarios in order."
}

/// The `--scenario ID|FILE` options shared by the analysis commands.
struct ScenarioOptions<Help: ScenarioHelp>: ParsableArguments {
  @Option(name: .customLong("scenario"), help: ArgumentHelp(Help.scenario, valueName: "ID|FILE"))
  var scenarios: [String] = []

  /// The scenarios in order, each checked against the model (see ``ScenarioResolver``).
  func resolve(for model: Model, modelPath: String) throws -> [Scenario] {
    try ScenarioResolver.resolve(scenarios, for: model, modelPath: modelPath)
  }
}
