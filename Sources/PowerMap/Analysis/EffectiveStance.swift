import NetworkAnalysis

/// Rule 2 of <doc:Rules>: effective stance by Friedkin–Johnsen opinion dynamics, with each actor's
/// own effective power as its self-weight.
///
/// Influence weights over the influence relations j → i between present actors:
///
///     aⱼᵢ = Σ σ · w · p̂ⱼ        (σ = −1 for conflict, +1 for authority, oversight, funding, influence,
///                                 alliance; alliance and conflict count in both directions;
///                                 parallel relations add up)
///     dᵢ  = p̂ᵢ + Σₖ |aₖᵢ|,   Ŵᵢⱼ = aⱼᵢ / dᵢ,   rᵢ = p̂ᵢ / dᵢ
///     s(0) = s⁰,  s(t+1) = θ ⊙ s⁰ + (1 − θ) ⊙ (r ⊙ s(t) + Ŵ s(t))
///
/// with θᵢ the stubbornness, iterated until max|Δ| < 1e-12 (or 10,000 rounds) and clamped to
/// [−1, 1]: s* is the result. Actors without influencers (Σₖ |aₖᵢ| = 0) keep s*ᵢ = s⁰ᵢ. Removed
/// actors have no influence relations, so they keep their declared stance too (and count in no sum
/// elsewhere). The general s* starts from the declared stances; each commitment on which some actor
/// declares a position is solved from the positions (``CommitmentPositions``), with the same Ŵ, r
/// and θ, batched in lanes.
///
/// Ŵ and r are built sparsely (r as Ŵ's diagonal, `InfluenceWeights`) and solved by
/// `NetworkAnalysis.FriedkinJohnsen`; each round is O(n + relations).
package struct EffectiveStance: Sendable, Codable, Equatable {
  /// s*ᵢ for every actor of the state, in ``ModelState/actors`` order: the general effective stance.
  package var stance: [Double]
  /// s*⁽ᶜ⁾ on the commitments on which some actor declares a position.
  package var positions: CommitmentPositions
  /// Whether each actor has influencers (a non-zero row of Ŵ); those without keep sᵢ.
  package var influenced: [Bool]
  /// The number of rounds the solver ran (the general solve).
  package var rounds: Int
  /// Whether max|Δ| fell below the tolerance within the round limit (the general solve).
  package var converged: Bool

  /// The tolerance of rule 2, 1e-12.
  package static let tolerance = 1e-12
  /// The round limit of rule 2, 10,000.
  package static let maximumRounds = 10_000

  /// Solves rule 2 on `state` with effective powers `effectivePower` (rule 1), generally and on
  /// every commitment of `commitmentIDs` (the model's, in order) on which some actor declares a
  /// position.
  package init(
    state: ModelState, effectivePower: [Double], commitmentIDs: [String], tolerance: Double = EffectiveStance.tolerance,
    maximumRounds: Int = EffectiveStance.maximumRounds
  ) {
    let system = Self.system(state: state, effectivePower: effectivePower)
    let result = system.solve(
      initialOpinions: state.actors.map(\.actor.stance), tolerance: tolerance, maxIterations: maximumRounds)
    let issues = StanceIssues(state: state, commitmentIDs: commitmentIDs)
    self.stance = result.opinions
    self.positions = CommitmentPositions(
      commitmentCount: commitmentIDs.count, commitments: issues.commitments,
      stances: Self.solveIssues(system, anchors: issues.anchors, tolerance: tolerance, maximumRounds: maximumRounds))
    self.influenced = system.listening
    self.rounds = result.iterations
    self.converged = result.converged
  }

  /// The issues' effective positions: one lane per issue, eight at a time.
  static func solveIssues(
    _ system: FriedkinJohnsen, anchors: [[Double]], tolerance: Double, maximumRounds: Int
  ) -> [[Double]] {
    stride(from: 0, to: anchors.count, by: FriedkinJohnsen.laneCount).flatMap { start in
      let batch = Array(anchors[start..<min(start + FriedkinJohnsen.laneCount, anchors.count)])
      return system.solveLanes(anchorLanes: batch, tolerance: tolerance, maxIterations: maximumRounds).map(\.opinions)
    }
  }

  /// The Friedkin–Johnsen system of rule 2 on `state`: Ŵ with r on its diagonal (built from the
  /// influence relations between present actors and `effectivePower`, as above) and θ (the
  /// clamped stubbornness).
  ///
  /// It reads no stance, so callers that solve one structure for many declared stances (Monte
  /// Carlo) build it once and solve it per draw.
  static func system(state: ModelState, effectivePower: [Double]) -> FriedkinJohnsen {
    InfluenceWeights(state: state).system(power: effectivePower)
  }

  /// A result given field by field (the ally sweep's batched solver makes these).
  init(stance: [Double], positions: CommitmentPositions, influenced: [Bool], rounds: Int, converged: Bool) {
    self.stance = stance
    self.positions = positions
    self.influenced = influenced
    self.rounds = rounds
    self.converged = converged
  }

}
