import NetworkAnalysis

/// Rule 2 of <doc:Rules>: effective stance by Friedkin–Johnsen opinion dynamics.
///
/// Influence weights over the influence relations j → i between present actors:
///
///     aⱼᵢ = Σ σ · w · p̂ⱼ        (σ = −1 for conflict, +1 for authority, oversight, funding, influence,
///                                 alliance; alliance and conflict count in both directions;
///                                 parallel relations add up)
///     Ŵᵢⱼ = aⱼᵢ / Σₖ |aₖᵢ|      (a zero row when Σₖ |aₖᵢ| = 0: i has no influencers)
///     s(0) = s,  s(t+1) = θ ⊙ s + (1 − θ) ⊙ Ŵ s(t)
///
/// with θᵢ the stubbornness, iterated until max|Δ| < 1e-12 (or 10,000 rounds) and clamped to
/// [−1, 1]: s* is the result. Actors without influencers — no influence relation from a present
/// actor, or only influencers whose effective power is 0 — keep s*ᵢ = sᵢ. Removed actors have no
/// influence relations, so they keep their declared stance too (and count in no sum elsewhere).
///
/// Ŵ is built sparsely (O(n + relations), `InfluenceWeights`) and solved by
/// `NetworkAnalysis.FriedkinJohnsen`; each round is O(n + relations).
package struct EffectiveStance: Sendable, Codable, Equatable {
  /// s*ᵢ for every actor of the state, in ``ModelState/actors`` order.
  package var stance: [Double]
  /// Whether each actor has influencers (a non-zero row of Ŵ); those without keep sᵢ.
  package var influenced: [Bool]
  /// The number of rounds the solver ran.
  package var rounds: Int
  /// Whether max|Δ| fell below the tolerance within the round limit.
  package var converged: Bool

  /// The tolerance of rule 2, 1e-12.
  package static let tolerance = 1e-12
  /// The round limit of rule 2, 10,000.
  package static let maximumRounds = 10_000

  /// Solves rule 2 on `state` with effective powers `effectivePower` (rule 1).
  package init(
    state: ModelState, effectivePower: [Double], tolerance: Double = EffectiveStance.tolerance,
    maximumRounds: Int = EffectiveStance.maximumRounds
  ) {
    let system = Self.system(state: state, effectivePower: effectivePower)
    let result = system.solve(
      initialOpinions: state.actors.map(\.actor.stance), tolerance: tolerance, maxIterations: maximumRounds)
    self.stance = result.opinions
    self.influenced = system.listening
    self.rounds = result.iterations
    self.converged = result.converged
  }

  /// The Friedkin–Johnsen system of rule 2 on `state`: Ŵ (built from the influence relations
  /// between present actors and `effectivePower`, as above) and θ (the clamped stubbornness).
  ///
  /// It reads no stance, so callers that solve one structure for many declared stances (Monte
  /// Carlo) build it once and call `solve(initialOpinions:)` per draw; the result is the same as
  /// ``init(state:effectivePower:tolerance:maximumRounds:)``.
  static func system(state: ModelState, effectivePower: [Double]) -> FriedkinJohnsen {
    InfluenceWeights(state: state).system(power: effectivePower)
  }

  /// A result given field by field (the ally sweep's batched solver makes these).
  init(stance: [Double], influenced: [Bool], rounds: Int, converged: Bool) {
    self.stance = stance
    self.influenced = influenced
    self.rounds = rounds
    self.converged = converged
  }

  /// Rules 1 and 2 on `state`: the effective stance with the effective powers of its own cascade.
  init(initialStateOf state: ModelState) {
    self.init(state: state, effectivePower: DependencyCascade(state: state).effectivePower)
  }
}
