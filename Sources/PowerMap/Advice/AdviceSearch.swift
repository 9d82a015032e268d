/// Rule 11 of <doc:Rules>, what would it take: for each target commitment, the smallest
/// engagement per present actor (a stance shift on the grid 0.01 … 2.00, on the commitment only or
/// general) and the recruitments (an actor appended to one dimension of its needs) that make it
/// viable, or with `robust`, viable and still viable after the loss of any one present actor other
/// than its owner (rule 9's removal).
///
/// **Exact by exhaustion.** Every grid value is tried in increasing order and the first that meets
/// the aim is kept, so the δ reported is the smallest on the grid whatever the shape of V in δ
/// (stances pass through Friedkin–Johnsen and conflict ties, so V need not be monotone). A shift
/// that has pushed every value it moves to +1 changes nothing further, and the scan stops there.
/// An engagement changes stances only, so its candidates reuse the state's effective powers, Ŵ and
/// plan and are solved eight grid values per pass (``StanceProbe``, the same bits as
/// ``PlanEvaluation``, which judges recruitments and the removals of `robust`): the advice agrees
/// with what `simulate` reports for the same step.
package struct AdviceSearch: Sendable {
  /// The grid of rule 11: 0.01, 0.02, …, 2.00.
  package static let grid: [Double] = (1...200).map { Double($0) / 100 }

  let context: AdviceContext
  /// The target commitments (model indices), in the order asked or in model order.
  let targets: [Int]

  /// Prepares the advice for `model` after `scenarios` (none: the model as it is) on `targets`
  /// (commitment ids; nil: every commitment that does not meet the aim).
  package init(
    model: Model, scenarios: [Scenario], targets: [String]? = nil, robust: Bool = false
  ) throws(ScenarioRunError) {
    let context = AdviceContext(model: model, scenarios: scenarios, robust: robust)
    var indices: [Int] = []
    if let targets {
      for id in targets {
        guard let index = model.commitments.firstIndex(where: { $0.id == id }) else {
          throw ScenarioRunError.unknownCommitment(id, known: model.commitments.map(\.id))
        }
        if !indices.contains(index) { indices.append(index) }
      }
    } else {
      indices = model.commitments.indices.filter { !context.meetsAim(context.state, model: model, commitment: $0) }
    }
    self.context = context
    self.targets = indices
  }

  /// The units of work ``result(progress:)`` reports: one per target and present actor, and one per
  /// target for its recruitments.
  package var workCount: Int {
    targets.count * (context.state.actors.count { $0.present } + 1)
  }

  /// The advice; `progress` is called with the units done (see ``workCount``). Throws
  /// `CancellationError` when the task is cancelled (checked between actors).
  package func result(progress: (@Sendable (Int) -> Void)? = nil) async throws -> AdviceResult {
    var done = 0
    return try advice {
      try Task.checkCancellation()
      done += 1
      progress?(done)
    }
  }

  /// The advice, without progress or cancellation.
  package static func run(
    model: Model, scenarios: [Scenario], targets: [String]? = nil, robust: Bool = false
  ) throws(ScenarioRunError) -> AdviceResult {
    let search = try AdviceSearch(model: model, scenarios: scenarios, targets: targets, robust: robust)
    // A checkpoint that cannot throw: `advice(checkpoint:)` rethrows, so this call cannot either.
    return search.advice {}
  }

  /// The advice on every target, calling `checkpoint` after each unit of work.
  private func advice(checkpoint: () throws -> Void) rethrows -> AdviceResult {
    AdviceResult(
      scenario: ReportScenario(context.scenarios), robust: context.robust,
      commitments: try targets.map { try context.advice(forCommitment: $0, checkpoint: checkpoint) })
  }
}

/// The state advised on, and how a candidate is judged.
struct AdviceContext: Sendable {
  let model: Model
  let scenarios: [Scenario]
  let robust: Bool
  let state: ModelState
  let before: PlanEvaluation
  /// Rules 2–3 for the engagements, which change stances only.
  let probe: StanceProbe

  init(model: Model, scenarios: [Scenario], robust: Bool) {
    self.model = model
    self.scenarios = scenarios
    self.robust = robust
    state = model.state(applying: scenarios)
    before = PlanEvaluation(model: model, state: state)
    probe = StanceProbe(model: model, state: state, effectivePower: before.effectivePower)
  }

  /// Whether commitment `commitment` is viable in `candidate` (of `model`), and with `robust` stays
  /// viable after the loss of any one present actor other than its owner.
  func meetsAim(_ candidate: ModelState, model: Model, commitment: Int) -> Bool {
    meetsAim(
      candidate, model: model, commitment: commitment, evaluation: PlanEvaluation(model: model, state: candidate))
  }

  func meetsAim(_ candidate: ModelState, model: Model, commitment: Int, evaluation: PlanEvaluation) -> Bool {
    guard evaluation.commitments[commitment].status == .viable else { return false }
    return survivesAnyLoss(candidate, model: model, commitment: commitment)
  }

  /// Without `robust`, true; with it, whether commitment `commitment` stays viable in `candidate`
  /// after the loss of any one present actor other than its owner.
  func survivesAnyLoss(_ candidate: ModelState, model: Model, commitment: Int) -> Bool {
    guard robust else { return true }
    let owner = model.commitments[commitment].owner
    for actor in candidate.actors where actor.present && actor.id != owner {
      let without = candidate.applying(ScenarioStep(.remove(actor: actor.id)))
      if PlanEvaluation(model: model, state: without).commitments[commitment].status != .viable { return false }
    }
    return true
  }

  /// The rows for commitment `index`, or the reason there are none.
  func advice(forCommitment index: Int, checkpoint: () throws -> Void) rethrows -> CommitmentAdvice {
    let commitment = model.commitments[index]
    let now = before.commitments[index]
    var advice = CommitmentAdvice(
      id: commitment.id, status: now.status, viability: now.viability, engagements: [], recruitments: [],
      reason: nil)
    if meetsAim(state, model: model, commitment: index, evaluation: before) {
      advice.reason = robust ? "already robust" : "already viable"
      return advice
    }
    for actor in state.actors where actor.present {
      for scope in [Engagement.Scope.commitment, .general] {
        if let row = engagement(of: actor.id, scope: scope, commitment: index) { advice.engagements.append(row) }
      }
      try checkpoint()
    }
    advice.engagements.sort { ($0.delta, $0.scope, $0.actor) < ($1.delta, $1.scope, $1.actor) }
    advice.recruitments = recruitments(forCommitment: index).sorted {
      ($1.viability, $0.actor, $0.dimension.rawValue) < ($0.viability, $1.actor, $1.dimension.rawValue)
    }
    try checkpoint()
    if advice.engagements.isEmpty && advice.recruitments.isEmpty { advice.reason = reason(forCommitment: index) }
    return advice
  }
}
