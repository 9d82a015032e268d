import NetworkAnalysis

/// A model and its scenarios prepared once for Monte Carlo (rule 10 of <doc:Rules>): the draws of
/// every sample and the pieces its evaluation shares with other samples.
///
/// Shared by every worker (it is immutable); each worker keeps its own ``MonteCarloWorker``.
struct MonteCarloSampler: Sendable {
  /// The seed of the run; sample k draws from `SeededGenerator(seed: seed, stream: k)`.
  let seed: UInt64
  /// The model's state before any step, without noise.
  let initialState: ModelState
  /// Every step of every scenario, scenarios in order and each one's steps in order.
  let steps: [ScenarioStep]
  /// sᵢ declared by the model, in model order.
  let declaredStance: [Double]
  /// The standard deviation of sᵢ, in model order.
  let uncertainty: [Double]
  /// Rule 3 resolved against the model, with s⁰* of the model without noise.
  let plan: ResolvedPlan
  /// τ of every commitment, in model order.
  let thresholds: [Double]

  /// Prepares `model` with `scenarios` for the run with `seed`; `baselineStance` is s⁰* when the
  /// caller has it (nil computes it).
  init(model: Model, scenarios: [Scenario], seed: UInt64, baselineStance: [Double]? = nil) {
    self.seed = seed
    initialState = ModelState(model: model)
    steps = scenarios.flatMap(\.steps)
    declaredStance = model.actors.map(\.stance)
    uncertainty = model.actors.map(\.uncertainty)
    plan = ResolvedPlan(
      model: model, state: initialState, baselineStance: baselineStance ?? model.baselineEffectiveStance())
    thresholds = model.commitments.map(\.threshold)
  }

  /// The least V each commitment can take: −1 − Σ severity of the obstacles that block it.
  var viabilityLowerBounds: [Double] {
    plan.commitments.map { commitment in
      commitment.blockers.reduce(-1) { $0 - plan.obstacles[$1].severity }
    }
  }

  /// The number of commitments of the plan.
  var commitmentCount: Int { thresholds.count }

  /// The draws of sample `sample`, in the documented order: one Gaussian per model actor in model
  /// order, sᵢ = clamp(sᵢ + uncertaintyᵢ · g, −1, 1) (written to `stances[0 ..< actors]`), then one
  /// uniform u per step in order, the step happening when u < p (written to `included`).
  func draw(sample: Int, stances: inout [Double], included: inout [Bool]) {
    var generator = SeededGenerator(seed: seed, stream: UInt64(sample))
    for index in declaredStance.indices {
      let noisy = generator.nextGaussian(mean: declaredStance[index], standardDeviation: uncertainty[index])
      stances[index] = min(max(noisy, -1), 1)
    }
    for index in steps.indices {
      included[index] = generator.nextUniform() < steps[index].probability
    }
  }

  /// The shared part of a sample's evaluation when the steps flagged in `included` happen.
  func structure(included: [Bool]) -> SampleStructure {
    SampleStructure(initialState: initialState, steps: steps, included: included)
  }
}
