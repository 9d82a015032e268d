import Foundation
import PowerMap

/// The scenarios a request names (`?scenario=ID`, `"scenarios": [...]`): each the id of one of
/// the model's scenarios or the name of a file in the `scenarios/` folder beside the model, never
/// a path, so no request reads a file elsewhere. Composed in order, as the command line composes
/// repeated `--scenario` options.
enum ScenarioReferences {
  static func resolve(_ references: [String], in snapshot: WorkshopSnapshot) throws -> [Scenario] {
    let model = snapshot.model
    let files = ScenarioResolver.folderScenarios(besideModel: snapshot.file.path)
    for reference in references where model.scenario(withID: reference) == nil && !files.contains(reference) {
      let known = (model.scenarios.map(\.id) + files).sorted()
      let hint = DidYouMean.hint(for: reference, among: known, listUpTo: 30).map { " (hint: \($0))" } ?? ""
      throw APIError.badRequest(
        "no scenario '\(Diagnostic.excerpt(reference))': not a scenario of the model or a file in its scenarios/ "
          + "folder\(hint)")
    }
    let folder = URL(fileURLWithPath: snapshot.file.folder).appendingPathComponent("scenarios").path
    do {
      return try ScenarioResolver.resolve(references, for: model, modelPath: snapshot.file.path, directory: folder)
    } catch let error as DiagnosticsError {
      throw APIError.invalid(error, what: "scenario")
    } catch {
      throw APIError.badRequest("\(error)")
    }
  }

  /// The named scenarios followed by a custom one made of `steps` (JSON steps, as in scenario
  /// files), checked as a scenario file is: 400 with located messages for a bad step. `title` (the
  /// body's `"title"`, in the page's language) names it on maps and in documents.
  static func resolve(
    _ references: [String], steps: Any?, title: Any? = nil, in snapshot: WorkshopSnapshot
  ) throws -> [Scenario] {
    var scenarios = try resolve(references, in: snapshot)
    guard let steps else { return scenarios }
    let name = (title as? String).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
    let document: [String: Any] = ["id": "custom", "title": name.isEmpty ? "Custom scenario" : name, "steps": steps]
    guard JSONSerialization.isValidJSONObject(document),
      let data = try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])
    else { throw APIError.badRequest("steps must be a list of scenario steps") }
    let added = scenarios.flatMap(\.steps).compactMap { step -> String? in
      if case .add(let actor) = step.action { return actor.id }
      return nil
    }
    do {
      scenarios.append(
        try ModelLoader.loadScenario(bytes: Array(data), file: "steps", against: snapshot.model, addedActors: added))
    } catch {
      throw APIError.invalid(error, what: "custom scenario")
    }
    return scenarios
  }
}
