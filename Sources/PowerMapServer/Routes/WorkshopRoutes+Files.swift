import Foundation
import Hummingbird
import PowerMap
import PowerMapGraphviz

extension WorkshopRoutes {
  /// `POST /save`, `GET /export/model.yaml`, `/export/model.json`, `/export/report.zip`.
  func registerFiles(on api: RouterGroup<Context>) {
    api.post("save") { request, _ in
      let body = try JSONBody.decode(SaveRequest.self, bytes: try await JSONBody.bytes(of: request))
      let snapshot = await workshop.snapshot
      guard body.version == snapshot.version else {
        throw APIError.conflict(
          "the model changed since version \(body.version) (now \(snapshot.version)); save again", snapshot.version)
      }
      if body.as == nil && snapshot.file.hasComments && body.overwrite != true {
        var refusal = APIError.conflict(
          "\(snapshot.file.name) has comments and the writer does not keep comments; save as another file "
            + "(or overwrite, losing them)", snapshot.version)
        refusal.needsSaveAs = true
        throw refusal
      }
      let path = try ModelSaver.target(body.as, file: snapshot.file)
      let saved = try ModelSaver.save(snapshot.model, to: path)
      await workshop.saved(to: ModelFile(path: saved.path, text: ""))
      var answer = ["file": URL(fileURLWithPath: saved.path).lastPathComponent]
      answer["backup"] = saved.backup.map { URL(fileURLWithPath: $0).lastPathComponent }
      return try Response.json(answer)
    }
    api.get("export/:file") { request, context in
      let snapshot = await workshop.snapshot
      let stem = URL(fileURLWithPath: snapshot.file.name).deletingPathExtension().lastPathComponent
      switch context.parameters.get("file") ?? "" {
      case "model.yaml":
        return Response.bytes(
          Data(ModelWriter.yaml(snapshot.model).utf8), type: "application/yaml; charset=utf-8",
          download: stem + ".yaml", version: snapshot.version)
      case "model.json":
        return Response.bytes(
          Data(try ModelWriter.json(snapshot.model).utf8), type: "application/json; charset=utf-8",
          download: stem + ".json", version: snapshot.version)
      case "report.zip":
        let references = Self.scenarios(of: request)
        let scenarios =
          try references.isEmpty
          ? snapshot.model.scenarios : references.flatMap { try ScenarioReferences.resolve([$0], in: snapshot) }
        let language = try MapRequest(
          file: "power.svg", language: request.uri.queryParameters["lang"].map(String.init),
          page: nil
        ).language
        let data = try await ReportArchive.zip(snapshot.model, scenarios: scenarios, language: language)
        return Response.bytes(data, type: "application/zip", download: stem + "-report.zip", version: snapshot.version)
      default:
        throw APIError.notFound("the exports are model.yaml, model.json and report.zip")
      }
    }
  }
}

/// The body of `POST /api/v1/save`.
struct SaveRequest: Decodable {
  var version: Int
  /// A file name in the model's folder to save as.
  var `as`: String?
  /// Overwrite a file that has comments (they are lost).
  var overwrite: Bool?
}
