import PowerMap

/// The workshop's model at one version, with what the app shows beside it.
struct WorkshopSnapshot: Sendable {
  var model: Model
  var version: Int
  var file: ModelFile
  var canUndo: Bool
  var canRedo: Bool
}
