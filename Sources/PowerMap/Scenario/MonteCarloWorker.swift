/// One Monte Carlo worker's private state: reusable buffers and a cache of ``SampleStructure``s
/// by ``StepPattern``, so that samples whose steps coincide share rules 1 and Ŵ of rule 2.
///
/// The cache holds at most ``cacheBudget`` bytes (by ``SampleStructure/approximateBytes``); once
/// full, new combinations are evaluated without being stored. Caching changes no result: a
/// structure is a pure function of the combination of steps.
struct MonteCarloWorker {
  /// The most bytes of structures a worker keeps (64 MB).
  static let cacheBudget = 64 << 20

  let sampler: MonteCarloSampler
  private var cache: [StepPattern: SampleStructure] = [:]
  private var cachedBytes = 0
  private var pattern: StepPattern
  private var included: [Bool]
  private var stances: [Double]
  private var pressures: [Double] = []
  private var effective: [Double] = []
  private var scratch: [Double] = []

  init(sampler: MonteCarloSampler) {
    self.sampler = sampler
    pattern = StepPattern(count: sampler.steps.count)
    included = [Bool](repeating: false, count: sampler.steps.count)
    stances = [Double](repeating: 0, count: sampler.declaredStance.count)
  }

  /// Evaluates sample `sample` and writes V of every commitment to
  /// `viabilities[offset ..< offset + commitmentCount]`.
  mutating func evaluate(sample: Int, into viabilities: inout [Double], offset: Int) {
    let modelActors = sampler.declaredStance.count
    if stances.count > modelActors { stances.removeLast(stances.count - modelActors) }
    sampler.draw(sample: sample, stances: &stances, included: &included)
    let structure = structure()
    // Actors added by steps get their stance from the program (their `add`), not from noise.
    while stances.count < structure.actorCount { stances.append(0) }
    for operation in structure.program { operation.apply(to: &stances) }
    _ = structure.solver.solve(
      from: stances, into: &effective, scratch: &scratch, tolerance: EffectiveStance.tolerance,
      maxIterations: EffectiveStance.maximumRounds)
    sampler.plan.evaluate(
      present: structure.present, weight: structure.weight, stance: effective, pressures: &pressures,
      viabilities: &viabilities, offset: offset)
  }

  /// The structure for the current `included`, from the cache or built (and cached when it fits).
  private mutating func structure() -> SampleStructure {
    pattern.assign(included)
    if let cached = cache[pattern] { return cached }
    let built = sampler.structure(included: included)
    let bytes = built.approximateBytes
    if cachedBytes + bytes <= Self.cacheBudget || cache.isEmpty {
      cache[pattern] = built
      cachedBytes += bytes
    }
    return built
  }
}
