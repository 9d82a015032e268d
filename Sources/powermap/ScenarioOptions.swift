import ArgumentParser
import Foundation
import PowerMap

/// The `--scenario ID|FILE` options shared by the analysis commands, and their resolution.
struct ScenarioOptions: ParsableArguments {
  @Option(
    name: .customLong("scenario"),
    help: ArgumentHelp(
      "A scenario: the id of one in the model, a scenario file, or the id of a file in the model's scenarios/ folder. "
        + "Repeat to compose scenarios in order.", valueName: "ID|FILE"))
  var scenarios: [String] = []

  /// The scenarios in order, each checked against the model (and the actors added before it).
  func resolve(for model: Model, modelPath: String) throws -> [Scenario] {
    var resolved: [Scenario] = []
    let scenariosFolder = URL(fileURLWithPath: modelPath).deletingLastPathComponent().appendingPathComponent(
      "scenarios")
    for reference in scenarios {
      var added: [String] = []
      for scenario in resolved {
        for step in scenario.steps { if case .add(let actor) = step.action { added.append(actor.id) } }
      }
      if let scenario = model.scenario(withID: reference) {
        resolved.append(scenario)
        continue
      }
      var path = reference
      if !FileManager.default.fileExists(atPath: path) {
        let candidate = scenariosFolder.appendingPathComponent(reference + ".yaml").path
        guard FileManager.default.fileExists(atPath: candidate) else {
          var known = model.scenarios.map(\.id)
          if let files = try? FileManager.default.contentsOfDirectory(atPath: scenariosFolder.path) {
            known += files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }
          }
          let hint = DidYouMeanHint.text(for: reference, among: known)
          throw CommandFailure.badInput(
            "no scenario '\(reference)': not a scenario of the model, a file, or a file in \(scenariosFolder.path)"
              + (hint.map { " (hint: \($0))" } ?? ""))
        }
        path = candidate
      }
      resolved.append(try ModelLoader.loadScenario(contentsOf: path, against: model, addedActors: added))
    }
    return resolved
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
