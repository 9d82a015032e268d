import Foundation
import Hummingbird
import PowerMap

/// The routes of a workshop server: the pages, the JSON API under `/api/v1` and the events.
struct WorkshopRoutes: Sendable {
  typealias Context = BasicRequestContext

  let workshop: Workshop
  let simulations: SimulationJobs
  let files: AppFiles

  /// Adds every route to `router`.
  func register(on router: Router<Context>) {
    registerPages(on: router)
    let api = router.group("api/v1")
    registerModel(on: api)
    registerAnalysis(on: api)
    registerMaps(on: api)
    registerSimulations(on: api)
    registerEvents(on: api)
    registerFiles(on: api)
  }

  /// The `scenario` query parameters, in order.
  static func scenarios(of request: Request) -> [String] {
    request.uri.queryParameters[values: "scenario"].map(String.init)
  }

  /// The key of a document in the workshop's cache: its kind and the scenarios it composes.
  static func key(_ kind: String, _ scenarios: [String], _ extra: String = "") -> String {
    ([kind, extra] + scenarios).joined(separator: "\u{1F}")
  }

  /// The `version` a change is based on; 400 when the body has none.
  static func version(in bytes: [UInt8]) throws -> Int {
    try JSONBody.decode(BasedOn.self, bytes: bytes).version
  }

  /// The part of every change's body that names the version it is based on.
  struct BasedOn: Decodable {
    var version: Int
  }
}
