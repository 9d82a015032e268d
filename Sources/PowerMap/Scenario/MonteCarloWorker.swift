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
  private var sheet: IssueSheet
  private var pressures: [Double] = []
  private var effective: [Double] = []
  private var scratch: [Double] = []

  init(sampler: MonteCarloSampler) {
    self.sampler = sampler
    pattern = StepPattern(count: sampler.steps.count)
    included = [Bool](repeating: false, count: sampler.steps.count)
    sheet = IssueSheet(
      actorCount: sampler.declaredStance.count, issues: sampler.issues, commitmentIDs: sampler.commitmentIDs)
  }

  /// Evaluates sample `sample` and writes V of every commitment to
  /// `viabilities[offset ..< offset + commitmentCount]`.
  mutating func evaluate(sample: Int, into viabilities: inout [Double], offset: Int) {
    sheet.resize(to: sampler.declaredStance.count)
    sampler.draw(sample: sample, sheet: &sheet, included: &included)
    let structure = structure(included)
    // Actors added by steps get their stance and positions from the program (their `add`), not
    // from noise.
    sheet.resize(to: structure.actorCount)
    for operation in structure.program { operation.apply(to: &sheet) }
    _ = structure.solver.solve(
      from: sheet.general, into: &effective, scratch: &scratch, tolerance: EffectiveStance.tolerance,
      maxIterations: EffectiveStance.maximumRounds)
    let positions = CommitmentPositions(
      commitmentCount: sampler.commitmentCount, commitments: sheet.issues,
      stances: EffectiveStance.solveIssues(
        structure.solver, anchors: sheet.issues.indices.map { sheet.anchors(ofIssue: $0) },
        tolerance: EffectiveStance.tolerance, maximumRounds: EffectiveStance.maximumRounds))
    sampler.plan.evaluate(
      present: structure.present, weight: structure.weight, stance: effective, positions: positions,
      pressures: &pressures, viabilities: &viabilities, offset: offset)
  }

  /// The structure for the steps flagged in `included`, from the cache or built (and cached when
  /// it fits).
  mutating func structure(_ included: [Bool]) -> SampleStructure {
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
