extension ResolvedPlan {
  /// Rule 3 on one state of `model`: every obstacle's pressure and every commitment's viability,
  /// in model order, with the plan resolved for this call (analyses of many states resolve it once).
  ///
  /// - Parameters:
  ///   - effectivePower: p̂ per actor of `state` (rule 1).
  ///   - effectiveStance: s* and s*⁽ᶜ⁾ of `state` (rule 2).
  static func assess(
    model: Model, state: ModelState, effectivePower: [Double], effectiveStance: EffectiveStance
  ) -> (obstacles: [ObstaclePressure], commitments: [CommitmentViability]) {
    let (present, weight) = inputs(state: state, effectivePower: effectivePower)
    let plan = ResolvedPlan(model: model, state: state)
    let obstacles = plan.obstaclePressures(
      model: model, present: present, weight: weight, stance: effectiveStance.stance)
    let commitments = plan.commitmentViabilities(
      model: model, present: present, weight: weight, stance: effectiveStance, obstacles: obstacles,
      listed: (state, effectivePower))
    return (obstacles, commitments)
  }

  /// What rule 3 reads of a state per actor: whether it is present, and p̂ᵢ·qᵢ (effective power
  /// times current interest).
  static func inputs(state: ModelState, effectivePower: [Double]) -> (present: [Bool], weight: [Double]) {
    (state.actors.map(\.present), state.actors.indices.map { effectivePower[$0] * state.actors[$0].interest })
  }

  /// The pressure of every obstacle of `model` (the model this plan was resolved from), in model
  /// order, with its mitigation and opposition (with the general effective stance `stance`).
  func obstaclePressures(model: Model, present: [Bool], weight: [Double], stance: [Double]) -> [ObstaclePressure] {
    zip(model.obstacles, obstacles).map { obstacle, resolved in
      let assessed = resolved.pressure(present: present, weight: weight, stance: stance)
      return ObstaclePressure(
        id: obstacle.id, blocks: obstacle.blocks, severity: obstacle.severity, mitigation: assessed.mitigation,
        opposition: assessed.opposition, pressure: assessed.pressure)
    }
  }

  /// The viability of every commitment of `model` (the model this plan was resolved from), in
  /// model order, with its dimension scores (from s*⁽ᶜ⁾), weakest dimension and blockers;
  /// `obstacles` are the pressures of the model's obstacles, in model order; `listed` (the state
  /// and its p̂) names the listed actors of each ``CommitmentViability/contributions``.
  func commitmentViabilities(
    model: Model, present: [Bool], weight: [Double], stance: EffectiveStance, obstacles: [ObstaclePressure],
    listed: (state: ModelState, effectivePower: [Double])
  ) -> [CommitmentViability] {
    precondition(obstacles.count == self.obstacles.count, "one pressure per obstacle of the model is needed")
    let pressures = obstacles.map(\.pressure)
    return zip(model.commitments.indices, commitments).map { index, resolved in
      let commitment = model.commitments[index]
      let onCommitment = stance.positions.stance(onCommitment: index, general: stance.stance)
      var dimensions = DimensionScores()
      var contributions: [NeedContribution] = []
      for ((dimension, _), listing) in zip(commitment.needs.dimensions, resolved.dimensions) {
        guard let listing else { continue }
        dimensions[dimension] = listing.score(present: present, weight: weight, stance: onCommitment)
        contributions += listing.contributions(
          dimension, state: listed.state, effectivePower: listed.effectivePower, weight: weight, stance: onCommitment)
      }
      let weakest = dimensions.weakest
      let pressure = resolved.pressure(pressures)
      let viability = resolved.viability(weakest: weakest?.score, pressure: pressure, present: present)
      return CommitmentViability(
        id: commitment.id, dimensions: dimensions, weakestDimension: weakest?.dimension,
        obstacles: resolved.blockers.map { obstacles[$0].id }, obstaclePressure: pressure,
        ownerPresent: resolved.owner.map { present[$0] } ?? true, threshold: commitment.threshold,
        viability: viability, status: CommitmentStatus(viability: viability, threshold: commitment.threshold),
        contributions: contributions)
    }
  }
}
