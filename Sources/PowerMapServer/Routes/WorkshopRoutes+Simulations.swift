import Foundation
import Hummingbird
import PowerMap

extension WorkshopRoutes {
  /// `POST /simulations` (202 with the run's id), `GET /simulations/{id}`, `DELETE /simulations/{id}`.
  func registerSimulations(on api: RouterGroup<Context>) {
    api.post("simulations") { request, _ in
      let bytes = try await JSONBody.bytes(of: request)
      let options = try JSONBody.decode(MonteCarloRequest.self, bytes: bytes)
      try options.check()
      let body = try JSONBody.object(bytes)
      let snapshot = await workshop.snapshot
      let scenarios = try ScenarioReferences.resolve(
        try Self.references(in: body), steps: body["steps"], title: body["title"], in: snapshot)
      let id = await simulations.start(
        snapshot.model, scenarios: scenarios, samples: options.samples ?? 2000, seed: options.seed ?? 1)
      return try Response.json(["id": id], status: .accepted)
    }
    api.get("simulations/:id") { _, context in
      let id = context.parameters.get("id") ?? ""
      guard let status = await simulations.status(id) else {
        throw APIError.notFound("no simulation '\(Diagnostic.excerpt(id))'")
      }
      return Response.jsonText(status.json)
    }
    api.delete("simulations/:id") { _, context in
      let id = context.parameters.get("id") ?? ""
      guard await simulations.cancel(id) else { throw APIError.notFound("no simulation '\(Diagnostic.excerpt(id))'") }
      return try Response.json(["id": id])
    }
  }
}

/// The Monte Carlo options of `POST /api/v1/simulations` (the scenarios and steps are read apart).
struct MonteCarloRequest: Decodable {
  /// Samples to draw (default 2000).
  var samples: Int?
  /// The seed (default 1, as on the command line).
  var seed: UInt64?

  /// 400 for a sample count outside 1 … the Monte Carlo limit.
  func check() throws {
    if let samples, samples < 1 || samples > MonteCarloSimulation.maximumSamples {
      throw APIError.badRequest(
        "samples must be 1 to \(MonteCarloSimulation.maximumSamplesText), the Monte Carlo limit (got \(samples))")
    }
  }
}
