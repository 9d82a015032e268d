import Foundation
import PowerMap

/// Edits as the app sends them, validated by ``ModelLoader`` exactly as `powermap validate` checks
/// a file, so a bad value gets the command line's message and key path (`actors[3].stance`).
enum ModelEdits {
  /// The fields of an actor that `PATCH /api/v1/actors/{id}` may not change.
  static let fixedFields: Set<String> = ["id"]

  /// The model of a `PUT /api/v1/model` body (its `model` object); 400 with the diagnostics when
  /// it does not validate. `file` names the model in the messages.
  static func model(from body: [String: Any], file: String) throws -> Model {
    guard let object = body["model"] as? [String: Any] else {
      throw APIError.badRequest("the request body needs \"model\": the model as a JSON object")
    }
    return try load(object, file: file)
  }

  /// `model` with the actor `id` changed by the body of a PATCH (`version` aside): `positions`
  /// merges into the actor's positions (null drops one), any other field replaces the actor's.
  /// 404 for an unknown actor; 400 when the result does not validate.
  ///
  /// The sliders' edits (numbers for the numeric fields and positions) are set on the model
  /// directly and the result is validated by loading the model's JSON; any other edit, or one that
  /// does not validate, goes through the model as a JSON object, so its messages name the field
  /// exactly as `validate` does.
  static func patch(actor id: String, body: [UInt8], of model: Model, file: String) throws -> Model {
    let fields = try JSONBody.object(body)
    guard let index = model.actors.firstIndex(where: { $0.id == id }) else {
      let hint = DidYouMean.hint(for: id, among: model.actors.map(\.id)).map { " (hint: \($0))" } ?? ""
      throw APIError.notFound("no actor '\(Diagnostic.excerpt(id))' in the model\(hint)")
    }
    if let numbers = NumericActorPatch(fields: fields, body: body) {
      var edited = model
      numbers.apply(to: &edited.actors[index])
      if let data = try? ModelWriter.json(edited),
        let loaded = try? ModelLoader.load(bytes: Array(data.utf8), file: file)
      {
        return loaded.model
      }
    }
    return try patch(index: index, fields: fields, of: model, file: file)
  }

  /// `model` with its actor at `index` changed by `fields`, through the model as a JSON object.
  private static func patch(index: Int, fields: [String: Any], of model: Model, file: String) throws -> Model {
    var document = try object(of: model)
    guard var actors = document["actors"] as? [[String: Any]] else {
      throw APIError(status: .internalServerError, message: "the model could not be written as JSON")
    }
    var actor = actors[index]
    for (key, value) in fields where key != "version" {
      if fixedFields.contains(key) { throw APIError.badRequest("an actor's \(key) cannot be changed here") }
      if key == "positions" {
        guard let changes = value as? [String: Any] else {
          throw APIError.badRequest("positions must be an object: {\"commitment-id\": number or null}")
        }
        var positions = actor["positions"] as? [String: Any] ?? [:]
        for (commitment, stance) in changes { positions[commitment] = stance is NSNull ? nil : stance }
        actor["positions"] = positions
      } else {
        actor[key] = value
      }
    }
    actors[index] = actor
    document["actors"] = actors
    return try load(document, file: file)
  }

  /// The model as a JSON object, as `ModelWriter.json` writes it.
  static func object(of model: Model) throws -> [String: Any] {
    let data = Data(try ModelWriter.json(model).utf8)
    guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw APIError(status: .internalServerError, message: "the model could not be written as JSON")
    }
    return object
  }

  /// Loads a model from a JSON object through ``ModelLoader``; 400 with its errors.
  static func load(_ object: [String: Any], file: String) throws -> Model {
    guard JSONSerialization.isValidJSONObject(object),
      let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    else { throw APIError.badRequest("the model is not a JSON object") }
    do {
      return try ModelLoader.load(bytes: Array(data), file: file).model
    } catch {
      throw APIError.invalid(error, what: "model")
    }
  }
}
