/// Rule 3 of <doc:Rules> with every id of the plan resolved to a state position once, for analyses
/// that evaluate many states of one model (Monte Carlo).
///
/// The formulas are those of ``ObstaclePressure`` and ``CommitmentViability``:
///
///     pressure_o = severity_o · (1 − mitigation_o) · holding_o
///     net_D      = clamp(Σ_{i∈S present} (p̂ᵢ qᵢ) s*ᵢ / Σ_{i∈S} p⁰ᵢ q⁰ᵢ, −1, 1)
///     V_c        = min_D net_D − Σ_{o blocks c} pressure_o     (−1 when the owner is removed)
///
/// evaluated with the same floating-point operations in the same order — listings deduplicated in
/// first-listed order, sums accumulated in that order, blockers in model order — so the
/// viabilities are bit-identical to ``PlanEvaluation``'s. What is done once instead of per state:
/// resolving ids (no dictionary lookup per evaluation), the blocker lists, and the denominators,
/// which depend only on baselines (p⁰, q⁰ of model actors, which no step changes; commitments and
/// obstacles list model actors only) and on s⁰*.
///
/// Per evaluation the caller supplies, per state actor, whether it is present, the product
/// p̂ᵢ·qᵢ and s*ᵢ; the cost is O(listings), with no allocation.
struct ResolvedPlan: Sendable {
  /// The actors of one listing (a dimension, an obstacle's mitigators or holders), each once, and
  /// the listing's denominator.
  struct Listing: Sendable {
    var positions: [Int]
    var denominator: Double
  }

  /// An obstacle: its severity, its mitigators (denominator Σ p⁰q⁰) and its holders (denominator
  /// Σ p⁰q⁰ max(−s⁰*, 0)).
  struct ResolvedObstacle: Sendable {
    var severity: Double
    var mitigators: Listing
    var holders: Listing
  }

  /// A commitment: its three dimensions in PDIA order (nil when empty), its owner, the obstacles
  /// that block it (positions in `obstacles`, increasing) and its threshold.
  struct ResolvedCommitment: Sendable {
    var dimensions: [Listing?]
    var owner: Int?
    var blockers: [Int]
    var threshold: Double
  }

  let obstacles: [ResolvedObstacle]
  let commitments: [ResolvedCommitment]

  /// Resolves `model`'s commitments and obstacles against `state` (any state of the model: model
  /// actors keep their positions and baselines), with s⁰* = `baselineStance`.
  init(model: Model, state: ModelState, baselineStance: [Double]) {
    func listing(_ ids: [String], weight: (Int) -> Double) -> Listing {
      let positions = state.uniquePositions(of: ids)
      var denominator = 0.0
      for position in positions {
        let actor = state.actors[position]
        denominator += actor.baselinePower * actor.baselineInterest * weight(position)
      }
      return Listing(positions: positions, denominator: denominator)
    }
    obstacles = model.obstacles.map { obstacle in
      // The mitigation denominator is Σ p⁰q⁰; multiplying by 1 leaves every term unchanged.
      ResolvedObstacle(
        severity: obstacle.severity, mitigators: listing(obstacle.mitigators) { _ in 1 },
        holders: listing(obstacle.holders) { position in
          max(-(position < baselineStance.count ? baselineStance[position] : 0), 0)
        })
    }
    commitments = model.commitments.map { commitment in
      let dimensions: [Listing?] = commitment.needs.dimensions.map { _, ids in
        ids.isEmpty ? nil : listing(ids) { _ in 1 }
      }
      let blockers = model.obstacles.indices.filter { model.obstacles[$0].blocks.contains(commitment.id) }
      return ResolvedCommitment(
        dimensions: dimensions, owner: state.index(of: commitment.owner), blockers: blockers,
        threshold: commitment.threshold)
    }
  }

  /// V_c of every commitment, written to `viabilities[offset ..< offset + commitments.count]`.
  ///
  /// - Parameters:
  ///   - present: whether each state actor is present.
  ///   - weight: p̂ᵢ·qᵢ per state actor (computed as `effectivePower[i] * interest[i]`).
  ///   - stance: s*ᵢ per state actor.
  ///   - pressures: scratch space, resized to the number of obstacles.
  func evaluate(
    present: [Bool], weight: [Double], stance: [Double], pressures: inout [Double], viabilities: inout [Double],
    offset: Int
  ) {
    if pressures.count != obstacles.count { pressures = [Double](repeating: 0, count: obstacles.count) }
    for (index, obstacle) in obstacles.enumerated() {
      var mitigationNumerator = 0.0
      for position in obstacle.mitigators.positions where present[position] {
        mitigationNumerator += weight[position] * max(stance[position], 0)
      }
      let mitigation = AnalysisMath.clamp(
        AnalysisMath.ratio(mitigationNumerator, obstacle.mitigators.denominator), 0, 1)
      var holdingNumerator = 0.0
      for position in obstacle.holders.positions where present[position] {
        holdingNumerator += weight[position] * max(-stance[position], 0)
      }
      let holdingDenominator = obstacle.holders.denominator
      let holding = holdingDenominator == 0 ? 1 : AnalysisMath.clamp(holdingNumerator / holdingDenominator, 0, 1)
      pressures[index] = obstacle.severity * (1 - mitigation) * holding
    }
    for (index, commitment) in commitments.enumerated() {
      var weakest: Double?
      for case let dimension? in commitment.dimensions {
        var numerator = 0.0
        for position in dimension.positions where present[position] {
          numerator += weight[position] * stance[position]
        }
        let score = AnalysisMath.clamp(AnalysisMath.ratio(numerator, dimension.denominator), -1, 1)
        if weakest.map({ score < $0 }) ?? true { weakest = score }
      }
      var pressure = 0.0
      for blocker in commitment.blockers { pressure += pressures[blocker] }
      let ownerPresent = commitment.owner.map { present[$0] } ?? true
      viabilities[offset + index] = ownerPresent ? (weakest ?? 0) - pressure : -1
    }
  }
}
