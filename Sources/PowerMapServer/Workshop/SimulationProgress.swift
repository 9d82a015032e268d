import Foundation

/// The progress of a Monte Carlo run: the samples done, announced on the events at most once per
/// percent (the library calls the progress closure from its workers, so the count is locked).
final class SimulationProgress: @unchecked Sendable {
  let id: String
  let total: Int
  private let events: EventHub
  private let lock = NSLock()
  private var count = 0
  private var announced = -1

  init(id: String, total: Int, events: EventHub) {
    self.id = id
    self.total = max(total, 1)
    self.events = events
  }

  /// The samples done so far.
  var done: Int { lock.withLock { count } }

  /// Records that `done` samples are finished.
  func update(_ done: Int) {
    let percent: Int? = lock.withLock {
      count = max(count, done)
      let percent = count * 100 / total
      guard percent > announced else { return nil }
      announced = percent
      return percent
    }
    if percent != nil { events.publish(.simulation(id: id, done: done, total: total)) }
  }
}
