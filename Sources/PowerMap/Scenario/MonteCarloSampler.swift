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
  /// Per model actor, its declared positions as (issue slot, position).
  let declaredPositions: [[(slot: Int, value: Double)]]
  /// The commitments that may carry positions in some sample (model indices, increasing): those
  /// the model declares positions on, and those a step sets or shifts a position on or an added
  /// actor declares one on. Solving an issue on which, after the steps, nobody declares a position
  /// gives s* itself, so including one costs time, never a difference.
  let issues: [Int]
  /// The model's commitment ids, in order.
  let commitmentIDs: [String]
  /// Rule 3 resolved against the model (baselines p⁰, q⁰ of the model).
  let plan: ResolvedPlan
  /// τ of every commitment, in model order.
  let thresholds: [Double]

  /// Prepares `model` with `scenarios` (none: the model as it is) for the run with `seed`.
  init(model: Model, scenarios: [Scenario], seed: UInt64) {
    self.seed = seed
    initialState = ModelState(model: model)
    steps = scenarios.flatMap(\.steps)
    declaredStance = model.actors.map(\.stance)
    uncertainty = model.actors.map(\.uncertainty)
    commitmentIDs = model.commitments.map(\.id)
    let issues = Self.issues(model: model, steps: steps)
    self.issues = issues
    var slotOfID: [String: Int] = [:]
    for (slot, commitment) in issues.enumerated() { slotOfID[model.commitments[commitment].id] = slot }
    declaredPositions = model.actors.map { actor in
      actor.positions.compactMap { id, value in slotOfID[id].map { (slot: $0, value: value) } }.sorted {
        $0.slot < $1.slot
      }
    }
    plan = ResolvedPlan(model: model, state: initialState)
    thresholds = model.commitments.map(\.threshold)
  }

  /// The commitments on which the model or a step may declare a position (model indices).
  private static func issues(model: Model, steps: [ScenarioStep]) -> [Int] {
    var named = Set(model.actors.flatMap(\.positions.keys))
    for step in steps {
      switch step.action {
      case .set(let update): if let commitment = update.commitment { named.insert(commitment) }
      case .shift(let shift): if let commitment = shift.commitment { named.insert(commitment) }
      case .add(let actor): named.formUnion(actor.positions.keys)
      case .remove, .transition, .cut, .link: break
      }
    }
    return model.commitments.indices.filter { named.contains(model.commitments[$0].id) }
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
  /// order, εᵢ = uncertaintyᵢ · g, added to its declared stance and to each of its declared
  /// positions (each clamped to [−1, 1]; written to `sheet`'s first model actors), then one uniform
  /// u per step in order, the step happening when u < p (written to `included`).
  func draw(sample: Int, sheet: inout IssueSheet, included: inout [Bool]) {
    var generator = SeededGenerator(seed: seed, stream: UInt64(sample))
    for index in declaredStance.indices {
      let noise = generator.nextGaussian(mean: 0, standardDeviation: uncertainty[index])
      sheet.general[index] = min(max(declaredStance[index] + noise, -1), 1)
      for slot in issues.indices { sheet.declared[slot][index] = false }
      for (slot, value) in declaredPositions[index] {
        sheet.positions[slot][index] = min(max(value + noise, -1), 1)
        sheet.declared[slot][index] = true
      }
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
