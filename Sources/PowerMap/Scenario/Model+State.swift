extension Model {
  /// The state after applying `scenarios` in order, each scenario's steps in order, keeping only the
  /// steps for which `includeStep(scenarioIndex, stepIndex)` is true (all of them by default).
  ///
  /// State = ModelState(model) · step₁ · step₂ · …; step probabilities are ignored here (Monte Carlo
  /// decides which steps happen and passes that decision as `includeStep`).
  package func state(
    applying scenarios: [Scenario],
    includeStep: (_ scenarioIndex: Int, _ stepIndex: Int) -> Bool = { _, _ in true }
  ) -> ModelState {
    var state = ModelState(model: self)
    state.apply(scenarios, includeStep: includeStep)
    return state
  }
}

extension ModelState {
  /// Applies `scenarios` in place, in order, keeping only the steps for which
  /// `includeStep(scenarioIndex, stepIndex)` is true.
  ///
  /// Monte Carlo (rule 10 of <doc:Rules>) draws the declared stances first — by setting
  /// `actors[i].actor.stance` on `ModelState(model:)` — and then calls this with its draw of which
  /// steps happen.
  package mutating func apply(
    _ scenarios: [Scenario], includeStep: (_ scenarioIndex: Int, _ stepIndex: Int) -> Bool = { _, _ in true }
  ) {
    for (scenarioIndex, scenario) in scenarios.enumerated() {
      for (stepIndex, step) in scenario.steps.enumerated() where includeStep(scenarioIndex, stepIndex) {
        apply(step.action)
      }
    }
  }
}
