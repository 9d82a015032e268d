/// What one ``Simulation/run(_:)`` produced: the model before and after its scenarios, every
/// commitment's change (rule 8 of <doc:Rules>), and the Monte Carlo result when samples were drawn.
///
/// Commitments are looked up by id: ``change(of:)``, ``changes(to:)``.
public struct SimulationRun: Sendable {
  /// The scenarios applied, in order (empty: the model as it is).
  public let scenarios: [Scenario]
  /// The analysis of the model without scenario.
  public let before: StakeholderAnalysis
  /// The analysis of the model after the scenarios.
  public let after: StakeholderAnalysis
  /// One change per commitment, in model order, unchanged commitments included.
  public let changes: [CommitmentChange]
  /// The Monte Carlo result, when samples were drawn.
  public let monteCarlo: MonteCarloResult?
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

  /// The change of commitment `id`, or nil when the model has no such commitment.
  public func change(of id: String) -> CommitmentChange? {
    positions[id].map { changes[$0] }
  }

  /// The commitments whose status changed to `status` (from another status), in model order:
  /// `changes(to: .blocked)` are the commitments the scenarios block.
  public func changes(to status: CommitmentStatus) -> [CommitmentChange] {
    changes.filter { $0.to == status && $0.from != status }
  }

  /// The commitments whose status changed, in model order.
  public var statusChanges: [CommitmentChange] { changes.filter { $0.from != $0.to } }

  /// The commitments whose status got worse, in model order.
  public var worsened: [CommitmentChange] { changes.filter { $0.to > $0.from } }

  /// The Monte Carlo outcome of commitment `id`, when samples were drawn.
  public func monteCarlo(of id: String) -> MonteCarloCommitment? {
    guard let monteCarlo, let position = monteCarloPositions[id] else { return nil }
    return monteCarlo.commitments[position]
  }

  /// The JSON document of `powermap simulate` for this run.
  public var result: SimulationResult { SimulationResult(self) }
}
