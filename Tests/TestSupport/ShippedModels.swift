import PowerMap

/// The models and scenarios under `models/`, loaded and validated as the CLI loads them.
package enum ShippedModels {
  /// The shipped Veracruz models, by file name.
  package static let files = ["veracruz-2016-2017.yaml", "veracruz-2019-2020.yaml"]

  /// The model at `file` below `models/` (e.g. `veracruz-2019-2020.yaml`, `examples/minimal.yaml`).
  package static func model(_ file: String) throws -> Model {
    try ModelLoader.load(contentsOf: PackageRoot.path("models/" + file)).model
  }

  /// The shipped scenario `name` (in `models/scenarios/`), resolved against `model`.
  package static func scenario(_ name: String, for model: Model) throws -> Scenario {
    try ModelLoader.loadScenario(contentsOf: PackageRoot.path("models/scenarios/\(name).yaml"), against: model)
  }
}
