extension AdviceContext {
  /// The smallest δ on the grid with which `actor`'s shift in `scope` meets the aim for
  /// commitment `index`; nil when none does. The exhaustive scan: every grid value judged by the
  /// engine, in increasing order (the fast scan's fallback, and its definition).
  func engagement(of actor: String, scope: Engagement.Scope, commitment index: Int) -> Engagement? {
    let commitment = model.commitments[index]
    var hint: Int?
    // Eight grid values at a time (one lane each), judged in increasing order.
    for start in stride(from: 0, to: AdviceSearch.grid.count, by: 8) {
      let deltas = AdviceSearch.grid[start..<min(start + 8, AdviceSearch.grid.count)]
      let candidates = deltas.map { delta in
        state.applying(shift(of: actor, scope: scope, commitment: commitment.id, delta: delta))
      }
      for (delta, (candidate, viabilities)) in zip(deltas, zip(candidates, probe.viabilities(candidates))) {
        if CommitmentStatus(viability: viabilities[index], threshold: commitment.threshold) == .viable,
          survivesAnyLoss(candidate, commitment: index, hint: &hint)
        {
          return row(actor: actor, scope: scope, delta: delta, viabilities: viabilities, commitment: index)
        }
        if saturated(candidate, actor: actor, scope: scope, commitment: commitment.id) { return nil }
      }
    }
    return nil
  }

  /// The step that shifts `actor` by `delta` in `scope`.
  func shift(of actor: String, scope: Engagement.Scope, commitment: String, delta: Double) -> ScenarioStep {
    ScenarioStep(.shift(ActorShift(actor: actor, stance: delta, commitment: scope == .commitment ? commitment : nil)))
  }

  /// The row of an engagement that meets the aim, from the engine's `viabilities` after it.
  func row(
    actor: String, scope: Engagement.Scope, delta: Double, viabilities: [Double], commitment index: Int
  ) -> Engagement {
    Engagement(
      actor: actor, scope: scope, delta: delta, viability: viabilities[index],
      sideEffects: scope == .general ? sideEffects(viabilities, besides: index) : [])
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
  ///
  /// A recruitment changes no power, relation or stance, so the state, its p̂ and s* stay; only the
  /// dimension's listing grows (``ResolvedPlan/Listing/appending(_:state:)``, the listing
  /// ``ResolvedPlan`` resolves for the edited needs) and V is rule 3 on it, by ``ResolvedPlan``'s
  /// functions: the V ``PlanEvaluation`` gives for the edited model.
  func recruitments(forCommitment index: Int) -> [Recruitment] {
    let commitment = model.commitments[index]
    let resolved = probe.plan.commitments[index]
    let onCommitment = before.stance.positions.stance(onCommitment: index, general: before.stance.stance)
    var rows: [Recruitment] = []
    for (slot, (dimension, listed)) in commitment.needs.dimensions.enumerated() where !listed.isEmpty {
      guard let listing = resolved.dimensions[slot] else { continue }
      for (position, actor) in state.actors.enumerated() where actor.present && !listed.contains(actor.actor.id) {
        var edited = resolved
        edited.dimensions[slot] = listing.appending(position, state: state)
        let viability = edited.viability(
          weakest: edited.weakest(present: probe.present, weight: probe.weight, stance: onCommitment),
          pressure: edited.pressure(basePressures), present: probe.present)
        guard CommitmentStatus(viability: viability, threshold: commitment.threshold) == .viable,
          removals?.survives(edited, index: index) ?? true
        else { continue }
        rows.append(Recruitment(actor: actor.actor.id, dimension: dimension, viability: viability))
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

extension ResolvedPlan.Listing {
  /// This listing with the actor at `position` (of `state`, not yet listed) appended: what resolving
  /// the needs with its id appended gives (positions in first-listed order, the denominator summed
  /// in that order).
  func appending(_ position: Int, state: ModelState) -> ResolvedPlan.Listing {
    let actor = state.actors[position]
    return ResolvedPlan.Listing(
      positions: positions + [position], denominator: denominator + actor.baselinePower * actor.baselineInterest)
  }
}
