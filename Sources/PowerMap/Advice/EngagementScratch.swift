/// A worker's buffers for the engagement scan: the stances an estimate writes (only at the
/// positions its target reads) and the obstacles' pressures, plus the robust check's last fatal loss.
struct EngagementScratch {
  var onCommitment: [Double] = []
  var general: [Double] = []
  var pressures: [Double] = []
  /// The loss (``RemovalProbe/losses`` index) that last broke a candidate of this target.
  var hint: Int?
  /// How many scans the engine sent to the exhaustive scan by contradicting a decisive estimate
  /// (none, when the margin bounds the estimates' error as it should; the tests check it).
  var fallbacks = 0

  /// Ready for `target`'s scan: its stances and the state's pressures.
  mutating func prepare(for target: EngagementTarget, context: AdviceContext) {
    onCommitment = target.baseOnCommitment
    general = context.before.stance.stance
    pressures = context.basePressures
    hint = nil
  }

  /// Undoes what a general scan wrote for `target` (the state's stances and pressures again).
  mutating func restore(_ target: EngagementTarget, context: AdviceContext) {
    let base = context.before.stance.stance
    for position in target.obstaclePositions { general[position] = base[position] }
    for blocker in context.probe.plan.commitments[target.index].blockers {
      pressures[blocker] = context.basePressures[blocker]
    }
  }

  /// The estimated V of `target` with actor `response`'s anchors moved by `moveOnCommitment` on
  /// the commitment's solve and `moveGeneral` on the general one (0 in the commitment scope):
  /// s* + d · gₐ at the positions the commitment reads, then rule 3 by ``ResolvedPlan``'s own functions.
  mutating func estimate(
    _ target: EngagementTarget, context: AdviceContext, response: [Double], moveOnCommitment: Double,
    moveGeneral: Double
  ) -> Double {
    let plan = context.probe.plan
    let commitment = plan.commitments[target.index]
    let (present, weight) = (context.probe.present, context.probe.weight)
    for position in target.dimensionPositions {
      onCommitment[position] = target.baseOnCommitment[position] + moveOnCommitment * response[position]
    }
    if moveGeneral != 0 {
      let base = context.before.stance.stance
      for position in target.obstaclePositions {
        general[position] = base[position] + moveGeneral * response[position]
      }
      for blocker in commitment.blockers {
        pressures[blocker] =
          plan.obstacles[blocker].pressure(present: present, weight: weight, stance: general).pressure
      }
    }
    return commitment.viability(
      weakest: commitment.weakest(present: present, weight: weight, stance: onCommitment),
      pressure: commitment.pressure(pressures), present: present)
  }
}
