import PowerMap

/// The answer of `GET /api/v1/model`.
struct ModelDocument: Encodable {
  var version: Int
  /// The model as `ModelWriter.json` writes it.
  var model: Model
  /// The model's file name (no folder).
  var file: String
  var hasComments: Bool
  var language: String
  var canUndo: Bool
  var canRedo: Bool

  init(_ snapshot: WorkshopSnapshot) {
    version = snapshot.version
    model = snapshot.model
    file = snapshot.file.name
    hasComments = snapshot.file.hasComments
    language = snapshot.model.language
    canUndo = snapshot.canUndo
    canRedo = snapshot.canRedo
  }
}
