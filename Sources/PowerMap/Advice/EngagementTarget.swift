/// One target commitment of the engagement scan (``AdviceContext/engagement(of:response:scope:target:scratch:)``):
/// what an estimate of its V reads, and the margin that makes an estimate decisive.
///
/// V_c reads s*⁽ᶜ⁾ only at the actors its dimensions list and s* only at the actors listed by the
/// obstacles that block it, so an estimate writes those entries alone. The margin bounds
/// |V_c(estimated stances) − V_c(solved stances)|: with η = ``StanceResponses/stanceError`` on every
/// stance, a dimension's net_D moves by at most η · Σ_{listed, present} |p̂q| / Σ p⁰q⁰ (the clamp
/// does not add to it), an obstacle's pressure by at most severity · (that of its mitigators + that
/// of its holders) (to first order; the factor 4 covers the product term and the rounding of the
/// sums), so with L_c the largest dimension's ratio plus the blockers' terms,
/// margin = max(1e-9, 4 (L_c η + (m + 8) u (1 + L_c))), m the listings' length.
struct EngagementTarget: Sendable {
  /// The commitment's model index and threshold.
  let index: Int
  let threshold: Double
  /// nil when the state gives no bound: every grid value is then judged by the engine.
  let margin: Double?
  /// The actors its dimensions list and those its blockers list, each once.
  let dimensionPositions: [Int]
  let obstaclePositions: [Int]
  /// s*⁽ᶜ⁾ of the state (s* when no actor declares a position on it).
  let baseOnCommitment: [Double]

  init(context: AdviceContext, index: Int) {
    let plan = context.probe.plan
    let commitment = plan.commitments[index]
    let (present, weight) = (context.probe.present, context.probe.weight)
    self.index = index
    threshold = commitment.threshold
    let dimensions = commitment.dimensions.compactMap { $0 }
    let listings = commitment.blockers.flatMap { [plan.obstacles[$0].mitigators, plan.obstacles[$0].holders] }
    dimensionPositions = Self.union(dimensions)
    obstaclePositions = Self.union(listings)
    baseOnCommitment = context.before.stance.positions.stance(
      onCommitment: index, general: context.before.stance.stance)
    func ratio(_ listing: ResolvedPlan.Listing) -> Double {
      var sum = 0.0
      for position in listing.positions where present[position] { sum += abs(weight[position]) }
      return listing.denominator > 0 ? sum / listing.denominator : 0
    }
    var lipschitz = dimensions.map(ratio).max() ?? 0
    for blocker in commitment.blockers {
      let obstacle = plan.obstacles[blocker]
      lipschitz += obstacle.severity * (ratio(obstacle.mitigators) + ratio(obstacle.holders))
    }
    let length = Double(dimensionPositions.count + obstaclePositions.count + 8)
    margin = context.responses.stanceError.map { error in
      max(1e-9, 4 * (lipschitz * error + length * Double.ulpOfOne * (1 + lipschitz)))
    }
  }

  /// The positions of `listings`, each once, increasing.
  private static func union(_ listings: [ResolvedPlan.Listing]) -> [Int] {
    Array(Set(listings.flatMap(\.positions))).sorted()
  }
}
