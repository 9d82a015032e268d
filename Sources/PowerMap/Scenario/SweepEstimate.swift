/// How long a sweep is expected to take, from timing its first removals: reported before a long
/// sweep goes on (``LossOfAllySweep/run(model:scenarios:pairs:top:root:rank:jobs:estimate:progress:)``).
///
///     seconds = elapsed / probed · removals / workers
///
/// with `elapsed` the time the first `probed` removals took on one worker and `workers` the worker
/// tasks that can run at once (the jobs, at most the active processors).
package struct SweepEstimate: Sendable, Equatable {
  /// The removals the sweep evaluates (actors, or pairs).
  package var removals: Int
  /// The removals timed.
  package var probed: Int
  /// The workers assumed.
  package var workers: Int
  /// The expected duration of the whole sweep, in seconds.
  package var seconds: Double
  /// With the pair bound of `sweep --pairs --top`: the removals that can still rank among the
  /// first rows and are evaluated at most (the others are left out); nil without it.
  package var atMost: Int? = nil

  /// When a sweep reports its estimate: only when the estimate exceeds `threshold` seconds
  /// (60 by default), to `report`.
  package struct Request: Sendable {
    /// Reported only above this many seconds.
    package var threshold: Double
    /// Receives the estimate.
    package var report: @Sendable (SweepEstimate) -> Void

    /// A request reporting estimates above `threshold` seconds to `report`.
    package init(threshold: Double = 60, report: @escaping @Sendable (SweepEstimate) -> Void) {
      self.threshold = threshold
      self.report = report
    }
  }
}
