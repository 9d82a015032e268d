import Foundation
import TestSupport
import Testing

@testable import PowerMap

/// The whole `analyze` pipeline on a three-actor model worked by hand, and the JSON contract.
///
///     actor  kind        p    q    s     θ    legitimacy urgency  affiliation
///     gov    executive   0.9  0.6  0.5   1    0.8        0.2      PAN
///     orfis  autonomous  0.7  0.9  0.8   0.5  0.9        0.6
///     mun    municipal   0.4  0.5  −0.2  0.5  —          0.7
///
/// gov → orfis funding 0.5; orfis → mun oversight 0.8; mun depends on gov (w 0.5).
/// Commitment pw (owner orfis, τ 0.2): authority [orfis], acceptance [mun].
/// Obstacle mu blocks pw: severity 0.3, holders [mun], mitigators [orfis].
@Suite struct StakeholderAnalysisTests {
  let model = Model(
    name: "Veracruz mini",
    actors: [
      Actor(
        id: "gov", name: "Gobierno", kind: .executive, level: .state, power: 0.9, interest: 0.6, stance: 0.5,
        stubbornness: 1, legitimacy: 0.8, urgency: 0.2, affiliation: "PAN"),
      Actor(
        id: "orfis", name: "ORFIS", kind: .autonomous, level: .state, power: 0.7, interest: 0.9, stance: 0.8,
        stubbornness: 0.5, legitimacy: 0.9, urgency: 0.6),
      Actor(
        id: "mun", name: "Municipios", kind: .municipal, level: .municipal, power: 0.4, interest: 0.5,
        stance: -0.2, stubbornness: 0.5, urgency: 0.7),
    ],
    relations: [
      Relation(from: "gov", to: "orfis", kind: .funding, weight: 0.5),
      Relation(from: "orfis", to: "mun", kind: .oversight, weight: 0.8),
      Relation(from: "mun", to: "gov", kind: .dependsOn, weight: 0.5),
    ],
    commitments: [
      Commitment(
        id: "pw", title: "Public works data", owner: "orfis",
        needs: CommitmentNeeds(authority: ["orfis"], acceptance: ["mun"]), threshold: 0.2)
    ],
    obstacles: [
      Obstacle(
        id: "mu", kind: .political, title: "Unwilling municipalities", blocks: ["pw"], severity: 0.3,
        holders: ["mun"], mitigators: ["orfis"])
    ])

  static let panToMorena = Scenario(
    id: "pan-to-morena",
    steps: [
      ScenarioStep(
        .transition(Transition(affiliation: "PAN", kinds: [.executive], to: "MORENA", stance: -0.5)))
    ])

  /// Baseline: p̂ = p. s*: gov has no influencers (0.5). orfis hears only gov: a = 0.5·0.9 = 0.45,
  /// d = 0.7 + 0.45 = 1.15, Ŵ = 9/23, r = 14/23: s_o = 0.4 + 0.5·(14/23 s_o + 9/23·0.5) ⇒
  /// s_o = 11.45/16 = 0.715625. mun hears only orfis: a = 0.8·0.7 = 0.56, d = 0.96, Ŵ = 7/12,
  /// r = 5/12: s_m = −0.1 + 0.5·(5/12 s_m + 7/12 s_o) ⇒ s_m = (−2.4 + 7 s_o)/19 = 167/1216.
  /// pw: net_auth = 0.63·s_o/0.63 = s_o; net_acc = 0.2·s_m/0.2 = s_m.
  /// mu: mitigation = s_o; mun, pulled over to support, no longer opposes: opposition 0, pressure 0.
  /// V = s_m ≈ 0.137 → at-risk.
  /// HHI: c_orfis = 0.63·s_o, c_mun = 0.2·s_m.
  /// Network: chain gov → orfis → mun: influence rank (2.5725, 1.85, 1)/5.4225, betweenness orfis 1/2.
  /// Quadrants: manage-closely, manage-closely, keep-informed. Salience: dominant, definitive, demanding.
  @Test func baselineByHand() {
    let analysis = StakeholderAnalysis(model: model)
    expectClose(analysis.effectivePower, [0.9, 0.7, 0.4])
    let (orfis, mun) = (0.715625, 167.0 / 1216)
    expectClose(analysis.effectiveStance, [0.5, orfis, mun])
    let pw = analysis.viabilities[0]
    expectClose(pw.dimensions.authority, orfis)
    expectClose(pw.dimensions.acceptance, mun)
    expectClose(pw.obstaclePressure, 0)
    expectClose(pw.viability, mun)
    #expect(pw.status == .atRisk)
    let (cOrfis, cMun) = (0.63 * orfis, 0.2 * mun)
    let total = cOrfis + cMun
    expectClose(analysis.evaluation.concentration.commitments[0], (cOrfis * cOrfis + cMun * cMun) / (total * total))
    let d = 1 / 5.4225
    expectClose(analysis.network.influenceRank, [2.5725 * d, 1.85 * d, d])
    expectClose(analysis.network.betweenness, [0, 0.5, 0])
    #expect(analysis.quadrants == [.manageClosely, .manageClosely, .keepInformed])
    #expect(analysis.salience == [.dominant, .definitive, .demanding])
    #expect(analysis.report.scenario == nil)
    #expect(analysis.report.plan.atRisk == 1)
  }

  /// pan-to-morena: gov (PAN executive) → MORENA, stance −0.5 (θ = 1, so s* = −0.5).
  /// orfis: s_o = 0.4 + 0.5·(14/23 s_o − 9/23·0.5) ⇒ s_o = 6.95/16 = 0.434375;
  /// mun: s_m = (−2.4 + 7 s_o)/19 = 0.640625/19. mu: mun still leans to support: pressure 0.
  /// pw: V = min(s_o, s_m) = s_m ≈ 0.034 → at-risk (it was ≈ 0.137).
  @Test func changeOfGovernment() {
    let analysis = StakeholderAnalysis(model: model, scenarios: [Self.panToMorena])
    expectClose(analysis.effectiveStance, [-0.5, 0.434375, 0.640625 / 19])
    expectClose(analysis.viabilities[0].viability, 0.640625 / 19)
    #expect(analysis.viabilities[0].status == .atRisk)
    #expect(analysis.state.actors[0].actor.affiliation == "MORENA")
    #expect(analysis.report.scenario?.id == "pan-to-morena")
  }

  /// gov removed: mun depends on gov (w 0.5): p̂_mun = 0.4·(1 − 0.5·1) = 0.2. orfis loses its only
  /// influencer and keeps 0.8; mun: a = 0.56, d = 0.76, Ŵ = 14/19, r = 5/19:
  /// s_m = −0.1 + 0.5·(5/19 s_m + 14/19·0.8) ⇒ s_m = 7.4/33.
  /// pw: net_auth = 0.8; net_acc = 0.2·0.5·s_m/0.2 = 3.7/33; pressure 0 (mun supports);
  /// V = 3.7/33 ≈ 0.112 → at-risk.
  /// The network is orfis → mun alone: gov listed with present false and zeros.
  @Test func lossOfTheExecutive() {
    let analysis = StakeholderAnalysis(
      model: model, scenarios: [Scenario(id: "gov-out", steps: [ScenarioStep(.remove(actor: "gov"))])])
    expectClose(analysis.effectivePower, [0, 0.7, 0.2])
    expectClose(analysis.effectiveStance, [0.5, 0.8, 7.4 / 33])
    expectClose(analysis.viabilities[0].viability, 3.7 / 33)
    let gov = analysis.report.actors[0]
    #expect(!gov.present)
    #expect(gov.effectivePower == 0 && gov.influenceRank == 0 && gov.betweenness == 0)
    expectClose(analysis.network.influenceRank[1] + analysis.network.influenceRank[2], 1)
    #expect(analysis.network.nodeCount == 2)
  }

  /// Removing the owner blocks the commitment at V = −1.
  @Test func lossOfTheOwner() {
    let analysis = StakeholderAnalysis(
      model: model, scenarios: [Scenario(id: "orfis-out", steps: [ScenarioStep(.remove(actor: "orfis"))])])
    #expect(analysis.viabilities[0].viability == -1)
    #expect(analysis.report.commitments[0].status == .blocked)
    #expect(analysis.report.commitments[0].ownerPresent == false)
  }

  /// Several scenarios apply in order and are named id1+id2.
  @Test func composedScenariosAndReusedBaseline() {
    let orfisOut = Scenario(id: "orfis-out", steps: [ScenarioStep(.remove(actor: "orfis"))])
    let analysis = StakeholderAnalysis(model: model, scenarios: [Self.panToMorena, orfisOut])
    #expect(analysis.report.scenario?.id == "pan-to-morena+orfis-out")
    #expect(analysis.report.scenario?.ids == ["pan-to-morena", "orfis-out"])
    #expect(analysis.state.presence == [true, false, true])
    expectClose(analysis.effectiveStance, [-0.5, 0.8, -0.2])
  }

  /// The keys the Command Line article of the PowerMap documentation fixes, explicit nulls,
  /// hyphenated values, model order, and a round trip.
  @Test func jsonContract() throws {
    let report = StakeholderAnalysis(model: model).report
    let data = try JSONEncoder().encode(report)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(Set(["model", "scenario", "actors", "commitments", "plan"]).isSubset(of: object.keys))
    #expect(object["scenario"] is NSNull)
    #expect((object["model"] as? [String: Any])?["name"] as? String == "Veracruz mini")

    let actors = try #require(object["actors"] as? [[String: Any]])
    #expect(actors.map { $0["id"] as? String } == ["gov", "orfis", "mun"])
    let actorKeys: Set = [
      "id", "effectivePower", "effectiveStance", "influenceRank", "betweenness", "inDegree", "outDegree",
      "quadrant", "salience",
    ]
    for actor in actors { #expect(actorKeys.isSubset(of: actor.keys)) }
    #expect(actors[0]["quadrant"] as? String == "manage-closely")
    #expect(actors[2]["salience"] as? String == "demanding")

    let commitment = try #require((object["commitments"] as? [[String: Any]])?.first)
    let commitmentKeys: Set = ["id", "viability", "status", "dimensions", "obstaclePressure", "concentration"]
    #expect(commitmentKeys.isSubset(of: commitment.keys))
    #expect(commitment["status"] as? String == "at-risk")
    let dimensions = try #require(commitment["dimensions"] as? [String: Any])
    #expect(Set(dimensions.keys) == ["authority", "acceptance", "ability"])
    #expect(dimensions["ability"] is NSNull)
    // JSON numbers round-trip through Foundation's parser, which may differ in the last bit.
    expectClose(dimensions["authority"] as? Double ?? .nan, report.commitments[0].dimensions.authority ?? 0)

    let plan = try #require(object["plan"] as? [String: Any])
    #expect(Set(["viable", "atRisk", "blocked", "meanViability", "concentration"]).isSubset(of: plan.keys))
    #expect(plan["atRisk"] as? Int == 1)

    #expect(try JSONDecoder().decode(StakeholderReport.self, from: data) == report)

    let withScenario = StakeholderAnalysis(model: model, scenarios: [Self.panToMorena]).report
    let scenarioObject = try #require(
      try JSONSerialization.jsonObject(with: JSONEncoder().encode(withScenario)) as? [String: Any])
    #expect((scenarioObject["scenario"] as? [String: Any])?["id"] as? String == "pan-to-morena")
  }

  /// An added actor is listed after the model's actors.
  @Test func addedActorsComeLast() {
    let newcomer = Actor(
      id: "uv", name: "Universidad Veracruzana", kind: .academia, level: .state, power: 0.5, interest: 0.8,
      stance: 0.9)
    let analysis = StakeholderAnalysis(
      model: model,
      scenarios: [
        Scenario(
          id: "uv-joins",
          steps: [
            ScenarioStep(.add(newcomer)),
            ScenarioStep(.link(Relation(from: "uv", to: "mun", kind: .influence, weight: 0.5))),
          ])
      ])
    #expect(analysis.report.actors.map(\.id) == ["gov", "orfis", "mun", "uv"])
    #expect(analysis.report.actors[3].present)
    #expect(analysis.network.nodeCount == 4)
  }
}
