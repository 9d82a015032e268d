import Foundation

/// Turns scenario references — as a user writes them after `--scenario` or in a batch file — into
/// scenarios checked against a model.
///
/// A reference is, in this order: the id of a scenario in the model; a scenario file (relative
/// paths resolve against `directory`); or the name of a file `NAME.yaml` in the `scenarios/`
/// folder beside the model file, where the shipped models keep theirs. Scenarios compose in
/// order, so each is checked against the model's actors plus those added by the ones before it.
package enum ScenarioResolver {
  package static func resolve(
    _ references: [String], for model: Model, modelPath: String, directory: String? = nil
  ) throws -> [Scenario] {
    var resolved: [Scenario] = []
    var added: [String] = []
    let scenariosFolder = URL(fileURLWithPath: modelPath).deletingLastPathComponent().appendingPathComponent(
      "scenarios")
    for reference in references {
      let scenario: Scenario
      if let inModel = model.scenario(withID: reference) {
        scenario = inModel
      } else {
        let path =
          reference.hasPrefix("/") || directory == nil
          ? reference : URL(fileURLWithPath: directory ?? ".").appendingPathComponent(reference).path
        let candidate = scenariosFolder.appendingPathComponent(reference + ".yaml").path
        if FileManager.default.fileExists(atPath: path) {
          scenario = try ModelLoader.loadScenario(
            contentsOf: path, against: model, addedActors: added, displayName: reference)
        } else if FileManager.default.fileExists(atPath: candidate) {
          scenario = try ModelLoader.loadScenario(contentsOf: candidate, against: model, addedActors: added)
        } else {
          var known = model.scenarios.map(\.id)
          if let files = try? FileManager.default.contentsOfDirectory(atPath: scenariosFolder.path) {
            known += files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }
          }
          let hint = DidYouMean.hint(for: reference, among: known.sorted(), listUpTo: 30)
          throw UnknownScenario(
            reference: reference,
            message: "no scenario '\(reference)': not a scenario of the model, a file, or a file in "
              + scenariosFolder.path + (hint.map { " (hint: \($0))" } ?? ""))
        }
      }
      for step in scenario.steps { if case .add(let actor) = step.action { added.append(actor.id) } }
      resolved.append(scenario)
    }
    return resolved
  }

  /// The names of the scenario files (`NAME.yaml`) in the `scenarios/` folder beside `modelPath`,
  /// sorted; empty when there is no such folder.
  package static func folderScenarios(besideModel modelPath: String) -> [String] {
    let folder = URL(fileURLWithPath: modelPath).deletingLastPathComponent().appendingPathComponent("scenarios")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
  }

  /// A reference that names no scenario.
  package struct UnknownScenario: Error, Sendable, CustomStringConvertible {
    package var reference: String
    package var message: String
    package var description: String { message }
  }
}
