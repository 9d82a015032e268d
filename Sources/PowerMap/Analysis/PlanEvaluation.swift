/// Rules 1–4 of <doc:Rules> on one state of a model: effective power, effective stance, obstacle
/// pressure, commitment viability, support concentration and the plan totals.
///
/// This is the part of an analysis that scenario comparison, the ally sweep and Monte Carlo
/// repeat many times: no network measure is computed (see ``StakeholderAnalysis`` for those).
/// Everything is sparse: O(actors + relations + listings) per rule, plus the iterations of rules
/// 1 and 2.
package struct PlanEvaluation: Sendable, Codable, Equatable {
  /// Rule 1: p̂ per actor of the state.
  package var cascade: DependencyCascade
  /// Rule 2: s* per actor of the state, and s*⁽ᶜ⁾ per commitment with declared positions.
  package var stance: EffectiveStance
  /// Rule 3: the pressure of every obstacle, in model order.
  package var obstacles: [ObstaclePressure]
  /// Rule 3: the viability of every commitment, in model order.
  package var commitments: [CommitmentViability]
  /// Rule 4: HHI per commitment and for the plan.
  package var concentration: SupportConcentration
  /// The plan totals.
  package var plan: PlanSummary
  /// Evaluates `state` of `model` (rules 1–4).
  package init(model: Model, state: ModelState) {
    let cascade = DependencyCascade(state: state)
    let stance = EffectiveStance(
      state: state, effectivePower: cascade.effectivePower, commitmentIDs: model.commitments.map(\.id))
    let power = cascade.effectivePower
    let plan = ResolvedPlan(model: model, state: state)
    let (present, weight) = ResolvedPlan.inputs(state: state, effectivePower: power)
    let obstacles = plan.obstaclePressures(model: model, present: present, weight: weight, stance: stance.stance)
    let commitments = plan.commitmentViabilities(
      model: model, present: present, weight: weight, stance: stance, obstacles: obstacles,
      listed: (state, power))
    let concentration = SupportConcentration(model: model, state: state, effectivePower: power, effectiveStance: stance)
    self.cascade = cascade
    self.stance = stance
    self.obstacles = obstacles
    self.commitments = commitments
    self.concentration = concentration
    self.plan = PlanSummary(commitments: commitments, concentration: concentration.plan)
  }

  package var effectivePower: [Double] { cascade.effectivePower }
  /// s* per actor of the state (rule 2).
  package var effectiveStance: [Double] { stance.stance }
}
