import Foundation

/// Counts the analyses ``Simulation`` computes while it is the current probe of a task, so that a
/// test can check that an output computes the model's own analysis once.
///
///     let probe = SimulationProbe()
///     try await SimulationProbe.$current.withValue(probe) { … }
///     #expect(probe.count(of: .baseline) == 1)
package final class SimulationProbe: @unchecked Sendable {
  /// Which analysis was computed.
  package enum Analysis: Sendable {
    /// The model without scenario (``Simulation/baseline``).
    case baseline
    /// The model after some scenarios.
    case scenario
  }

  /// The probe of the current task, if any.
  @TaskLocal package static var current: SimulationProbe?

  private let lock = NSLock()
  private var counts: [Analysis: Int] = [:]

  package init() {}

  /// Records one computation of `analysis`.
  func count(_ analysis: Analysis) {
    lock.lock()
    defer { lock.unlock() }
    counts[analysis, default: 0] += 1
  }

  /// The number of computations of `analysis` recorded.
  package func count(of analysis: Analysis) -> Int {
    lock.lock()
    defer { lock.unlock() }
    return counts[analysis] ?? 0
  }
}
