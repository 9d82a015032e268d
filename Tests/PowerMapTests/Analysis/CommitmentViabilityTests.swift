import TestSupport
import Testing

@testable import PowerMap

/// Rule 3. The model has no influence relations and no dependencies, so s* = s and p̂ = p.
///
///     actor  p    q    s      p·q   p·q·s
///     o      0.8  0.5  0.6    0.4   0.24
///     m      0.4  1.0  0.5    0.4   0.2
///     h      0.5  0.8  −0.5   0.4   −0.2
///     k      0.6  0.5  −0.2   0.3   −0.06
///
/// c1 (owner o, τ 0.2): authority [o], acceptance [m, h], no ability.
/// c2 (owner m, τ 0.15): authority [m, k], acceptance [o].
/// c3 (owner o, τ 0.7): authority [o].
/// ob1 blocks c1: severity 0.5, holders [h], mitigators [m].
/// ob2 blocks c1: severity 0.1, no holders, no mitigators (pressure = severity).
/// ob3 blocks c3: severity 0.4, holders [o] (who supports: opposition 0), mitigators [k] (who
///     opposes: max(s, 0) = 0 → mitigation 0).
///
/// opposition_o = Σ p̂q max(−s*, 0) over present holders / Σ p⁰q⁰ over all holders (1 without holders).
@Suite struct CommitmentViabilityTests {
  let model = Model(
    name: "viability",
    actors: [
      makeActor("o", power: 0.8, interest: 0.5, stance: 0.6),
      makeActor("m", power: 0.4, interest: 1.0, stance: 0.5),
      makeActor("h", power: 0.5, interest: 0.8, stance: -0.5),
      makeActor("k", power: 0.6, interest: 0.5, stance: -0.2),
    ],
    commitments: [
      Commitment(
        id: "c1", title: "One", owner: "o", needs: CommitmentNeeds(authority: ["o"], acceptance: ["m", "h"]),
        threshold: 0.2),
      Commitment(
        id: "c2", title: "Two", owner: "m", needs: CommitmentNeeds(authority: ["m", "k"], acceptance: ["o"]),
        threshold: 0.15),
      Commitment(id: "c3", title: "Three", owner: "o", needs: CommitmentNeeds(authority: ["o"]), threshold: 0.7),
    ],
    obstacles: [
      Obstacle(
        id: "ob1", kind: .political, title: "Ob 1", blocks: ["c1"], severity: 0.5, holders: ["h"],
        mitigators: ["m"]),
      Obstacle(id: "ob2", kind: .technical, title: "Ob 2", blocks: ["c1"], severity: 0.1),
      Obstacle(
        id: "ob3", kind: .legal, title: "Ob 3", blocks: ["c3"], severity: 0.4, holders: ["o"], mitigators: ["k"]),
    ])

  func evaluate(_ steps: ScenarioAction...) -> PlanEvaluation {
    let state = model.state(applying: [Scenario(id: "s", steps: steps.map { ScenarioStep($0) })])
    return PlanEvaluation(model: model, state: state)
  }

  /// c1: net_auth = 0.24/0.4 = 0.6; net_acc = (0.2 − 0.2)/(0.4 + 0.4) = 0; ability null.
  ///     ob1: mitigation = 0.2/0.4 = 0.5; opposition = 0.4·0.5/0.4 = 0.5 (h at −0.5);
  ///     pressure = 0.5·(1 − 0.5)·0.5 = 0.125. ob2: 0.1·1·1 = 0.1 (no holders: opposition 1).
  ///     V = min(0.6, 0) − 0.225 = −0.225 → blocked.
  /// c2: net_auth = (0.2 − 0.06)/(0.4 + 0.3) = 0.2; net_acc = 0.6; V = 0.2 ≥ 0.15 → viable.
  /// c3: net_auth = 0.6; ob3: o supports, opposition 0, pressure 0; V = 0.6 < 0.7 → at-risk.
  @Test func baselineByHand() {
    let result = evaluate()
    let pressures = result.obstacles
    #expect(pressures.map(\.id) == ["ob1", "ob2", "ob3"])
    expectClose(pressures.map(\.mitigation), [0.5, 0, 0])
    expectClose(pressures.map(\.opposition), [0.5, 1, 0])
    expectClose(pressures.map(\.pressure), [0.125, 0.1, 0])

    let (c1, c2, c3) = (result.commitments[0], result.commitments[1], result.commitments[2])
    expectClose(c1.dimensions.authority, 0.6)
    expectClose(c1.dimensions.acceptance, 0)
    #expect(c1.dimensions.ability == nil)
    #expect(c1.weakestDimension == .acceptance)
    #expect(c1.obstacles == ["ob1", "ob2"])
    expectClose(c1.obstaclePressure, 0.225)
    expectClose(c1.viability, -0.225)
    #expect(c1.status == .blocked)

    expectClose(c2.dimensions.authority, 0.2)
    expectClose(c2.dimensions.acceptance, 0.6)
    expectClose(c2.viability, 0.2)
    #expect(c2.status == .viable)
    #expect(c2.obstacles.isEmpty)

    expectClose(c3.viability, 0.6)
    #expect(c3.status == .atRisk)
    #expect(c3.weakestDimension == .authority)

    #expect(result.plan.viable == 1 && result.plan.atRisk == 1 && result.plan.blocked == 1)
    expectClose(result.plan.meanViability, (-0.225 + 0.2 + 0.6) / 3)
    expectClose(result.plan.totalViability, 0.575)
  }

  /// shift h +0.3 → s_h = −0.2: opposition = 0.4·0.2/0.4 = 0.2; ob1 pressure = 0.5·0.5·0.2 = 0.05;
  /// c1 net_acc = (0.2 − 0.08)/0.8 = 0.15; V_c1 = min(0.6, 0.15) − (0.05 + 0.1) = 0.
  @Test func weakerHolderOppositionLowersPressure() {
    let result = evaluate(.shift(ActorShift(actor: "h", stance: 0.3)))
    expectClose(result.obstacles[0].opposition, 0.2)
    expectClose(result.obstacles[0].pressure, 0.05)
    expectClose(result.commitments[0].dimensions.acceptance, 0.15)
    expectClose(result.commitments[0].viability, 0)
  }

  /// No switch at stance 0: h at −0.01 holds ob1 with opposition 0.4·0.01/0.4 = 0.01, pressure
  /// 0.5·0.5·0.01 = 0.0025; at +0.01 the opposition is 0 and so is the pressure. Moving across 0
  /// changes the pressure by 0.0025, not by the obstacle's whole severity.
  @Test func holderCrossingZeroChangesPressureSlightly() {
    let below = evaluate(.set(ActorUpdate(actor: "h", stance: -0.01)))
    let above = evaluate(.set(ActorUpdate(actor: "h", stance: 0.01)))
    expectClose(below.obstacles[0].opposition, 0.01)
    expectClose(below.obstacles[0].pressure, 0.0025)
    #expect(above.obstacles[0].pressure == 0)
    expectClose(below.obstacles[0].pressure - above.obstacles[0].pressure, 0.0025)
  }

  /// Stronger opposition than at baseline adds pressure: h at −1 gives opposition 0.4/0.4 = 1 and
  /// pressure 0.5·0.5·1 = 0.25, twice the baseline 0.125.
  @Test func holderOpposingMoreRaisesPressure() {
    let result = evaluate(.set(ActorUpdate(actor: "h", stance: -1)))
    expectClose(result.obstacles[0].opposition, 1)
    expectClose(result.obstacles[0].pressure, 0.25)
    #expect(result.obstacles[0].pressure > evaluate().obstacles[0].pressure)
  }

  /// remove h (the only holder of ob1): opposition = 0/0.4 = 0, pressure 0; the removed h still
  /// counts in the denominators: c1 net_acc = 0.2/0.8 = 0.25; V = min(0.6, 0.25) − 0.1 = 0.15 → at-risk.
  @Test func removedHolderReleasesTheObstacle() {
    let result = evaluate(.remove(actor: "h"))
    expectClose(result.obstacles[0].opposition, 0)
    expectClose(result.obstacles[0].pressure, 0)
    expectClose(result.commitments[0].dimensions.acceptance, 0.25)
    expectClose(result.commitments[0].viability, 0.15)
    #expect(result.commitments[0].status == .atRisk)
  }

  /// set o's stance to −0.4: ob3's holder o, who supported at baseline, now opposes: opposition
  /// 0.4·0.4/0.4 = 0.4, pressure 0.4·1·0.4 = 0.16; c3 net_auth = 0.8·0.5·(−0.4)/0.4 = −0.4,
  /// V = −0.4 − 0.16 = −0.56.
  @Test func holderTurningAgainstAddsPressure() {
    let result = evaluate(.set(ActorUpdate(actor: "o", stance: -0.4)))
    expectClose(result.obstacles[2].opposition, 0.4)
    expectClose(result.obstacles[2].pressure, 0.16)
    expectClose(result.commitments[2].viability, -0.56)
  }

  /// remove m, owner of c2 and mitigator of ob1: V_c2 = −1 (its scores are still reported:
  /// net_auth = −0.06/0.7); ob1 mitigation 0 → pressure 0.5·1·0.5 = 0.25; c1 net_acc = −0.2/0.8 =
  /// −0.25, V_c1 = −0.25 − (0.25 + 0.1) = −0.6.
  @Test func removedOwnerAndMitigator() {
    let result = evaluate(.remove(actor: "m"))
    let c2 = result.commitments[1]
    #expect(!c2.ownerPresent)
    #expect(c2.viability == -1)
    #expect(c2.status == .blocked)
    expectClose(c2.dimensions.authority, -0.06 / 0.7)
    expectClose(result.obstacles[0].mitigation, 0)
    expectClose(result.obstacles[0].pressure, 0.25)
    expectClose(result.commitments[0].viability, -0.6)
  }

  /// set m's power to 1: mitigation = 1·1·0.5/0.4 = 1.25 → clamped to 1, ob1 pressure 0;
  /// c1 net_acc = (0.5 − 0.2)/0.8 = 0.375, V = min(0.6, 0.375) − 0.1 = 0.275 → viable.
  @Test func mitigationIsClamped() {
    let result = evaluate(.set(ActorUpdate(actor: "m", power: 1)))
    expectClose(result.obstacles[0].mitigation, 1)
    expectClose(result.obstacles[0].pressure, 0)
    expectClose(result.commitments[0].viability, 0.275)
    #expect(result.commitments[0].status == .viable)
  }

  /// A dimension is clamped to [−1, 1]: authority [o] after o's power rises to 1 and interest to 1:
  /// 1·1·0.6/0.4 = 1.5 → 1.
  @Test func dimensionIsClamped() {
    let result = evaluate(.set(ActorUpdate(actor: "o", power: 1, interest: 1)))
    expectClose(result.commitments[2].dimensions.authority, 1)
  }

  @Test func statusBoundaries() {
    #expect(CommitmentStatus(viability: 0.2, threshold: 0.2) == .viable)
    #expect(CommitmentStatus(viability: 0.199, threshold: 0.2) == .atRisk)
    #expect(CommitmentStatus(viability: 0, threshold: 0.2) == .atRisk)
    #expect(CommitmentStatus(viability: -1e-9, threshold: 0.2) == .blocked)
    #expect(CommitmentStatus(viability: -0.1, threshold: -0.5) == .blocked)
    #expect(CommitmentStatus.allCases.map(\.rawValue) == ["viable", "at-risk", "blocked"])
    #expect(CommitmentStatus.viable < .atRisk && CommitmentStatus.atRisk < .blocked)
  }
}
