import PowerMap

/// The answer of `GET /api/v1/scenarios`: the model's own scenarios, then those of the
/// `scenarios/` folder beside the model file that are valid for the model, each as a scenario file
/// writes it (`id`, `title`, `steps`).
struct ScenarioList: Encodable {
  var scenarios: [Scenario]

  init(_ snapshot: WorkshopSnapshot) {
    var scenarios = snapshot.model.scenarios
    for name in ScenarioResolver.folderScenarios(besideModel: snapshot.file.path)
    where snapshot.model.scenario(withID: name) == nil {
      if let resolved = try? ScenarioReferences.resolve([name], in: snapshot) { scenarios += resolved }
    }
    self.scenarios = scenarios
  }
}
