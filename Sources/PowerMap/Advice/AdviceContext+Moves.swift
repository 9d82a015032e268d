extension AdviceContext {
  /// The smallest δ on the grid with which `actor`'s shift in `scope` meets the aim for
  /// commitment `index`; nil when none does.
  func engagement(of actor: String, scope: Engagement.Scope, commitment index: Int) -> Engagement? {
    let commitment = model.commitments[index]
    // Eight grid values at a time (one lane each), judged in increasing order.
    for start in stride(from: 0, to: AdviceSearch.grid.count, by: 8) {
      let deltas = AdviceSearch.grid[start..<min(start + 8, AdviceSearch.grid.count)]
      let candidates = deltas.map { delta in
        state.applying(
          ScenarioStep(
            .shift(ActorShift(actor: actor, stance: delta, commitment: scope == .commitment ? commitment.id : nil))))
      }
      for (delta, (candidate, viabilities)) in zip(deltas, zip(candidates, probe.viabilities(candidates))) {
        if CommitmentStatus(viability: viabilities[index], threshold: commitment.threshold) == .viable,
          survivesAnyLoss(candidate, model: model, commitment: index)
        {
          return Engagement(
            actor: actor, scope: scope, delta: delta, viability: viabilities[index],
            sideEffects: scope == .general ? sideEffects(viabilities, besides: index) : [])
        }
        if saturated(candidate, actor: actor, scope: scope, commitment: commitment.id) { return nil }
      }
    }
    return nil
  }

  /// Whether every value the shift moves has reached +1 (a larger δ changes nothing).
  private func saturated(_ candidate: ModelState, actor: String, scope: Engagement.Scope, commitment: String) -> Bool {
    guard let moved = candidate.actor(actor)?.actor else { return true }
    switch scope {
    case .commitment: return moved.position(on: commitment) >= 1
    case .general: return moved.stance >= 1 && moved.positions.values.allSatisfy { $0 >= 1 }
    }
  }

  /// The other commitments whose status with `viabilities` differs from the state advised on.
  private func sideEffects(_ viabilities: [Double], besides index: Int) -> [SideEffect] {
    zip(before.commitments, viabilities).enumerated().compactMap { position, pair in
      let status = CommitmentStatus(viability: pair.1, threshold: pair.0.threshold)
      guard position != index, pair.0.status != status else { return nil }
      return SideEffect(commitment: pair.0.id, from: pair.0.status, to: status)
    }
  }

  /// Every present actor not yet listed in a non-empty dimension of commitment `index`, appended
  /// to it (a model edit: rule 3's denominators include it), where the commitment then meets the aim.
  func recruitments(forCommitment index: Int) -> [Recruitment] {
    let commitment = model.commitments[index]
    var rows: [Recruitment] = []
    for (dimension, listed) in commitment.needs.dimensions where !listed.isEmpty {
      for actor in state.actors where actor.present && !listed.contains(actor.id) {
        var edited = model
        edited.commitments[index].needs.append(actor.id, to: dimension)
        let candidate = edited.state(applying: scenarios)
        let evaluation = PlanEvaluation(model: edited, state: candidate)
        if meetsAim(candidate, model: edited, commitment: index, evaluation: evaluation) {
          rows.append(
            Recruitment(actor: actor.id, dimension: dimension, viability: evaluation.commitments[index].viability))
        }
      }
    }
    return rows
  }

  /// Why nothing on the grid meets the aim for commitment `index`.
  func reason(forCommitment index: Int) -> String {
    let commitment = model.commitments[index]
    if let owner = state.actor(commitment.owner), !owner.present {
      return "its owner '\(commitment.owner)' is removed: V is −1 whatever anyone's stance"
    }
    let aim = robust ? "viable after the loss of any one ally" : "viable"
    return "no single actor's stance shift of up to +2.00 and no single recruit makes it \(aim)"
  }
}
