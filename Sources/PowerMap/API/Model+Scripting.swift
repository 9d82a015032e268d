import Foundation

/// The front door for scripts: load a model, look its parts up by id, simulate scenarios.
///
/// ```swift
/// import PowerMap
///
/// let model = try Model(contentsOf: "models/veracruz-2019-2020.yaml")
/// let run = try model.simulate(["pan-to-morena"])  // models/scenarios/pan-to-morena.yaml
/// for change in run.changes(to: .blocked) {
///   print(model.commitment(withID: change.commitment)?.title ?? change.commitment)
/// }
/// ```
///
/// Every entry point throws one error type, ``PowerMapError``.
extension Model {
  /// Loads and validates the model file at `path` (YAML or JSON), with every default applied,
  /// and the scenario files `NAME.yaml` of the `scenarios/` folder beside it (where the shipped
  /// models keep theirs; the command line finds them with `--scenario NAME`), each checked
  /// against the model and added to ``scenarios`` unless the model defines a scenario of that id.
  ///
  /// - Throws: ``PowerMapError`` of kind ``PowerMapError/Kind/invalidFile`` with the located
  ///   diagnostics when the model or one of those scenario files cannot be read or does not
  ///   validate.
  public init(contentsOf path: String) throws(PowerMapError) {
    do {
      self = try ModelLoader.load(contentsOf: path).model
      let folder = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("scenarios")
      for name in ScenarioResolver.folderScenarios(besideModel: path) {
        let file = folder.appendingPathComponent(name + ".yaml").path
        let scenario = try ModelLoader.loadScenario(contentsOf: file, against: self)
        if self.scenario(withID: scenario.id) == nil { scenarios.append(scenario) }
      }
    } catch {
      throw PowerMapError(error)
    }
  }

  /// The actor with this id, if the model has one.
  public func actor(withID id: String) -> Actor? {
    actors.first { $0.id == id }
  }

  /// The commitment with this id, if the model has one.
  public func commitment(withID id: String) -> Commitment? {
    commitments.first { $0.id == id }
  }

  /// The model before and after `scenarios`, applied in order: every commitment's status and
  /// viability, with what drove each change.
  ///
  /// - Parameter scenarios: ids of the model's scenarios (those of its `scenarios/` folder
  ///   included), or paths of scenario files.
  /// - Throws: ``PowerMapError``: an unknown scenario, or a scenario file that is not valid.
  public func simulate(_ scenarios: [String]) throws(PowerMapError) -> SimulationRun {
    try simulate(resolving(scenarios))
  }

  /// The model before and after `scenarios` built in code (for example one `set` step per
  /// stance to try), applied in order.
  ///
  /// - Throws: ``PowerMapError`` when a step names an actor the model does not have.
  public func simulate(_ scenarios: [Scenario]) throws(PowerMapError) -> SimulationRun {
    try checked(scenarios)
    return Simulation(model: self).run(scenarios)
  }

  /// The loss of each ally on top of `scenarios`: every present actor removed in turn, the rows
  /// ranked by the number of commitments whose status gets worse, then by the change in total
  /// viability, then by id.
  ///
  /// - Parameters:
  ///   - scenarios: as for ``simulate(_:)-([String])``; empty for the model as it is.
  ///   - jobs: worker tasks; the result does not depend on it.
  /// - Throws: ``PowerMapError`` for an unknown or invalid scenario; `CancellationError` when the
  ///   task is cancelled.
  public func lossOfAlly(after scenarios: [String] = [], jobs: Int = 1) async throws -> [AllyLoss] {
    let resolved = try resolving(scenarios)
    return try await LossOfAllySweep.run(model: self, scenarios: resolved, jobs: jobs).allies
  }

  /// Throws when a scenario built in code names an actor the model does not have.
  func checked(_ scenarios: [Scenario]) throws(PowerMapError) {
    let problems = scenarios.flatMap { ModelLoader.check($0, against: self, file: $0.id) }
    if problems.contains(where: { $0.severity == .error }) {
      throw PowerMapError(.invalidArgument, "a scenario names an unknown actor", diagnostics: problems)
    }
  }

  /// The scenarios `references` name, checked against the model.
  func resolving(_ references: [String]) throws(PowerMapError) -> [Scenario] {
    do {
      return try ScenarioResolver.resolve(references, for: self, modelPath: "")
    } catch let error as ScenarioResolver.UnknownScenario {
      throw PowerMapError(.unknownScenario, error.message)
    } catch let error as DiagnosticsError {
      throw PowerMapError(error)
    } catch {
      throw PowerMapError(.invalidArgument, String(describing: error))
    }
  }
}
