extension ResolvedPlan.Listing {
  /// Each actor's term in net_D of this dimension listing (``NeedContribution``), in first-listed
  /// order: the terms ``score(present:weight:stance:)`` sums, with `stance` the effective positions
  /// on the listing's commitment (s*⁽ᶜ⁾).
  func contributions(
    _ dimension: CommitmentDimension, state: ModelState, effectivePower: [Double], weight: [Double], stance: [Double]
  ) -> [NeedContribution] {
    positions.map { position in
      let actor = state.actors[position]
      return NeedContribution(
        dimension: dimension, actor: actor.id, present: actor.present, effectivePower: effectivePower[position],
        interest: actor.interest, effectiveStance: stance[position],
        term: actor.present ? weight[position] * stance[position] : 0, denominator: denominator)
    }
  }
}
