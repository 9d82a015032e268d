import Foundation
import HTTPTypes
import Hummingbird
import PowerMap

extension WorkshopRoutes {
  /// `GET`/`PUT /model`, `PATCH /actors/{id}`, `POST /undo`, `POST /redo`.
  func registerModel(on api: RouterGroup<Context>) {
    api.get("model") { _, _ in
      let snapshot = await workshop.snapshot
      return try Response.json(ModelDocument(snapshot), status: .ok)
    }
    api.put("model") { request, _ in
      let bytes = try await JSONBody.bytes(of: request)
      let version = try Self.version(in: bytes)
      let model = try ModelEdits.model(from: JSONBody.object(bytes), file: await workshop.file.name)
      return try await accepted(request) { try await workshop.edit(basedOn: version) { _ in model } }
    }
    api.patch("actors/:id") { request, context in
      let id = context.parameters.get("id") ?? ""
      let bytes = try await JSONBody.bytes(of: request)
      let version = try Self.version(in: bytes)
      _ = try JSONBody.object(bytes)
      let file = await workshop.file.name
      return try await accepted(request) {
        try await workshop.edit(basedOn: version) { model in
          try ModelEdits.patch(actor: id, body: bytes, of: model, file: file)
        }
      }
    }
    for (path, back) in [("undo", true), ("redo", false)] {
      api.post(RouterPath(path)) { request, _ in
        let version = try Self.version(in: try await JSONBody.bytes(of: request))
        return try await accepted(request) { try await workshop.step(back: back, basedOn: version) }
      }
    }
  }

  /// Runs an accepted change, then computes the new version's analysis before answering (so every
  /// viewer that asks for it gets it from the cache); answers `{"version": N}` with a
  /// `Server-Timing` header: the change, the analysis and both, in milliseconds.
  private func accepted(_ request: Request, _ change: () async throws -> Int) async throws -> Response {
    let start = ContinuousClock.now
    let version = try await change()
    let edited = ContinuousClock.now
    _ = try? await analysisDocument(scenarios: [])
    let end = ContinuousClock.now
    var response = try Response.json(["version": version])
    response.headers[.serverTiming] =
      "edit;dur=\(Self.milliseconds(edited - start)), analysis;dur=\(Self.milliseconds(end - edited)), "
      + "total;dur=\(Self.milliseconds(end - start))"
    return response
  }

  /// A duration in milliseconds with two decimals.
  static func milliseconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    return String(format: "%.2f", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
  }
}

extension HTTPField.Name {
  /// How long the server took, per phase (W3C Server Timing).
  static let serverTiming = HTTPField.Name("Server-Timing") ?? .cacheControl
}
