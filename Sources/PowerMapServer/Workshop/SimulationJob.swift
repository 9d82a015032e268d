import Foundation

/// One Monte Carlo run of ``SimulationJobs``.
struct SimulationJob: Sendable {
  /// Where a run is.
  enum State: String, Sendable, Encodable {
    case running, done, cancelled, failed
  }

  /// The answer of `GET /api/v1/simulations/{id}`; `result` is the `simulate --samples --json`
  /// document once the run is done.
  struct Status: Sendable {
    var id: String
    var state: State
    var done: Int
    var total: Int
    var result: Data?

    /// The status as JSON text, the result document embedded as it is.
    var json: String {
      var text = "{\"done\":\(done),\"id\":\"\(id)\",\"state\":\"\(state.rawValue)\",\"total\":\(total)"
      if let result { text += ",\"result\":" + String(decoding: result, as: UTF8.self) }
      return text + "}\n"
    }
  }

  var id: String
  var progress: SimulationProgress
  var task: Task<Data, any Error>
  var state = State.running
  var result: Data?

  var status: Status {
    Status(
      id: id, state: state, done: state == .done ? progress.total : progress.done, total: progress.total,
      result: result)
  }
}
