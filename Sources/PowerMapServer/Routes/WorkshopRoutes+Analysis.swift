import Foundation
import Hummingbird
import PowerMap

extension WorkshopRoutes {
  /// `GET /analysis`, `/scenarios`, `/simulation` (and `POST`), `/sweep`, `/advise`.
  func registerAnalysis(on api: RouterGroup<Context>) {
    api.get("analysis") { request, _ in
      let (data, version) = try await analysisDocument(scenarios: Self.scenarios(of: request))
      return Response.bytes(data, type: "application/json; charset=utf-8", version: version)
    }
    api.get("scenarios") { _, _ in
      let snapshot = await workshop.snapshot
      return try Response.json(ScenarioList(snapshot))
    }
    api.get("simulation") { request, _ in
      let references = Self.scenarios(of: request)
      return try await cached(Self.key("simulation", references)) { snapshot in
        try Documents.simulation(snapshot.model, scenarios: ScenarioReferences.resolve(references, in: snapshot))
      }
    }
    api.post("simulation") { request, _ in
      let body = try JSONBody.object(try await JSONBody.bytes(of: request))
      let snapshot = await workshop.snapshot
      let scenarios = try ScenarioReferences.resolve(
        try Self.references(in: body), steps: body["steps"], title: body["title"], in: snapshot)
      let data = try Documents.simulation(snapshot.model, scenarios: scenarios)
      return Response.bytes(data, type: "application/json; charset=utf-8", version: snapshot.version)
    }
    api.get("sweep") { request, _ in
      let references = Self.scenarios(of: request)
      return try await cached(Self.key("sweep", references)) { snapshot in
        try await Documents.sweep(snapshot.model, scenarios: ScenarioReferences.resolve(references, in: snapshot))
      }
    }
    api.get("advise") { request, _ in
      let references = Self.scenarios(of: request)
      let query = request.uri.queryParameters
      let commitments = query[values: "commitment"].map(String.init)
      let robust = ["true", "1", "yes"].contains(query["robust"].map { $0.lowercased() } ?? "")
      let key = Self.key("advise", references, "\(robust)|" + commitments.joined(separator: ","))
      return try await cached(key) { snapshot in
        try await Documents.advice(
          snapshot.model, scenarios: ScenarioReferences.resolve(references, in: snapshot), commitments: commitments,
          robust: robust)
      }
    }
  }

  /// The analysis document for the current version after `scenarios`, computed once per version.
  func analysisDocument(scenarios references: [String]) async throws -> (Data, Int) {
    try await workshop.document(Self.key("analysis", references)) { [workshop] snapshot in
      try Documents.analysis(await Self.analysis(of: snapshot, after: references, in: workshop))
    }
  }

  /// The analysis of `snapshot` after the scenarios `references` names, shared per version by the
  /// analysis document and the maps (see ``Workshop/analysis(of:key:scenarios:)``).
  static func analysis(of snapshot: WorkshopSnapshot, after references: [String], in workshop: Workshop) async throws
    -> StakeholderAnalysis
  {
    let scenarios = try ScenarioReferences.resolve(references, in: snapshot)
    return await workshop.analysis(of: snapshot, key: key("analysis", references), scenarios: scenarios)
  }

  /// A JSON document of the current version, computed once per version and `key`.
  func cached(_ key: String, _ make: @escaping @Sendable (WorkshopSnapshot) async throws -> Data) async throws
    -> Response
  {
    let (data, version) = try await workshop.document(key, make: make)
    return Response.bytes(data, type: "application/json; charset=utf-8", version: version)
  }

  /// The `scenarios` list of a body (empty when absent); 400 when it is not a list of strings.
  static func references(in body: [String: Any]) throws -> [String] {
    guard let value = body["scenarios"] else { return [] }
    guard let list = value as? [String] else {
      throw APIError.badRequest("scenarios must be a list of scenario ids")
    }
    return list
  }
}
