import Foundation
import TestSupport
import Testing

@testable import PowerMap

/// Rule 9 (the Rules article of the PowerMap documentation): the loss-of-an-ally sweep, on a
/// model small enough to work by hand.
///
/// Actors (interest 1 and stubbornness 1 for all, so s* = s and every p̂q = p̂):
///
///     exec  executive      p 0.8  s  0.5        exec → orfis (authority), exec → ngo (influence)
///     orfis autonomous     p 0.6  s  0.8        orfis → muni (oversight)
///     muni  municipal      p 0.5  s  0.4        muni depends-on orfis (w 0.6)
///     ngo   civil-society  p 0.4  s  0.6
///     opp   party          p 0.5  s −1          (no relation)
///
/// Commitments (τ 0.2): audit (owner orfis; authority orfis, acceptance muni), portal (owner exec;
/// authority exec, ability ngo; blocked by o1: severity 0.3, holders opp, mitigators ngo), works
/// (owner muni; authority muni, acceptance ngo).
///
/// Before (no scenario): audit = min(0.8, 0.4) = 0.4; portal = min(0.5, 0.6) − 0.3·(1 − 0.6)·1 =
/// 0.38; works = min(0.4, 0.6) = 0.4; all viable, ΣV = 1.18. Influence graph: exec→orfis→muni,
/// exec→ngo, opp isolated: 4 reachable ordered pairs of 20, F = 0.8; articulation points exec and
/// orfis; dominator tree from exec: orfis, ngo under exec, muni under orfis.
///
/// Removals:
/// - orfis: audit's owner gone (−1, blocked); muni keeps 1 − 0.6 = 0.4 of its power, p̂ 0.2, so
///   works = 0.2·0.4/0.5 = 0.16 (at-risk). 2 changes, ΣV = −1 + 0.38 + 0.16 = −0.46, Δ = −1.64;
///   weakened muni; dominates muni, cuts 1 off; F = 1 − 1/12 (only exec→ngo left).
/// - exec: portal's owner gone (−1). 1 change, ΣV = −0.2, Δ = −1.38; dominates orfis and ngo,
///   cuts 3 off; F = 1 − 1/12 (orfis→muni).
/// - muni: audit's acceptance 0 → V 0 (at-risk); works' owner gone (−1). 2 changes, ΣV = −0.62,
///   Δ = −1.8; leaf: no articulation, dominates nobody; F = 1 − 2/12.
/// - ngo: portal's ability 0 and its obstacle unmitigated: 0 − 0.3 = −0.3 (blocked); works'
///   acceptance 0 → 0 (at-risk). 2 changes, ΣV = 0.1, Δ = −1.08; F = 1 − 3/12.
/// - opp: the obstacle loses its holder (opposition 1 → 0), portal rises to 0.5: no change for the worse,
///   Δ = +0.12; F = 1 − 4/12.
///
/// Ranking (changes desc, then Δ asc): muni (2, −1.8), orfis (2, −1.64), ngo (2, −1.08),
/// exec (1, −1.38), opp (0, +0.12).
@Suite struct LossOfAllySweepTests {
  static let model: Model = {
    func actor(_ id: String, _ kind: ActorKind, power: Double, stance: Double) -> Actor {
      makeActor(id, power: power, interest: 1, stance: stance, kind: kind, stubbornness: 1)
    }
    return Model(
      name: "hand-worked sweep",
      actors: [
        actor("exec", .executive, power: 0.8, stance: 0.5),
        actor("orfis", .autonomous, power: 0.6, stance: 0.8),
        actor("muni", .municipal, power: 0.5, stance: 0.4),
        actor("ngo", .civilSociety, power: 0.4, stance: 0.6),
        actor("opp", .party, power: 0.5, stance: -1),
      ],
      relations: [
        Relation(from: "exec", to: "orfis", kind: .authority, weight: 0.9),
        Relation(from: "exec", to: "ngo", kind: .influence, weight: 0.5),
        Relation(from: "orfis", to: "muni", kind: .oversight, weight: 0.7),
        Relation(from: "muni", to: "orfis", kind: .dependsOn, weight: 0.6),
      ],
      commitments: [
        Commitment(
          id: "audit", title: "audit", owner: "orfis",
          needs: CommitmentNeeds(authority: ["orfis"], acceptance: ["muni"])),
        Commitment(
          id: "portal", title: "portal", owner: "exec", needs: CommitmentNeeds(authority: ["exec"], ability: ["ngo"])),
        Commitment(
          id: "works", title: "works", owner: "muni", needs: CommitmentNeeds(authority: ["muni"], acceptance: ["ngo"])),
      ],
      obstacles: [
        Obstacle(
          id: "o1", kind: .political, title: "o1", blocks: ["portal"], severity: 0.3, holders: ["opp"],
          mitigators: ["ngo"])
      ])
  }()

  @Test func handWorkedSingleRemovals() async throws {
    let result = try await LossOfAllySweep.run(model: Self.model, scenarios: [], jobs: 2)
    #expect(result.scenario == nil)
    #expect(result.pairs == false)
    #expect(result.dominatorRoot == "exec")
    #expect(result.fragmentationMethod == .directed)
    expectClose(result.fragmentationBefore, 0.8)
    expectClose(result.totalViabilityBefore, 1.18)
    #expect(result.evaluated == 5)
    #expect(result.allies.map(\.ids) == [["muni"], ["orfis"], ["ngo"], ["exec"], ["opp"]])

    let row = Dictionary(uniqueKeysWithValues: result.allies.map { ($0.ids[0], $0) })
    let expected: [(id: String, changes: Int, delta: Double, failed: [String], weakened: [String])] = [
      ("orfis", 2, -1.64, ["audit", "works"], ["muni"]),
      ("exec", 1, -1.38, ["portal"], []),
      ("muni", 2, -1.8, ["audit", "works"], []),
      ("ngo", 2, -1.08, ["portal", "works"], []),
      ("opp", 0, 0.12, [], []),
    ]
    for entry in expected {
      let loss = try #require(row[entry.id])
      #expect(loss.statusChanges == entry.changes, "\(entry.id)")
      expectClose(loss.deltaViability, entry.delta, "\(entry.id)")
      #expect(loss.failed == entry.failed, "\(entry.id)")
      #expect(loss.weakened == entry.weakened, "\(entry.id)")
    }

    // Structural context.
    #expect(result.allies.filter(\.articulationPoint).map(\.ids) == [["orfis"], ["exec"]])
    #expect(row["exec"]?.immediatelyDominates == ["orfis", "ngo"])
    #expect(row["orfis"]?.immediatelyDominates == ["muni"])
    #expect(row["muni"]?.immediatelyDominates == [])
    #expect(row["opp"]?.immediatelyDominates == [])
    #expect(row["exec"]?.cutOffFromRoot == 3)
    #expect(row["orfis"]?.cutOffFromRoot == 1)
    #expect(row["ngo"]?.cutOffFromRoot == 0)
    #expect(row["opp"]?.cutOffFromRoot == 0)
    expectClose(row["orfis"]?.fragmentation, 11.0 / 12)
    expectClose(row["exec"]?.fragmentation, 11.0 / 12)
    expectClose(row["muni"]?.fragmentation, 10.0 / 12)
    expectClose(row["ngo"]?.fragmentation, 9.0 / 12)
    expectClose(row["opp"]?.fragmentation, 8.0 / 12)
  }

  @Test func topKeepsTheMostHarmful() async throws {
    let result = try await LossOfAllySweep.run(model: Self.model, scenarios: [], top: 2)
    #expect(result.allies.map(\.ids) == [["muni"], ["orfis"]])
    #expect(result.evaluated == 5)
    await #expect(throws: ScenarioRunError.invalidTop(0)) {
      try await LossOfAllySweep.run(model: Self.model, scenarios: [], top: 0)
    }
  }

  /// Ties in changes and ΔΣV fall back to the ids. `zeta` and `alpha` (p 0.5, q 0.5, s 0.5) are
  /// c's authority, `owner` owns it: removing either twin halves net_authority (0.5 → 0.25, still
  /// viable; Δ −0.25 for both, exactly), removing the owner blocks c (Δ −1.5, one change).
  @Test func tiesAreBrokenByIds() async throws {
    let model = Model(
      name: "twins",
      actors: [
        makeActor("zeta", power: 0.5, stance: 0.5), makeActor("alpha", power: 0.5, stance: 0.5),
        makeActor("owner", power: 0.5, stance: 0.5),
      ],
      commitments: [
        Commitment(id: "c", title: "c", owner: "owner", needs: CommitmentNeeds(authority: ["zeta", "alpha"]))
      ])
    let result = try await LossOfAllySweep.run(model: model, scenarios: [])
    #expect(result.allies.map { $0.ids[0] } == ["owner", "alpha", "zeta"])
    #expect(result.allies.map(\.deltaViability) == [-1.5, -0.25, -0.25])
    #expect(result.allies.map(\.statusChanges) == [1, 0, 0])
  }

  @Test func removalsStackOnTheScenario() async throws {
    // The scenario removes opp first: the obstacle is gone (portal 0.5), opp is not swept.
    let scenario = Scenario(id: "opp-out", steps: [ScenarioStep(.remove(actor: "opp"))])
    let result = try await LossOfAllySweep.run(model: Self.model, scenarios: [scenario])
    #expect(result.scenario?.id == "opp-out")
    #expect(result.evaluated == 4)
    #expect(!result.allies.contains { $0.ids == ["opp"] })
    expectClose(result.totalViabilityBefore, 1.3)
    // ngo now: portal = 0 − 0 (no holder left) = 0 (at-risk); works 0 (at-risk): ΣV 0.4, Δ −0.9.
    let ngo = try #require(result.allies.first { $0.ids == ["ngo"] })
    #expect(ngo.statusChanges == 2)
    expectClose(ngo.deltaViability, -0.9)
    #expect(ngo.failed == ["portal", "works"])
  }

  @Test func pairsCoverEveryUnorderedPairOnce() async throws {
    let result = try await LossOfAllySweep.run(model: Self.model, scenarios: [], pairs: true, jobs: 3)
    #expect(result.evaluated == 10)
    #expect(result.allies.count == 10)
    #expect(Set(result.allies.map(\.ids)).count == 10)
    let order = ["exec", "orfis", "muni", "ngo", "opp"]
    for loss in result.allies {
      let positions = loss.ids.compactMap { order.firstIndex(of: $0) }
      #expect(positions.count == 2 && positions[0] < positions[1], "\(loss.ids) in state order")
    }
    #expect(LossOfAllySweep.removalCount(model: Self.model, scenarios: [], pairs: true) == 10)

    // orfis and ngo together: audit (owner) and portal (ability 0, unmitigated: −0.3) blocked,
    // works 0.2·0.4/0.5 − … : authority 0.16, acceptance 0 → 0 (at-risk). ΣV = −1.3, Δ = −2.48.
    let pair = try #require(result.allies.first { $0.ids == ["orfis", "ngo"] })
    #expect(pair.statusChanges == 3)
    expectClose(pair.deltaViability, -2.48)
    #expect(pair.failed == ["audit", "portal", "works"])
    #expect(pair.weakened == ["muni"])
    #expect(pair.immediatelyDominates == ["muni"])
    #expect(pair.cutOffFromRoot == 1)
    #expect(pair.articulationPoint)
    expectClose(pair.fragmentation, 1)
    let withRoot = try #require(result.allies.first { $0.ids == ["exec", "opp"] })
    #expect(withRoot.cutOffFromRoot == 3)

    // n(n − 1)/2 on a larger model.
    let many = Model(name: "twelve", actors: (0..<12).map { makeActor("a\($0)", stance: 0.2) })
    let twelve = try await LossOfAllySweep.run(model: many, scenarios: [], pairs: true, jobs: 2)
    #expect(twelve.evaluated == 66 && twelve.allies.count == 66)
    #expect(twelve.dominatorRoot == nil)
    #expect(twelve.allies.allSatisfy { $0.immediatelyDominates == nil && $0.cutOffFromRoot == nil })
  }

  /// For one actor, cut-off counts from the dominator tree equal a search that avoids the actor.
  @Test func singleCutOffAgreesWithSearch() async throws {
    let (model, _) = try ScenarioRunSupport.veracruz()
    let singles = try await LossOfAllySweep.run(model: model, scenarios: [], jobs: 2)
    let base = try SweepBase(model: model, scenarios: [], root: nil, directedFragmentationLimit: 5_000)
    #expect(singles.dominatorRoot != nil)
    for loss in singles.allies {
      let position = try #require(base.state.index(of: loss.ids[0]))
      // Pair the actor with an isolated phantom: evaluate(removing:) with two ids uses the search.
      let searched = base.evaluate(removing: [position, position])
      #expect(searched.cutOffFromRoot == loss.cutOffFromRoot, "\(loss.ids[0])")
    }
  }

  @Test func rootChoiceAndErrors() async throws {
    let fromOrfis = try await LossOfAllySweep.run(model: Self.model, scenarios: [], root: "orfis")
    #expect(fromOrfis.dominatorRoot == "orfis")
    #expect(fromOrfis.allies.first { $0.ids == ["orfis"] }?.cutOffFromRoot == 1)
    #expect(fromOrfis.allies.first { $0.ids == ["exec"] }?.cutOffFromRoot == 0)
    await #expect(throws: ScenarioRunError.unknownRoot("orfiss")) {
      try await LossOfAllySweep.run(model: Self.model, scenarios: [], root: "orfiss")
    }
    // The scenario removes the executive: no root, null context.
    let noExecutive = Scenario(id: "no-exec", steps: [ScenarioStep(.remove(actor: "exec"))])
    let result = try await LossOfAllySweep.run(model: Self.model, scenarios: [noExecutive])
    #expect(result.dominatorRoot == nil)
  }

  @Test func encodingIsStableAndHasTheContractKeys() async throws {
    let one = try await LossOfAllySweep.run(model: Self.model, scenarios: [], pairs: true, jobs: 1)
    let four = try await LossOfAllySweep.run(model: Self.model, scenarios: [], pairs: true, jobs: 4)
    let json = try ScenarioRunSupport.json(one)
    #expect(json == (try ScenarioRunSupport.json(four)))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["scenario"] is NSNull)
    #expect(object["allies"] is [[String: Any]])
    let row = try #require((object["allies"] as? [[String: Any]])?.first)
    let keys = [
      "ids", "statusChanges", "deltaViability", "failed", "weakened", "articulationPoint", "immediatelyDominates",
      "cutOffFromRoot", "fragmentation",
    ]
    for key in keys {
      #expect(row[key] != nil, "missing \(key)")
    }
    #expect(try JSONDecoder().decode(SweepResult.self, from: Data(json.utf8)) == one)
  }
}
