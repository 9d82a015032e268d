/// Rule 4 of <doc:Rules>: how concentrated the plan's positive support is (Herfindahl–Hirschman).
///
///     cᵢ  = Σ over listings of i in a commitment c of p̂ᵢ qᵢ max(s*⁽ᶜ⁾ᵢ, 0)
///     HHI = Σᵢ (cᵢ / Σₖ cₖ)²            (0 when Σc = 0)
///
/// per commitment (its own listings: an actor listed in two of its dimensions counts twice) and
/// for the plan (every listing of every commitment). An actor listed twice in the same dimension
/// counts once there, as in rule 3. Removed actors contribute 0 (p̂ = 0). HHI is 1 when all the
/// support rests on one actor — the 2016-2017 failure mode — and 1/k when k actors share it equally.
package struct SupportConcentration: Sendable, Codable, Equatable {
  /// HHI per commitment, in model order.
  package var commitments: [Double]
  /// HHI of the whole plan.
  package var plan: Double
  /// The plan-level contribution cᵢ of every actor of the state, in ``ModelState/actors`` order.
  package var contributions: [Double]

  /// A concentration with every field given.
  package init(commitments: [Double], plan: Double, contributions: [Double]) {
    self.commitments = commitments
    self.plan = plan
    self.contributions = contributions
  }

  /// The concentration of the support of `model`'s commitments in `state`.
  ///
  /// - Parameters:
  ///   - model: the model.
  ///   - state: a state of `model` (after zero or more scenario steps).
  ///   - effectivePower: p̂ per actor of `state` (rule 1).
  ///   - effectiveStance: s* and s*⁽ᶜ⁾ of `state` (rule 2).
  package init(model: Model, state: ModelState, effectivePower: [Double], effectiveStance: EffectiveStance) {
    var planContribution = [Double](repeating: 0, count: state.actors.count)
    var perCommitment: [Double] = []
    perCommitment.reserveCapacity(model.commitments.count)
    for (index, commitment) in model.commitments.enumerated() {
      let stance = effectiveStance.positions.stance(onCommitment: index, general: effectiveStance.stance)
      var local: [Int: Double] = [:]
      for (_, ids) in commitment.needs.dimensions {
        for position in state.uniquePositions(of: ids) {
          let actor = state.actors[position]
          let contribution =
            actor.present ? effectivePower[position] * actor.interest * max(stance[position], 0) : 0
          local[position, default: 0] += contribution
          planContribution[position] += contribution
        }
      }
      // Sum in actor order so the result does not depend on dictionary order.
      perCommitment.append(Self.herfindahl(local.sorted { $0.key < $1.key }.map(\.value)))
    }
    self.init(
      commitments: perCommitment, plan: Self.herfindahl(planContribution), contributions: planContribution)
  }

  /// HHI = Σ (cᵢ / Σc)² of non-negative contributions, 0 when Σc = 0.
  package static func herfindahl(_ contributions: [Double]) -> Double {
    let total = contributions.reduce(0, +)
    guard total > 0 else { return 0 }
    return contributions.reduce(0) { $0 + ($1 / total) * ($1 / total) }
  }
}
