import TestSupport
import Testing

@testable import PowerMap

/// Rule 4: cᵢ = Σ over listings of p̂ᵢ qᵢ max(s*ᵢ, 0); HHI = Σ (cᵢ/Σc)².
///
///     actor  p    q    s      p·q·max(s, 0)
///     o      0.8  0.5  0.6    0.24
///     m      0.4  1.0  0.5    0.2
///     h      0.5  0.8  −0.5   0
@Suite struct SupportConcentrationTests {
  let model = Model(
    name: "hhi",
    actors: [
      makeActor("o", power: 0.8, interest: 0.5, stance: 0.6),
      makeActor("m", power: 0.4, interest: 1.0, stance: 0.5),
      makeActor("h", power: 0.5, interest: 0.8, stance: -0.5),
    ],
    commitments: [
      // c_o = 0.24, c_m = 0.2, c_h = 0: HHI = (6/11)² + (5/11)² = 61/121.
      Commitment(id: "c1", title: "", owner: "o", needs: CommitmentNeeds(authority: ["o"], acceptance: ["m", "h"])),
      // m listed in two dimensions counts twice: c_m = 0.4, c_o = 0.24: (5/8)² + (3/8)² = 34/64.
      Commitment(id: "c2", title: "", owner: "m", needs: CommitmentNeeds(authority: ["m"], ability: ["m", "o"])),
      // Only opposition: Σc = 0 → HHI 0.
      Commitment(id: "c3", title: "", owner: "h", needs: CommitmentNeeds(authority: ["h"])),
      // One supporter: HHI 1; listing o twice in one dimension counts once.
      Commitment(id: "c4", title: "", owner: "o", needs: CommitmentNeeds(authority: ["o", "o"])),
    ])

  /// Plan: o listed in c1, c2, c4 → 0.72; m in c1 and twice in c2 → 0.6; h → 0. Σ = 1.32:
  /// HHI = (0.72/1.32)² + (0.6/1.32)² = (6/11)² + (5/11)² = 61/121.
  @Test func perCommitmentAndPlanByHand() {
    let state = ModelState(model: model)
    let concentration = SupportConcentration(
      model: model, state: state, effectivePower: [0.8, 0.4, 0.5],
      effectiveStance: EffectiveStance(
        stance: [0.6, 0.5, -0.5], positions: CommitmentPositions(commitmentCount: model.commitments.count),
        influenced: [], rounds: 0, converged: true))
    expectClose(concentration.commitments, [61.0 / 121, 34.0 / 64, 0, 1])
    expectClose(concentration.plan, 61.0 / 121)
    expectClose(concentration.contributions, [0.72, 0.6, 0])
  }

  /// remove m: c1 rests on o alone (HHI 1), c2 too; the plan too.
  @Test func removedActorsContributeNothing() {
    let state = model.state(applying: [Scenario(id: "s", steps: [ScenarioStep(.remove(actor: "m"))])])
    let evaluation = PlanEvaluation(model: model, state: state)
    expectClose(evaluation.concentration.commitments, [1, 1, 0, 1])
    expectClose(evaluation.concentration.plan, 1)
  }

  @Test func herfindahlOfEqualSharesIsOneOverK() {
    expectClose(SupportConcentration.herfindahl([0.3, 0.3, 0.3, 0.3]), 0.25)
    #expect(SupportConcentration.herfindahl([]) == 0)
    #expect(SupportConcentration.herfindahl([0, 0]) == 0)
  }
}
