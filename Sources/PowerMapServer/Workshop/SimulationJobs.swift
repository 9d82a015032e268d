import Foundation
import PowerMap

/// The Monte Carlo runs started with `POST /api/v1/simulations`: each runs in a task of its own,
/// reports its progress on the events (at most once per percent) and can be cancelled.
actor SimulationJobs {
  /// How many finished runs are kept for `GET /api/v1/simulations/{id}`.
  static let keptRuns = 20

  private var jobs: [String: SimulationJob] = [:]
  private var order: [String] = []
  private var count = 0
  private let events: EventHub

  init(events: EventHub) {
    self.events = events
  }

  /// Starts a run of `samples` samples of `model` after `scenarios`; returns its id.
  func start(_ model: Model, scenarios: [Scenario], samples: Int, seed: UInt64) -> String {
    count += 1
    let id = "s\(count)"
    let progress = SimulationProgress(id: id, total: samples, events: events)
    let task = Task.detached {
      try await Documents.monteCarlo(
        model, scenarios: scenarios, samples: samples, seed: seed, progress: { progress.update($0) })
    }
    jobs[id] = SimulationJob(id: id, progress: progress, task: task)
    order.append(id)
    forgetOldRuns()
    Task { await self.finish(id, task) }
    return id
  }

  /// The run `id`'s state; nil for an unknown id.
  func status(_ id: String) -> SimulationJob.Status? {
    jobs[id]?.status
  }

  /// Cancels the run `id`; false for an unknown id.
  func cancel(_ id: String) -> Bool {
    guard let job = jobs[id] else { return false }
    job.task.cancel()
    return true
  }

  private func finish(_ id: String, _ task: Task<Data, any Error>) async {
    let state: SimulationJob.State
    var result: Data?
    do {
      result = try await task.value
      state = .done
    } catch is CancellationError {
      state = .cancelled
    } catch {
      state = task.isCancelled ? .cancelled : .failed
    }
    jobs[id]?.state = state
    jobs[id]?.result = result
    events.publish(.simulationDone(id: id, state: state.rawValue))
  }

  private func forgetOldRuns() {
    while order.count > Self.keptRuns, let oldest = order.first, jobs[oldest]?.state != .running {
      order.removeFirst()
      jobs[oldest] = nil
    }
  }
}
