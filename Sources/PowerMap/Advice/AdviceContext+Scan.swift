extension AdviceContext {
  /// The smallest δ on the grid with which actor `actor`'s shift in `scope` meets the aim for
  /// `target`; nil when none does. The same answer as ``engagement(of:scope:commitment:)`` (the
  /// exhaustive scan), found from `response` (gₐ, ``StanceResponses``) as ``AdviceSearch`` explains:
  /// a grid value whose estimated V is below the threshold by more than the margin is not viable,
  /// every other one is judged by the engine (``StanceProbe``) in increasing order, and an engine
  /// verdict that contradicts a decisive estimate sends the actor to the exhaustive scan.
  func engagement(
    of actor: Int, response: [Double]?, scope: Engagement.Scope, target: EngagementTarget,
    scratch: inout EngagementScratch
  ) -> Engagement? {
    let declared = state.actors[actor].actor
    guard let response, let margin = target.margin else {
      return engagement(of: declared.id, scope: scope, commitment: target.index)
    }
    let commitment = model.commitments[target.index].id
    scratch.restore(target, context: self)
    for delta in AdviceSearch.grid {
      let move = AnchorMove(of: declared, scope: scope, commitment: commitment, delta: delta)
      let estimate = scratch.estimate(
        target, context: self, response: response, moveOnCommitment: move.onCommitment, moveGeneral: move.general)
      if estimate >= target.threshold - margin {
        let candidate = state.applying(shift(of: declared.id, scope: scope, commitment: commitment, delta: delta))
        switch judge(candidate, target: target, decisive: estimate >= target.threshold + margin, hint: &scratch.hint) {
        case .fails: break
        case .meets(let viabilities):
          return row(actor: declared.id, scope: scope, delta: delta, viabilities: viabilities, commitment: target.index)
        case .contradicted:
          scratch.fallbacks += 1
          return engagement(of: declared.id, scope: scope, commitment: target.index)
        }
      }
      if move.saturated { return nil }
    }
    return nil
  }

  /// The engine's verdict on `candidate` for `target`. Within the margin the engine decides
  /// viability first; after a decisive estimate the robust check goes first, and the engine confirms
  /// the answer (its V is the row's).
  private func judge(
    _ candidate: ModelState, target: EngagementTarget, decisive: Bool, hint: inout Int?
  ) -> EngagementVerdict {
    var solved: [Double]?
    if !decisive {
      let viabilities = probe.viabilities(candidate)
      guard viable(viabilities, target) else { return .fails }
      solved = viabilities
    }
    guard survivesAnyLoss(candidate, commitment: target.index, hint: &hint) else { return .fails }
    let viabilities = solved ?? probe.viabilities(candidate)
    return viable(viabilities, target) ? .meets(viabilities) : .contradicted
  }

  /// Whether the engine's `viabilities` make `target` viable.
  private func viable(_ viabilities: [Double], _ target: EngagementTarget) -> Bool {
    CommitmentStatus(viability: viabilities[target.index], threshold: target.threshold) == .viable
  }
}
