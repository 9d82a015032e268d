/// The state advised on, and how a candidate is judged.
struct AdviceContext: Sendable {
  let model: Model
  /// The scenarios applied, in order.
  let scenarios: [Scenario]
  /// Whether the aim is robust: viable after the loss of any one ally.
  let robust: Bool
  /// The state after the scenarios, and rules 1–4 on it.
  let state: ModelState
  let before: PlanEvaluation
  /// Rules 2–3 for the engagements, which change stances only.
  let probe: StanceProbe
  /// The responses gₐ of rule 2 on the state's Ŵ, and the bound on estimates made from them.
  let responses: StanceResponses
  /// The pressure of every obstacle in the state, in model order.
  let basePressures: [Double]
  /// With `robust`: every present actor's removal from the state.
  let removals: RemovalProbe?

  init(model: Model, scenarios: [Scenario], robust: Bool) {
    self.model = model
    self.scenarios = scenarios
    self.robust = robust
    state = model.state(applying: scenarios)
    before = PlanEvaluation(model: model, state: state)
    probe = StanceProbe(model: model, state: state, effectivePower: before.effectivePower)
    responses = StanceResponses(system: probe.system)
    basePressures = before.obstacles.map(\.pressure)
    removals = robust ? RemovalProbe(model: model, state: state, effectivePower: before.effectivePower) : nil
  }

  /// Whether commitment `index` is viable in the state, and with `robust` stays viable after the
  /// loss of any one present actor other than its owner.
  func meetsAim(commitment index: Int) -> Bool {
    guard before.commitments[index].status == .viable else { return false }
    return removals?.survives(probe.plan.commitments[index], index: index) ?? true
  }

  /// Without `robust`, true; with it, whether commitment `commitment` stays viable in `candidate`
  /// (the state with other stances or positions) after the loss of any one present actor other
  /// than its owner. `hint`: see ``RemovalProbe/survives(_:commitment:hint:)``.
  func survivesAnyLoss(_ candidate: ModelState, commitment: Int, hint: inout Int?) -> Bool {
    removals?.survives(candidate, commitment: commitment, hint: &hint) ?? true
  }

  /// The advice on commitment `index`: its status and V, and with `engagements` (its scan's rows,
  /// in any order; nil when it already meets the aim) the sorted rows, its recruitments, or the
  /// reason there are none.
  func advice(forCommitment index: Int, engagements: [Engagement]?) -> CommitmentAdvice {
    let commitment = model.commitments[index]
    let now = before.commitments[index]
    var advice = CommitmentAdvice(
      id: commitment.id, status: now.status, viability: now.viability, engagements: [], recruitments: [],
      reason: nil)
    guard let engagements else {
      advice.reason = robust ? "already robust" : "already viable"
      return advice
    }
    advice.engagements = engagements.sorted { ($0.delta, $0.scope, $0.actor) < ($1.delta, $1.scope, $1.actor) }
    advice.recruitments = recruitments(forCommitment: index).sorted {
      ($1.viability, $0.actor, $0.dimension.rawValue) < ($0.viability, $1.actor, $1.dimension.rawValue)
    }
    if advice.engagements.isEmpty && advice.recruitments.isEmpty { advice.reason = reason(forCommitment: index) }
    return advice
  }
}
