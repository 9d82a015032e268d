/// Rule 3 of <doc:Rules> (obstacle pressure and commitment viability) with every id of the plan
/// resolved to a state position once: the one implementation of rule 3. One state is assessed with
/// ``assess(model:state:effectivePower:effectiveStance:)``, which resolves a plan per call; analyses
/// that evaluate many states of one model (the plain analysis, the ally sweep, Monte Carlo) resolve
/// it once.
///
///     opposition_o = clamp(Σ_{h present} p̂ₕ qₕ max(−s*ₕ, 0) / Σₕ p⁰ₕ q⁰ₕ, 0, 1)   (1 without holders)
///     pressure_o   = severity_o · (1 − mitigation_o) · opposition_o
///     net_D        = clamp(Σ_{i∈S present} (p̂ᵢ qᵢ) s*⁽ᶜ⁾ᵢ / Σ_{i∈S} p⁰ᵢ q⁰ᵢ, −1, 1)
///     V_c          = min_D net_D − Σ_{o blocks c} pressure_o     (−1 when the owner is removed)
///
/// Obstacles read the general effective stance s*, dimensions the effective positions on their
/// commitment s*⁽ᶜ⁾. Listings are deduplicated in first-listed order, sums accumulated in that
/// order, blockers in model order. What is done once: resolving ids, the blocker lists, and the
/// denominators, which depend only on baselines (p⁰, q⁰ of model actors, which no step changes;
/// commitments and obstacles list model actors only).
///
/// Per evaluation the caller supplies, per state actor, whether it is present, the product p̂ᵢ·qᵢ,
/// s*ᵢ and the positions; the cost is O(listings), and
/// ``evaluate(present:weight:stance:positions:pressures:viabilities:offset:)`` allocates nothing.
struct ResolvedPlan: Sendable {
  /// The actors of one listing (a dimension, an obstacle's mitigators or holders), each once, and
  /// the listing's denominator.
  struct Listing: Sendable {
    var positions: [Int]
    var denominator: Double
  }

  /// An obstacle: its severity, its mitigators and its holders (both with denominator Σ p⁰q⁰).
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
  /// actors keep their positions and baselines).
  init(model: Model, state: ModelState) {
    func listing(_ ids: [String]) -> Listing {
      let positions = state.uniquePositions(of: ids)
      var denominator = 0.0
      for position in positions {
        let actor = state.actors[position]
        denominator += actor.baselinePower * actor.baselineInterest
      }
      return Listing(positions: positions, denominator: denominator)
    }
    obstacles = model.obstacles.map { obstacle in
      ResolvedObstacle(
        severity: obstacle.severity, mitigators: listing(obstacle.mitigators), holders: listing(obstacle.holders))
    }
    var blocking: [String: [Int]] = [:]
    for (position, obstacle) in model.obstacles.enumerated() {
      for commitment in Set(obstacle.blocks) { blocking[commitment, default: []].append(position) }
    }
    commitments = model.commitments.map { commitment in
      let dimensions: [Listing?] = commitment.needs.dimensions.map { _, ids in
        ids.isEmpty ? nil : listing(ids)
      }
      let blockers = blocking[commitment.id] ?? []
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
  ///   - stance: s*ᵢ per state actor (the general effective stance: obstacles).
  ///   - positions: s*⁽ᶜ⁾ per issue (dimensions).
  ///   - pressures: scratch space, resized to the number of obstacles.
  func evaluate(
    present: [Bool], weight: [Double], stance: [Double], positions: CommitmentPositions, pressures: inout [Double],
    viabilities: inout [Double], offset: Int
  ) {
    if pressures.count != obstacles.count { pressures = [Double](repeating: 0, count: obstacles.count) }
    for (index, obstacle) in obstacles.enumerated() {
      pressures[index] = obstacle.pressure(present: present, weight: weight, stance: stance).pressure
    }
    for (index, commitment) in commitments.enumerated() {
      let onCommitment = positions.stance(onCommitment: index, general: stance)
      viabilities[offset + index] = commitment.viability(
        weakest: commitment.weakest(present: present, weight: weight, stance: onCommitment),
        pressure: commitment.pressure(pressures), present: present)
    }
  }
}

extension ResolvedPlan.Listing {
  /// net_D of a dimension listing these actors: clamp(Σ_{present} p̂q s*⁽ᶜ⁾ / denominator, −1, 1),
  /// `stance` being s*⁽ᶜ⁾ on the dimension's commitment.
  func score(present: [Bool], weight: [Double], stance: [Double]) -> Double {
    var numerator = 0.0
    for position in positions where present[position] {
      numerator += weight[position] * stance[position]
    }
    return AnalysisMath.clamp(AnalysisMath.ratio(numerator, denominator), -1, 1)
  }
}

extension ResolvedPlan.ResolvedObstacle {
  /// mitigation_o, opposition_o and pressure_o, with the general effective stance `stance`.
  func pressure(present: [Bool], weight: [Double], stance: [Double]) -> (
    mitigation: Double, opposition: Double, pressure: Double
  ) {
    var mitigationNumerator = 0.0
    for position in mitigators.positions where present[position] {
      mitigationNumerator += weight[position] * max(stance[position], 0)
    }
    let mitigation = AnalysisMath.clamp(AnalysisMath.ratio(mitigationNumerator, mitigators.denominator), 0, 1)
    guard !holders.positions.isEmpty else { return (mitigation, 1, severity * (1 - mitigation)) }
    var oppositionNumerator = 0.0
    for position in holders.positions where present[position] {
      oppositionNumerator += weight[position] * max(-stance[position], 0)
    }
    let opposition = AnalysisMath.clamp(AnalysisMath.ratio(oppositionNumerator, holders.denominator), 0, 1)
    return (mitigation, opposition, severity * (1 - mitigation) * opposition)
  }
}

extension ResolvedPlan.ResolvedCommitment {
  /// Σ pressure_o over the obstacles that block it, in model order.
  func pressure(_ pressures: [Double]) -> Double {
    var pressure = 0.0
    for blocker in blockers { pressure += pressures[blocker] }
    return pressure
  }

  /// The weakest net_D of its dimensions (nil: no dimension), `stance` being s*⁽ᶜ⁾ on it.
  func weakest(present: [Bool], weight: [Double], stance: [Double]) -> Double? {
    var weakest: Double?
    for case let dimension? in dimensions {
      let score = dimension.score(present: present, weight: weight, stance: stance)
      if weakest.map({ score < $0 }) ?? true { weakest = score }
    }
    return weakest
  }

  /// V_c from the weakest net_D (nil: no dimension) and the pressure: −1 when the owner is removed.
  func viability(weakest: Double?, pressure: Double, present: [Bool]) -> Double {
    let ownerPresent = owner.map { present[$0] } ?? true
    return ownerPresent ? (weakest ?? 0) - pressure : -1
  }
}
