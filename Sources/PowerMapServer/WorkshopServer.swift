import Foundation
import Hummingbird
import PowerMap
import ServiceLifecycle

/// `powermap serve`: one workshop (a model and its versions) served to browsers, with the web app
/// of the package's `App` folder and the JSON API under `/api/v1` (the API article of the
/// documentation lists the endpoints).
package struct WorkshopServer: Sendable {
  /// The address and port the server listens on.
  package let host: String
  package let port: Int
  /// Who may do what (the tokens when the host is not loopback).
  package let policy: AccessPolicy
  let workshop: Workshop
  let simulations: SimulationJobs
  let files: AppFiles

  /// A server of the model at `modelPath` (already loaded as `model`), listening on `host`:`port`;
  /// `app` is the web app's folder (default: the one bundled with the package).
  package init(model: Model, modelPath: String, host: String, port: Int, app: URL? = nil) throws {
    let text = (try? String(contentsOfFile: modelPath, encoding: .utf8)) ?? ""
    let events = EventHub()
    guard let files = app.map(AppFiles.init(folder:)) ?? AppFiles.bundled else {
      throw APIError(status: .internalServerError, message: "the web app's files are missing from the package")
    }
    self.host = host
    self.port = port
    self.policy = AccessPolicy.serving(host: host, port: port)
    self.workshop = Workshop(model: model, file: ModelFile(path: modelPath, text: text), events: events)
    self.simulations = SimulationJobs(events: events)
    self.files = files
  }

  /// The router: every route behind the error and guard middlewares.
  package func router() -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: ErrorMiddleware())
    router.add(middleware: GuardMiddleware(policy: policy))
    WorkshopRoutes(workshop: workshop, simulations: simulations, files: files).register(on: router)
    return router
  }

  /// Runs until SIGINT or SIGTERM, then stops cleanly: the event streams end first, then the
  /// server finishes the requests in flight. `onRunning` is called once it listens.
  package func run(onRunning: @escaping @Sendable () async -> Void = {}) async throws {
    var app = Application(
      router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "powermap"),
      onServerRunning: { _ in await onRunning() })
    app.logger.logLevel = .warning
    let logger = app.logger
    let group = ServiceGroup(
      configuration: .init(
        services: [app, EventsShutdown(events: workshop.events)], gracefulShutdownSignals: [.sigterm, .sigint],
        logger: logger))
    try await group.run()
  }

  /// The number of clients following `/api/v1/events`.
  package var eventClients: Int { workshop.events.clientCount }

  /// Ends every event stream, as a shutdown does.
  package func finishEvents() {
    workshop.events.finish()
  }

  /// The addresses to open: the facilitator's and the room's, with their tokens when needed.
  package var addresses: (edit: String, view: String) {
    let name = host.contains(":") ? "[\(host)]" : host
    let base = "http://\(name):\(port)"
    return (
      base + "/" + (policy.editToken.map { "?token=\($0)" } ?? ""),
      base + "/view" + (policy.viewToken.map { "?token=\($0)" } ?? "")
    )
  }
}

/// Ends the event streams at shutdown, before the server waits for its open requests (services
/// stop in reverse order, so this one, listed after the application, stops first).
struct EventsShutdown: Service {
  let events: EventHub

  func run() async throws {
    try? await gracefulShutdown()
    events.finish()
  }
}
