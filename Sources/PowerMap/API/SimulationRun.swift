/// A model before and after some scenarios, keyed by id: what ``Model/simulate(_:)-([String])``
/// returns.
public struct SimulationRun: Sendable {
  /// The ids of the scenarios applied, in order.
  public let scenarios: [String]
  /// One change per commitment (also the unchanged ones), in the model's order.
  public let changes: [CommitmentChange]
  /// Each actor's effective stance before and after, by actor id (actors added by a scenario
  /// have no before value and are left out).
  public let effectiveStance: [String: (before: Double, after: Double)]
  private let byCommitment: [String: Int]

  /// Runs the scenarios on the model (they are already checked against it).
  init(model: Model, scenarios: [Scenario]) {
    let risk = TransitionRisk(model: model, scenarios: scenarios)
    self.scenarios = scenarios.map(\.id)
    self.changes = risk.changes
    var position: [String: Int] = [:]
    for (index, change) in risk.changes.enumerated() where position[change.commitment] == nil {
      position[change.commitment] = index
    }
    self.byCommitment = position
    var stance: [String: (before: Double, after: Double)] = [:]
    for (index, actor) in model.actors.enumerated() {
      stance[actor.id] = (risk.before.effectiveStance[index], risk.after.effectiveStance[index])
    }
    self.effectiveStance = stance
  }

  /// The before and after of the commitment with this id; nil when the model has none.
  public func change(forCommitment id: String) -> CommitmentChange? {
    byCommitment[id].map { changes[$0] }
  }

  /// The commitments whose status became `status` (they had another one before), in model order.
  public func changes(to status: CommitmentStatus) -> [CommitmentChange] {
    changes.filter { $0.to == status && $0.from != status }
  }

  /// The number of commitments with `status` after the scenarios.
  public func count(of status: CommitmentStatus) -> Int {
    changes.count { $0.to == status }
  }
}
