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
    do {
      return try ScenarioResolver.resolve(scenarios, for: model, modelPath: modelPath)
    } catch let error as ScenarioResolver.UnknownScenario {
      throw CommandFailure.badInput(error.message)
    }
  }
}

/// Did-you-mean hints for command-line values.
enum DidYouMeanHint {
  static func text(for word: String, among candidates: [String]) -> String? {
    guard !candidates.isEmpty else { return nil }
    let close = candidates.filter { $0.lowercased().hasPrefix(word.lowercased().prefix(3)) }
    if let first = close.first { return "did you mean '\(first)'?" }
    return "available: " + candidates.sorted().joined(separator: ", ")
  }
}
