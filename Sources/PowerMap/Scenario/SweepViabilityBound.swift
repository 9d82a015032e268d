/// A bound on how far rule 3 of <doc:Rules> can move each commitment's viability V_c when the
/// effective stances and powers move by at most given amounts: the linear part of the ally sweep's
/// pair bound (``SweepPairBound``).
///
/// With u_i ≥ |s′_i − s_i| (for the general stance and every effective position) and
/// π_i ≥ |p̂′_i − p̂_i| (p̂_i for an actor that leaves), in the state before and after a removal:
///
///     |Δ(p̂_i q_i s_i)| ≤ q_i π_i + p̂_i q_i u_i          (|s′| ≤ 1; an actor that leaves: p̂_i q_i = q_i π_i)
///     |Δnet_D|        ≤ Σ_{i∈D} (p̂_i q_i u_i + q_i π_i) / Σ_{i∈D} p⁰_i q⁰_i      (clamp is 1-Lipschitz)
///     |Δpressure_o|   ≤ severity_o · (|Δmitigation_o| + |Δopposition_o|)     (both factors in [0, 1];
///                       max(·, 0) is 1-Lipschitz; no opposition term without holders)
///     |ΔV_c|          ≤ max_D |Δnet_D| + Σ_{o blocks c} |Δpressure_o| =: L_c(u, π)
///
/// as long as the owner of c stays (else V_c = −1 exactly). L_c is the maximum of linear forms with
/// nonnegative coefficients plus a linear form, so it is monotone, positively homogeneous and
/// subadditive: L_c(u + u′, π + π′) ≤ L_c(u, π) + L_c(u′, π′). The coefficients use p̂ and q of the
/// state before; a listing with a zero denominator has ratio 0 before and after and is left out.
/// Listings are those of ``ResolvedPlan`` (each actor once; present actors only).
struct SweepViabilityBound: Sendable {
  /// One actor's coefficients in one sum: of u_i (p̂_i q_i / denominator) and of π_i (q_i / denominator).
  struct Term: Sendable {
    var actor: Int
    var stance: Double
    var power: Double
  }

  /// Per commitment, its dimensions' terms (one list per non-empty dimension).
  let dimensions: [[[Term]]]
  /// Per commitment, the terms of the pressures of its blockers (severity included).
  let pressure: [[Term]]

  /// The bound of `plan`'s commitments in a state where `present` flags the present actors and
  /// `weight` is p̂_i q_i and `interest` q_i per state actor.
  init(plan: ResolvedPlan, present: [Bool], weight: [Double], interest: [Double]) {
    func terms(_ listing: ResolvedPlan.Listing, scale: Double) -> [Term] {
      guard listing.denominator > 0 else { return [] }
      return listing.positions.filter { present[$0] }.map { actor in
        Term(
          actor: actor, stance: scale * weight[actor] / listing.denominator,
          power: scale * interest[actor] / listing.denominator)
      }
    }
    dimensions = plan.commitments.map { commitment in
      commitment.dimensions.compactMap { $0.map { terms($0, scale: 1) } }
    }
    pressure = plan.commitments.map { commitment in
      commitment.blockers.flatMap { blocker in
        let obstacle = plan.obstacles[blocker]
        let holders = obstacle.holders.positions.isEmpty ? [] : terms(obstacle.holders, scale: obstacle.severity)
        return terms(obstacle.mitigators, scale: obstacle.severity) + holders
      }
    }
  }

  /// The number of commitments.
  var count: Int { dimensions.count }

  /// L_c(u, π) for commitment `commitment`.
  func bound(_ commitment: Int, stance: (Int) -> Double, power: (Int) -> Double) -> Double {
    func sum(_ terms: [Term]) -> Double {
      var total = 0.0
      for term in terms { total += term.stance * stance(term.actor) + term.power * power(term.actor) }
      return total
    }
    var weakest = 0.0
    for dimension in dimensions[commitment] { weakest = max(weakest, sum(dimension)) }
    return weakest + sum(pressure[commitment])
  }

  /// The actors with a coefficient in some commitment's bound, each once, increasing.
  var listedActors: [Int] {
    var actors = Set<Int>()
    for commitment in 0..<count {
      for dimension in dimensions[commitment] { actors.formUnion(dimension.map(\.actor)) }
      actors.formUnion(pressure[commitment].map(\.actor))
    }
    return actors.sorted()
  }
}
