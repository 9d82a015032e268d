import Foundation
import TestSupport
import Testing

@testable import PowerMap

/// Rule 11 on a model worked by hand. No relations, stubbornness 1, so s* = s and p̂ = p.
///
///     o  p 1  q 1  s 0.1   owner; c: authority [o], threshold 0.2 → V = 0.1 (at risk)
///     r  p 1  q 1  s 0.5   listed nowhere
///
/// Engagement: o's position (or stance) must reach 0.2: δ = 0.10 in both scopes (0.1 + 0.1 = 0.2,
/// V = 0.2 ≥ 0.2). r is listed nowhere and influences no one: no δ helps, no row.
/// Recruitment: r appended to authority: net = (0.1 + 0.5)/(1 + 1) = 0.3 → viable.
/// Robust: after r's loss the recruited plan falls back to 0.1/2 = 0.05, so no recruitment is
/// robust; o's shift does not depend on r, so it stays (o is the owner, whose loss is not counted).
@Suite struct AdviceSearchTests {
  static let model = Model(
    name: "advice",
    actors: [
      makeActor("o", power: 1, interest: 1, stance: 0.1, stubbornness: 1),
      makeActor("r", power: 1, interest: 1, stance: 0.5, stubbornness: 1),
    ],
    commitments: [
      Commitment(id: "c", title: "C", owner: "o", needs: CommitmentNeeds(authority: ["o"]), threshold: 0.2)
    ])

  @Test func smallestShiftsAndRecruitsByHand() throws {
    let result = try AdviceSearch.run(model: Self.model, scenarios: [])
    #expect(result.scenario == nil && !result.robust)
    let advice = try #require(result.commitments.first)
    #expect(advice.id == "c" && advice.status == .atRisk)
    expectClose(advice.viability, 0.1)
    #expect(advice.engagements.map(\.actor) == ["o", "o"])
    #expect(advice.engagements.map(\.scope) == [.commitment, .general])
    expectClose(advice.engagements.map(\.delta), [0.1, 0.1])
    expectClose(advice.engagements.map(\.viability), [0.2, 0.2])
    #expect(advice.recruitments.map(\.actor) == ["r"] && advice.recruitments[0].dimension == .authority)
    expectClose(advice.recruitments[0].viability, 0.3)
    #expect(advice.reason == nil)
  }

  @Test func robustAdviceSurvivesTheLossOfAnyOneAlly() throws {
    let result = try AdviceSearch.run(model: Self.model, scenarios: [], robust: true)
    let advice = try #require(result.commitments.first)
    expectClose(advice.engagements.map(\.delta), [0.1, 0.1])
    #expect(advice.recruitments.isEmpty)
  }

  /// A target that already meets the aim has no rows and says so; an unknown id is refused with
  /// the closest id; the owner's removal is the reason nothing helps.
  @Test func reasonsAndErrors() throws {
    var viable = Self.model
    viable.commitments[0].threshold = 0.05
    let already = try AdviceSearch.run(model: viable, scenarios: [], targets: ["c"])
    #expect(already.commitments.map(\.reason) == ["already viable"])
    #expect(throws: ScenarioRunError.unknownCommitment("cc", known: ["c"])) {
      try AdviceSearch.run(model: Self.model, scenarios: [], targets: ["cc"])
    }
    let withoutOwner = try AdviceSearch.run(
      model: Self.model, scenarios: [Scenario(id: "out", steps: [ScenarioStep(.remove(actor: "o"))])])
    #expect(withoutOwner.commitments.first?.engagements.isEmpty == true)
    #expect(withoutOwner.commitments.first?.reason?.contains("owner 'o' is removed") == true)
  }

  /// The JSON keys of rule 11's contract.
  @Test func jsonKeys() throws {
    let json = try JSONOutput.text(try AdviceSearch.run(model: Self.model, scenarios: []), pretty: false)
    #expect(json.hasPrefix(#"{"commitments":[{"engagements":[{"actor":"o","delta":0.1,"scope":"commitment","#))
    #expect(json.contains(#""reason":null,"recruitments":[{"actor":"r","dimension":"authority","viability":0.3"#))
    #expect(json.hasSuffix(#""robust":false,"scenario":null}"#))
  }
}

/// The engagements' fast path (stances solved again on the base's Ŵ, eight candidates per pass)
/// against the plain evaluation of each shifted state, bit for bit, on random models with positions.
@Suite struct StanceProbeTests {
  @Test(arguments: [5, 6])
  func probeEqualsThePlainEvaluation(seed: UInt64) {
    let model = SweepBatchEquivalenceTests.randomModel(actors: 40, relations: 200, seed: seed)
    let state = ModelState(model: model)
    let before = PlanEvaluation(model: model, state: state)
    let probe = StanceProbe(model: model, state: state, effectivePower: before.effectivePower)
    let candidates = (0..<11).map { index -> ModelState in
      let actor = state.actors[index * 3].actor.id
      let scope = index.isMultiple(of: 2) ? model.commitments[index % model.commitments.count].id : nil
      return state.applying(ScenarioStep(.shift(ActorShift(actor: actor, stance: 0.3, commitment: scope))))
    }
    for (candidate, viabilities) in zip(candidates, probe.viabilities(candidates)) {
      let plain = PlanEvaluation(model: model, state: candidate).commitments.map(\.viability)
      #expect(viabilities.map(\.bitPattern) == plain.map(\.bitPattern))
    }
  }
}
