/// A commitment before and after a run's scenarios, with its Monte Carlo odds when samples were
/// drawn: a row of `powermap run` (``BatchOutcome``) and of `powermap diff` (``PlanComparison``).
/// A nil value is left out of the JSON.
package struct CommitmentOutcome: Sendable, Encodable, Equatable {
  /// The commitment's id.
  package var id: String
  /// Its status before the scenarios.
  package var before: CommitmentStatus
  /// Its status after them; nil when the run has no "after" (a comparison without scenario).
  package var after: CommitmentStatus?
  /// V before the scenarios.
  package var viabilityBefore: Double
  /// V after them; nil when ``after`` is.
  package var viabilityAfter: Double?
  /// P(viable) over the Monte Carlo samples, when samples were drawn.
  package var pViable: Double?
  /// P(blocked) over the Monte Carlo samples, when samples were drawn.
  package var pBlocked: Double?

  /// The outcome of `change`, with its after-values only when `withAfter`, and `odds` when given.
  init(_ change: CommitmentChange, withAfter: Bool, odds: MonteCarloCommitment? = nil) {
    id = change.commitment
    before = change.from
    after = withAfter ? change.to : nil
    viabilityBefore = change.viabilityBefore
    viabilityAfter = withAfter ? change.viabilityAfter : nil
    pViable = odds?.pViable
    pBlocked = odds?.pBlocked
  }
}
