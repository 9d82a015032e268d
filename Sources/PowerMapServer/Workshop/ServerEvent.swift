/// One message of `/api/v1/events`, as server-sent events write it.
package enum ServerEvent: Sendable, Equatable {
  /// A change was accepted: the model is now at this version.
  case version(Int)
  /// A Monte Carlo run has drawn `done` of its `total` samples.
  case simulation(id: String, done: Int, total: Int)
  /// A Monte Carlo run ended: done, cancelled or failed.
  case simulationDone(id: String, state: String)
  /// A comment that keeps idle connections open.
  case keepAlive

  /// The event as `text/event-stream` text, ending with its blank line.
  package var text: String {
    switch self {
    case .version(let version):
      return "event: version\ndata: {\"version\":\(version)}\n\n"
    case .simulation(let id, let done, let total):
      return "event: simulation\ndata: {\"done\":\(done),\"id\":\"\(id)\",\"total\":\(total)}\n\n"
    case .simulationDone(let id, let state):
      return "event: simulation-done\ndata: {\"id\":\"\(id)\",\"state\":\"\(state)\"}\n\n"
    case .keepAlive:
      return ": keep-alive\n\n"
    }
  }
}
