import Foundation
import Hummingbird
import PowerMap

extension WorkshopRoutes {
  /// `GET /maps/{kind}.{svg,png,pdf}` (cached per version) and `POST /maps/{kind}.{svg,png,pdf}`
  /// with `{"scenarios": [...], "steps": [...]}` (a custom scenario, drawn each time).
  func registerMaps(on api: RouterGroup<Context>) {
    api.get("maps/:file") { request, context in
      let map = try Self.mapRequest(request, context)
      let references = Self.scenarios(of: request)
      let (data, version) = try await workshop.drawing(map.cacheKey(scenarios: Self.key("", references))) {
        [workshop] snapshot in
        let scenarios = try ScenarioReferences.resolve(references, in: snapshot)
        // The maps of the model (not the scenario map) draw the version's shared analysis.
        let analysis =
          map.kind == .scenario ? nil : try await Self.analysis(of: snapshot, after: references, in: workshop)
        return try await DrawingQueue.run { try map.draw(snapshot.model, scenarios: scenarios, analysis: analysis) }
      }
      return Response.bytes(data, type: map.contentType, version: version)
    }
    api.post("maps/:file") { request, context in
      let map = try Self.mapRequest(request, context)
      let body = try JSONBody.object(try await JSONBody.bytes(of: request))
      let snapshot = await workshop.snapshot
      let scenarios = try ScenarioReferences.resolve(
        try Self.references(in: body), steps: body["steps"], title: body["title"], in: snapshot)
      let data = try await DrawingQueue.run { try map.draw(snapshot.model, scenarios: scenarios) }
      return Response.bytes(data, type: map.contentType, version: snapshot.version)
    }
  }

  /// The map a request names.
  static func mapRequest(_ request: Request, _ context: Context) throws -> MapRequest {
    let query = request.uri.queryParameters
    return try MapRequest(
      file: context.parameters.get("file") ?? "", language: query["lang"].map(String.init),
      page: query["page"].map(String.init), orientation: query["orientation"].map(String.init),
      legend: query["legend"].map(String.init))
  }
}
