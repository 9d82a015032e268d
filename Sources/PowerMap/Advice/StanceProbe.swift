import NetworkAnalysis

/// Rules 2 and 3 on states that differ from one base state only in declared stances and positions
/// (an engagement of rule 11 is a stance shift): the base's effective powers, Ŵ, r, θ and resolved
/// plan are reused, and only the stances are solved again. The same functions as
/// ``PlanEvaluation`` in the same order, so the same viabilities, bit for bit.
struct StanceProbe {
  let present: [Bool]
  let weight: [Double]
  let system: FriedkinJohnsen
  let plan: ResolvedPlan
  let commitmentIDs: [String]

  init(model: Model, state: ModelState, effectivePower: [Double]) {
    (present, weight) = ResolvedPlan.inputs(state: state, effectivePower: effectivePower)
    system = EffectiveStance.system(state: state, effectivePower: effectivePower)
    plan = ResolvedPlan(model: model, state: state)
    commitmentIDs = model.commitments.map(\.id)
  }

  /// V of every commitment in `candidate`, a state of the same actors, relations and powers as the
  /// base with other stances or positions.
  func viabilities(_ candidate: ModelState) -> [Double] {
    viabilities([candidate])[0]
  }

  /// ``viabilities(_:)-(ModelState)`` of several candidates at once: every Friedkin–Johnsen solve
  /// they need (each one's general stance and its issues) runs eight sets of initial opinions per
  /// pass over Ŵ (`FriedkinJohnsen.solveLanes(anchorLanes:tolerance:maxIterations:)`, the same bits
  /// as one solve per set).
  func viabilities(_ candidates: [ModelState]) -> [[Double]] {
    let issues = candidates.map { StanceIssues(state: $0, commitmentIDs: commitmentIDs) }
    var anchors: [[Double]] = []
    for (candidate, candidateIssues) in zip(candidates, issues) {
      anchors.append(candidate.actors.map(\.actor.stance))
      anchors += candidateIssues.anchors
    }
    let solved = EffectiveStance.solveIssues(
      system, anchors: anchors, tolerance: EffectiveStance.tolerance, maximumRounds: EffectiveStance.maximumRounds)
    var pressures: [Double] = []
    var next = 0
    return issues.map { candidateIssues in
      let general = solved[next]
      let stances = Array(solved[(next + 1)..<(next + 1 + candidateIssues.commitments.count)])
      next += 1 + candidateIssues.commitments.count
      let positions = CommitmentPositions(
        commitmentCount: commitmentIDs.count, commitments: candidateIssues.commitments, stances: stances)
      var viabilities = [Double](repeating: 0, count: commitmentIDs.count)
      plan.evaluate(
        present: present, weight: weight, stance: general, positions: positions, pressures: &pressures,
        viabilities: &viabilities, offset: 0)
      return viabilities
    }
  }
}
