/// The `analyze` command's analysis: rules 1–6 of <doc:Rules> on a model after zero or more scenarios.
///
/// State = the model with `scenarios` applied in order (``Model/state(applying:includeStep:)``);
/// then p̂ (rule 1), s* and s*⁽ᶜ⁾ (rule 2), obstacle pressure and viability (rule 3), concentration
/// (rule 4), network measures (rule 5), quadrant and salience (rule 6). ``report`` is the Codable result whose JSON is `analyze --json`.
///
/// Every intermediate is exposed for reuse (``evaluation`` holds rules 1–4 for the scenario and
/// transition-risk work). Everything is sparse and ids are resolved once when the state is built,
/// so a model of 100,000 actors and 500,000 relations analyses in seconds in a release build
/// (betweenness is then sampled; see ``NetworkOptions``).
package struct StakeholderAnalysis: Sendable {
  /// The model analysed.
  package let model: Model
  /// The scenarios applied, in order (empty for the model as it is).
  package let scenarios: [Scenario]
  /// The state after the scenarios.
  package let state: ModelState
  /// Rules 1–4 on ``state``.
  package let evaluation: PlanEvaluation
  /// Rule 5 on ``state``.
  package let network: NetworkMeasures
  /// Rule 6: the power–interest quadrant of every actor of the state (power = p̂, interest = q).
  /// Removed actors are classified like the others, from p̂ = 0.
  package let quadrants: [PowerInterestQuadrant]
  /// Rule 6: the salience class of every actor of the state (power = p̂); removed actors from
  /// p̂ = 0 and their declared legitimacy and urgency; nil for an actor that gives neither
  /// legitimacy nor urgency (the class would be measured from power alone).
  package let salience: [SalienceClass?]
  /// The `analyze --json` result.
  package let report: StakeholderReport

  /// Analyses `model` after `scenarios` (applied in order, every step).
  ///
  /// - Parameters:
  ///   - model: the model.
  ///   - scenarios: the scenarios to apply, in order (none for the model as it is).
  ///   - options: the network measures' options.
  package init(model: Model, scenarios: [Scenario] = [], options: AnalysisOptions = AnalysisOptions()) {
    var state = ModelState(model: model)
    state.apply(scenarios)
    self.init(model: model, state: state, scenarios: scenarios, options: options)
  }

  /// Analyses an already built `state` of `model` (for example one Monte Carlo sample); `scenarios`
  /// only names the run in the report.
  ///
  /// - Parameters:
  ///   - model: the model.
  ///   - state: a state of `model` (after zero or more scenario steps).
  ///   - scenarios: the scenarios that led to `state`, to name the run.
  ///   - options: the network measures' options.
  package init(
    model: Model, state: ModelState, scenarios: [Scenario], options: AnalysisOptions = AnalysisOptions()
  ) {
    let evaluation = PlanEvaluation(model: model, state: state)
    let network = NetworkMeasures(state: state, options: options.network)
    let power = evaluation.effectivePower
    let quadrants = state.actors.indices.map {
      PowerInterestQuadrant(power: power[$0], interest: state.actors[$0].interest)
    }
    let salience = state.actors.indices.map { index -> SalienceClass? in
      let actor = state.actors[index].actor
      // Neither attribute given: the class would only restate the power, so it is not reported.
      guard actor.legitimacy != nil || actor.urgency != nil else { return nil }
      return SalienceClass(power: power[index], legitimacy: actor.legitimacy, urgency: actor.urgency)
    }
    self.model = model
    self.scenarios = scenarios
    self.state = state
    self.evaluation = evaluation
    self.network = network
    self.quadrants = quadrants
    self.salience = salience
    self.report = StakeholderReport(
      model: model, scenarios: scenarios, state: state, evaluation: evaluation, network: network,
      quadrants: quadrants, salience: salience)
  }

  /// p̂ per actor of the state (rule 1).
  package var effectivePower: [Double] { evaluation.effectivePower }
  /// s* per actor of the state (rule 2).
  package var effectiveStance: [Double] { evaluation.effectiveStance }
  /// The viability of every commitment, in model order (rule 3).
  package var viabilities: [CommitmentViability] { evaluation.commitments }
}
