/// Rule 9's removal of one present actor, for every present actor of a state, as the robust aim of
/// rule 11 of <doc:Rules> needs it: the ally sweep's incremental removals (``SweepStanceSolver``
/// solves the rows of Ŵ a removal changes, eight removals per pass; rule 1 runs on the state's
/// links with the actor marked absent) instead of building and evaluating the state after each
/// removal. The same functions as ``PlanEvaluation`` of that state, so the same bits (the sweep's
/// `evaluateByRebuilding` equivalence).
///
/// A recruitment edits the needs only: its removals are the base state's, solved once here. An
/// engagement moves anchors only: its removals change the same rows with the same p̂, so they are
/// solved again from the candidate's anchors with the same replaced rows.
struct RemovalProbe: Sendable {
  /// One removal: the actor, the presence and p̂·q after it, and its rule 1 result.
  struct Loss: Sendable {
    let actor: Int
    let present: [Bool]
    let weight: [Double]
    let removal: SweepStanceSolver.Removal
    /// Rule 2 after the removal, from the base state's anchors, and the obstacles' pressures.
    let stance: EffectiveStance
    let pressures: [Double]
  }

  /// Rule 2 after each removal, from the state's Ŵ.
  let solver: SweepStanceSolver
  /// Rule 3 resolved on the state.
  let plan: ResolvedPlan
  let commitmentIDs: [String]
  /// One per present actor, in state order.
  let losses: [Loss]

  init(model: Model, state: ModelState, effectivePower: [Double]) {
    commitmentIDs = model.commitments.map(\.id)
    let solver = SweepStanceSolver(state: state, effectivePower: effectivePower, commitmentIDs: commitmentIDs)
    let plan = ResolvedPlan(model: model, state: state)
    let present = state.actors.map(\.present)
    let power = state.actors.map { $0.present ? $0.actor.power : 0 }
    let baseline = state.actors.map(\.baselinePower)
    let interest = state.actors.map(\.actor.interest)
    let links = DependencyCascade.Links(actorCount: present.count, present: present, relations: state.relations)
    let removals = state.actors.indices.filter { present[$0] }.map { actor in
      var presentAfter = present
      var powerAfter = power
      presentAfter[actor] = false
      powerAfter[actor] = 0
      let cascade = DependencyCascade(present: presentAfter, power: powerAfter, baseline: baseline, links: links)
      let weight = cascade.effectivePower.indices.map { cascade.effectivePower[$0] * interest[$0] }
      return (
        actor, presentAfter, weight, SweepStanceSolver.Removal(removed: [actor], effectivePower: cascade.effectivePower)
      )
    }
    var losses: [Loss] = []
    for start in stride(from: 0, to: removals.count, by: SweepStanceSolver.lanes) {
      let batch = removals[start..<min(start + SweepStanceSolver.lanes, removals.count)]
      for (removal, stance) in zip(batch, solver.solve(batch.map(\.3))) {
        let pressures = plan.obstacles.map {
          $0.pressure(present: removal.1, weight: removal.2, stance: stance.stance).pressure
        }
        losses.append(
          Loss(
            actor: removal.0, present: removal.1, weight: removal.2, removal: removal.3, stance: stance,
            pressures: pressures))
      }
    }
    self.solver = solver
    self.plan = plan
    self.losses = losses
  }

  /// Whether `commitment` (model index `index`, resolved on this state, its needs possibly
  /// edited) stays viable after every loss but its owner's, from the base state's stances.
  func survives(_ commitment: ResolvedPlan.ResolvedCommitment, index: Int) -> Bool {
    losses.allSatisfy { loss in
      guard loss.actor != commitment.owner else { return true }
      let onCommitment = loss.stance.positions.stance(onCommitment: index, general: loss.stance.stance)
      let viability = commitment.viability(
        weakest: commitment.weakest(present: loss.present, weight: loss.weight, stance: onCommitment),
        pressure: commitment.pressure(loss.pressures), present: loss.present)
      return CommitmentStatus(viability: viability, threshold: commitment.threshold) == .viable
    }
  }

  /// Whether commitment `index` stays viable in `candidate` (the base state with other declared
  /// stances or positions) after every loss but its owner's. `hint` (a loss's index) is tried
  /// first and is set to the fatal loss when there is one: the answer does not depend on the order.
  func survives(_ candidate: ModelState, commitment index: Int, hint: inout Int?) -> Bool {
    let anchors = candidate.actors.map(\.actor.stance)
    let issues = StanceIssues(state: candidate, commitmentIDs: commitmentIDs)
    let owner = plan.commitments[index].owner
    var order = losses.indices.filter { losses[$0].actor != owner && $0 != hint }
    let hinted = hint.map { losses[$0].actor != owner } ?? false
    if hinted, let hint { order.insert(hint, at: 0) }
    var start = 0
    var pressures: [Double] = []
    var viabilities = [Double](repeating: 0, count: plan.commitments.count)
    while start < order.count {
      // The hint alone first, then eight losses per pass.
      let count = start == 0 && hinted ? 1 : SweepStanceSolver.lanes
      let batch = Array(order[start..<min(start + count, order.count)])
      start += batch.count
      let solved = solver.solve(batch.map { losses[$0].removal }, anchors: anchors, issues: issues)
      for (position, stance) in zip(batch, solved) {
        let loss = losses[position]
        plan.evaluate(
          present: loss.present, weight: loss.weight, stance: stance.stance, positions: stance.positions,
          pressures: &pressures, viabilities: &viabilities, offset: 0)
        if CommitmentStatus(viability: viabilities[index], threshold: plan.commitments[index].threshold) != .viable {
          hint = position
          return false
        }
      }
    }
    return true
  }
}
