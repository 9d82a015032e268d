/// A model before and after some scenarios, keyed by id: what ``Model/simulate(_:)-([String])``
/// returns, and what the command line's simulate, run, report, render and diff consume.
///
/// It holds every commitment's change (rule 8 of <doc:Rules>) and, for the command line, both
/// analyses and the Monte Carlo result when samples were drawn. Commitments are looked up by id:
/// ``change(forCommitment:)``, ``changes(to:)``.
public struct SimulationRun: Sendable {
  /// The scenarios applied, in order (empty: the model as it is).
  public let scenarios: [Scenario]
  /// One change per commitment (also the unchanged ones), in the model's order.
  public let changes: [CommitmentChange]
  /// The analysis of the model without scenario.
  package let before: StakeholderAnalysis
  /// The analysis of the model after the scenarios.
  package let after: StakeholderAnalysis
  /// The Monte Carlo result, when samples were drawn.
  package let monteCarlo: MonteCarloResult?
  /// The position in ``changes`` of each commitment id.
  private let positions: [String: Int]
  /// The position in the Monte Carlo result of each commitment id.
  private let monteCarloPositions: [String: Int]

  package init(
    scenarios: [Scenario], before: StakeholderAnalysis, after: StakeholderAnalysis, changes: [CommitmentChange],
    monteCarlo: MonteCarloResult?
  ) {
    self.scenarios = scenarios
    self.before = before
    self.after = after
    self.changes = changes
    self.monteCarlo = monteCarlo
    self.positions = Dictionary(
      changes.enumerated().map { ($0.element.commitment, $0.offset) }, uniquingKeysWith: { first, _ in first })
    self.monteCarloPositions = Dictionary(
      (monteCarlo?.commitments ?? []).enumerated().map { ($0.element.id, $0.offset) },
      uniquingKeysWith: { first, _ in first })
  }

  /// This run with `monteCarlo` as its Monte Carlo result.
  package func adding(_ monteCarlo: MonteCarloResult) -> SimulationRun {
    SimulationRun(scenarios: scenarios, before: before, after: after, changes: changes, monteCarlo: monteCarlo)
  }

  /// The before and after of the commitment with this id; nil when the model has none.
  public func change(forCommitment id: String) -> CommitmentChange? {
    positions[id].map { changes[$0] }
  }

  /// The commitments whose status became `status` (they had another one before), in model order:
  /// `changes(to: .blocked)` are the commitments the scenarios block.
  public func changes(to status: CommitmentStatus) -> [CommitmentChange] {
    changes.filter { $0.to == status && $0.from != status }
  }

  /// The number of commitments with `status` after the scenarios.
  public func count(of status: CommitmentStatus) -> Int {
    changes.count { $0.to == status }
  }

  /// The commitments whose status changed, in model order.
  public var statusChanges: [CommitmentChange] { changes.filter { $0.from != $0.to } }

  /// The commitments whose status got worse, in model order.
  public var worsened: [CommitmentChange] { changes.filter { $0.to > $0.from } }

  /// Each model actor's effective stance before and after, by actor id (actors added by a
  /// scenario have no before value and are left out).
  public var effectiveStance: [String: (before: Double, after: Double)] {
    var stance: [String: (before: Double, after: Double)] = [:]
    for (index, state) in before.state.actors.enumerated() {
      stance[state.actor.id] = (before.effectiveStance[index], after.effectiveStance[index])
    }
    return stance
  }

  /// The Monte Carlo outcome of commitment `id`, when samples were drawn.
  package func monteCarlo(of id: String) -> MonteCarloCommitment? {
    guard let monteCarlo, let position = monteCarloPositions[id] else { return nil }
    return monteCarlo.commitments[position]
  }

  /// The JSON document of `powermap simulate` for this run.
  package var result: SimulationResult { SimulationResult(self) }
}
