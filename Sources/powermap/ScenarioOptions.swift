import ArgumentParser
import Foundation
import PowerMap

/// The `--scenario ID|FILE` options shared by the analysis commands.
struct ScenarioOptions: ParsableArguments {
  @Option(
    name: .customLong("scenario"),
    help: ArgumentHelp(
      "A scenario: the id of one in the model, a scenario file, or the name of a file in the model's scenarios/ "
        + "folder. Repeat to compose scenarios in order.", valueName: "ID|FILE"))
  var scenarios: [String] = []

  /// The scenarios in order, each checked against the model (see ``ScenarioResolver``).
  func resolve(for model: Model, modelPath: String) throws -> [Scenario] {
    try ScenarioResolver.resolve(scenarios, for: model, modelPath: modelPath)
  }
}
