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
  /// Rule 2: s* per actor of the state.
  package var stance: EffectiveStance
  /// Rule 3: the pressure of every obstacle, in model order.
  package var obstacles: [ObstaclePressure]
  /// Rule 3: the viability of every commitment, in model order.
  package var commitments: [CommitmentViability]
  /// Rule 4: HHI per commitment and for the plan.
  package var concentration: SupportConcentration
  /// The plan totals.
  package var plan: PlanSummary
  /// s⁰*, the baseline effective stance rule 3 was evaluated against.
  package var baselineStance: [Double]

  /// Evaluates `state` of `model` against the baseline effective stance `baselineStance` (s⁰*,
  /// from ``Model/baselineEffectiveStance()``; compute it once per model and reuse it).
  package init(model: Model, state: ModelState, baselineStance: [Double]) {
    let cascade = DependencyCascade(state: state)
    let stance = EffectiveStance(state: state, effectivePower: cascade.effectivePower)
    self.init(model: model, state: state, cascade: cascade, stance: stance, baselineStance: baselineStance)
  }

  /// The evaluation of the model itself, without scenario (its own effective stance is s⁰*).
  ///
  /// - Parameters:
  ///   - model: the model.
  ///   - initialState: `ModelState(model: model)` when the caller has already built it.
  package init(baselineOf model: Model, initialState: ModelState? = nil) {
    let state = initialState ?? ModelState(model: model)
    let cascade = DependencyCascade(state: state)
    let stance = EffectiveStance(state: state, effectivePower: cascade.effectivePower)
    self.init(model: model, state: state, cascade: cascade, stance: stance, baselineStance: stance.stance)
  }

  private init(
    model: Model, state: ModelState, cascade: DependencyCascade, stance: EffectiveStance, baselineStance: [Double]
  ) {
    let power = cascade.effectivePower
    let plan = ResolvedPlan(model: model, state: state, baselineStance: baselineStance)
    let (present, weight) = ResolvedPlan.inputs(state: state, effectivePower: power)
    let obstacles = plan.obstaclePressures(model: model, present: present, weight: weight, stance: stance.stance)
    let commitments = plan.commitmentViabilities(
      model: model, present: present, weight: weight, stance: stance.stance, obstacles: obstacles,
      listed: (state, power))
    let concentration = SupportConcentration(
      model: model, state: state, effectivePower: power, effectiveStance: stance.stance)
    self.cascade = cascade
    self.stance = stance
    self.obstacles = obstacles
    self.commitments = commitments
    self.concentration = concentration
    self.plan = PlanSummary(commitments: commitments, concentration: concentration.plan)
    self.baselineStance = baselineStance
  }

  /// p̂ per actor of the state (rule 1).
  package var effectivePower: [Double] { cascade.effectivePower }
  /// s* per actor of the state (rule 2).
  package var effectiveStance: [Double] { stance.stance }
}
