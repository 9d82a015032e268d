/// Rule 8 of <doc:Rules>, transition risk: every commitment before and after a scenario, with what
/// drove each change, computed from the two analyses ``Simulation`` makes.
///
/// *Before* is the model as it is; *after* is the model with the scenarios applied in order
/// (every step). For each commitment the result gives V and status before and after, ΔV, and:
///
/// - **restoring steps** (leave-one-out over steps): the steps whose omission — everything else
///   applied — gives back the commitment's status before the scenario. A commitment whose status
///   did not change has none.
/// - **drivers**: the actors whose change moved V. For actor i listed by the commitment (its
///   owner, the actors of its needs, the holders and mitigators of the obstacles that block it)
///   and whose presence, interest, effective power or effective stance differs before and after,
///   effectᵢ = V_after − V_after(i restored), where "i restored" evaluates rule 3 with i's
///   before-values and everyone else's after-values. Drivers are the actors with |effectᵢ| > 1e-9,
///   largest first. Actors added by a scenario have no before-values and are not attributed.
///   The attribution is one-at-a-time, so effects need not add up to ΔV when actors interact
///   (two holders of one obstacle, a removed owner).
package enum TransitionRisk {
  /// One change per commitment, in model order: `after` (the model after its scenarios) compared
  /// with `before` (the model without scenario). Computes no analysis.
  package static func changes(before: StakeholderAnalysis, after: StakeholderAnalysis) -> [CommitmentChange] {
    let model = after.model
    let restoring = restoringSteps(
      model: model, scenarios: after.scenarios,
      beforeStatus: before.viabilities.map(\.status), afterStatus: after.viabilities.map(\.status))
    let effects = driverEffects(model: model, before: before, after: after)
    return model.commitments.indices.map { position in
      let from = before.viabilities[position]
      let to = after.viabilities[position]
      let drivers = effects[position].filter { abs($0.effect) > 1e-9 }.sorted {
        abs($0.effect) != abs($1.effect) ? abs($0.effect) > abs($1.effect) : $0.actor < $1.actor
      }
      return CommitmentChange(
        commitment: model.commitments[position].id, from: from.status, to: to.status,
        viabilityBefore: from.viability, viabilityAfter: to.viability,
        deltaViability: to.viability - from.viability, drivers: drivers.map(\.actor), driverEffects: drivers,
        restoringSteps: restoring[position])
    }
  }

  // MARK: Leave-one-out over steps

  private static func restoringSteps(
    model: Model, scenarios: [Scenario], beforeStatus: [CommitmentStatus],
    afterStatus: [CommitmentStatus]
  ) -> [[StepReference]] {
    var result = [[StepReference]](repeating: [], count: model.commitments.count)
    let changed = model.commitments.indices.filter { beforeStatus[$0] != afterStatus[$0] }
    guard !changed.isEmpty else { return result }
    for (scenarioIndex, scenario) in scenarios.enumerated() {
      for (stepIndex, step) in scenario.steps.enumerated() {
        let state = model.state(applying: scenarios) { $0 != scenarioIndex || $1 != stepIndex }
        let without = PlanEvaluation(model: model, state: state)
        for position in changed where without.commitments[position].status == beforeStatus[position] {
          result[position].append(
            StepReference(scenario: scenario.id, step: stepIndex, kind: step.action.kindName))
        }
      }
    }
    return result
  }

  // MARK: Actor attribution

  private static func driverEffects(
    model: Model, before: StakeholderAnalysis, after: StakeholderAnalysis
  ) -> [[DriverEffect]] {
    var blocking: [String: [Obstacle]] = [:]
    for obstacle in model.obstacles {
      for commitment in Set(obstacle.blocks) { blocking[commitment, default: []].append(obstacle) }
    }
    var state = after.state
    var power = after.effectivePower
    var stance = after.effectiveStance
    let beforeActors = before.state.actors
    return model.commitments.enumerated().map { position, commitment in
      let baseline = after.viabilities[position].viability
      guard abs(baseline - before.viabilities[position].viability) > 1e-12 else { return [] }
      let obstacles = blocking[commitment.id] ?? []
      // Only this commitment and its obstacles: rule 3 reads actors from the state, not the model.
      let single = Model(name: model.name, actors: [], commitments: [commitment], obstacles: obstacles)
      let positionBefore = before.evaluation.stance.positions.stance(
        onCommitment: position, general: before.effectiveStance)
      var positionAfter = after.evaluation.stance.positions.stance(onCommitment: position, general: stance)
      var candidates = [commitment.owner] + commitment.needs.allListings
      for obstacle in obstacles { candidates += obstacle.holders + obstacle.mitigators }
      var seen = Set<Int>()
      var effects: [DriverEffect] = []
      for id in candidates {
        guard let index = state.index(of: id), index < beforeActors.count, seen.insert(index).inserted else { continue }
        let old = beforeActors[index]
        let changed =
          old.present != state.actors[index].present || old.interest != state.actors[index].interest
          || before.effectivePower[index] != power[index] || before.effectiveStance[index] != stance[index]
          || positionBefore[index] != positionAfter[index]
        guard changed else { continue }
        let saved = (state.actors[index], power[index], stance[index], positionAfter[index])
        state.actors[index].present = old.present
        state.actors[index].actor.interest = old.interest
        power[index] = before.effectivePower[index]
        stance[index] = before.effectiveStance[index]
        positionAfter[index] = positionBefore[index]
        let restored = ResolvedPlan.assess(
          model: single, state: state, effectivePower: power,
          effectiveStance: EffectiveStance(
            stance: stance,
            positions: CommitmentPositions(commitmentCount: 1, commitments: [0], stances: [positionAfter]),
            influenced: [], rounds: 0, converged: true)
        ).commitments
        (state.actors[index], power[index], stance[index], positionAfter[index]) = saved
        if let viability = restored.first?.viability {
          effects.append(DriverEffect(actor: id, effect: baseline - viability))
        }
      }
      return effects
    }
  }
}
