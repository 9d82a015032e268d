import NetworkAnalysis

/// The linear response of rule 2 of <doc:Rules> to one actor's anchor: the fixed point of
/// Friedkin–Johnsen is linear in the initial opinions (s* = (I − (1 − θ) ⊙ Ŵ)⁻¹ (θ ⊙ s⁰), and the
/// clamp to [−1, 1] never acts on a fixed point whose anchors lie in [−1, 1]), so moving actor a's
/// anchor by d moves s* by d · gₐ, where gₐ is the fixed point from the unit anchor at a. Every
/// solve of one state (its general stance and each issue) runs on the same Ŵ and θ, so one gₐ
/// serves them all.
///
/// The solver stops after the first round in which no opinion moves by the tolerance τ; with
/// ρ = max (1 − θᵢ) · Σⱼ |Ŵᵢⱼ| over listeners (the contraction factor, below 1 when every
/// listener has θᵢ > 0), the returned opinions lie within ε = (τ ρ + 4 (k + 2) u) / (1 − ρ) of
/// the exact fixed point, k being the longest row and u the unit round-off (the second term
/// bounds the rounding of a round, carried through the contraction). ``stanceError`` bounds
/// |sᵢ(base) + d · gₐᵢ − sᵢ(solved from the moved anchors)| for |d| ≤ 2: three solves each within ε
/// of their fixed points (the base counts once, gₐ twice through d) and the moved one within ε.
struct StanceResponses: Sendable {
  /// Ŵ and θ of the state.
  let system: FriedkinJohnsen
  /// The bound on the gap between an estimated and a solved stance, or nil when the system gives
  /// none (a listener with θ = 0): then no estimate is trusted.
  let stanceError: Double?

  init(system: FriedkinJohnsen) {
    self.system = system
    let sums = system.influence.absoluteRowSums()
    var contraction = 0.0
    for (agent, sum) in sums.enumerated() where sum > 0 {
      contraction = max(contraction, (1 - system.stubbornness[agent]) * sum)
    }
    let offsets = system.influence.rowOffsets
    let longest = zip(offsets, offsets.dropFirst()).map { $1 - $0 }.max() ?? 0
    let roundOff = Double.ulpOfOne
    if contraction < 1 {
      let solve =
        (EffectiveStance.tolerance * contraction + 4 * Double(longest + 2) * roundOff) / (1 - contraction)
      stanceError = 4 * solve + 4 * roundOff
    } else {
      stanceError = nil
    }
  }

  /// gₐ for each actor of `actors` (state positions), ``FriedkinJohnsen/laneCount`` per pass over
  /// Ŵ; nil for an actor whose solve did not converge within the round limit.
  func responses(of actors: [Int]) -> [[Double]?] {
    stride(from: 0, to: actors.count, by: FriedkinJohnsen.laneCount).flatMap { start in
      let batch = actors[start..<min(start + FriedkinJohnsen.laneCount, actors.count)]
      let anchors = batch.map { actor in
        var unit = [Double](repeating: 0, count: system.size)
        unit[actor] = 1
        return unit
      }
      return system.solveLanes(
        anchorLanes: anchors, tolerance: EffectiveStance.tolerance, maxIterations: EffectiveStance.maximumRounds
      ).map { $0.converged ? $0.opinions : nil }
    }
  }
}
