import Foundation
import NetworkAnalysis
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

/// The brute-force oracle of rule 11's engagements: every grid δ evaluated with the plain engine
/// (``PlanEvaluation`` of the state with the shift appended), the first that makes the commitment
/// viable kept — against ``AdviceSearch``'s fast path (the stances after each δ estimated from one
/// response per actor, only the grid values near or above the threshold judged by the engine) on
/// 200 seeded random small models, both scopes, with the recruitments against models edited and
/// evaluated whole; and on 10 models with the robust aim, each removal evaluated whole too.
@Suite struct AdviceOracleTests {
  static func model(seed: UInt64) -> Model {
    var random = SeededGenerator(seed: seed)
    func unit() -> Double { random.nextUniform() }
    func pick(_ count: Int) -> Int { Int(random.nextUniform() * Double(count)) % count }
    var actors = (0..<3).map { index in
      makeActor(
        "a\(index)", power: 0.2 + 0.8 * unit(), interest: 0.2 + 0.8 * unit(), stance: 2 * unit() - 1,
        stubbornness: [0.3, 0.6, 1][pick(3)])
    }
    actors[pick(3)].positions["c\(pick(2))"] = 2 * unit() - 1
    let kinds: [RelationKind] = [.influence, .authority, .alliance, .conflict, .dependsOn]
    var relations: [Relation] = []
    for _ in 0..<4 {
      let from = pick(3)
      let to = (from + 1 + pick(2)) % 3
      relations.append(
        Relation(from: "a\(from)", to: "a\(to)", kind: kinds[pick(kinds.count)], weight: 0.25 + 0.75 * unit()))
    }
    let commitments = (0..<2).map { index in
      Commitment(
        id: "c\(index)", title: "C\(index)", owner: "a\(index)",
        needs: CommitmentNeeds(authority: ["a\(index)"], acceptance: ["a\(pick(3))"], ability: ["a\(pick(3))"]),
        threshold: 0.1 + 0.3 * unit())
    }
    let obstacles = [
      Obstacle(
        id: "o", kind: .political, title: "O", blocks: ["c\(pick(2))"], severity: 0.4 * unit(),
        holders: ["a\(pick(3))"],
        mitigators: ["a\(pick(3))"])
    ]
    return Model(name: "random", actors: actors, relations: relations, commitments: commitments, obstacles: obstacles)
  }

  /// The oracle's smallest δ, or nil; with `robust`, the candidate must also stay viable after
  /// each present actor's removal but the owner's, each evaluated with the plain engine too.
  static func oracle(
    model: Model, actor: String, scope: Engagement.Scope, commitment: Int, robust: Bool = false
  ) -> Double? {
    let state = ModelState(model: model)
    var previous: ModelState?
    for delta in AdviceSearch.grid {
      let shift = ActorShift(actor: actor, stance: delta, commitment: scope == .commitment ? "c\(commitment)" : nil)
      let candidate = state.applying(ScenarioStep(.shift(shift)))
      // A state equal to the last one has the last one's result (not viable): nothing to evaluate.
      if candidate == previous { continue }
      previous = candidate
      if PlanEvaluation(model: model, state: candidate).commitments[commitment].status == .viable,
        !robust || survives(candidate, model: model, commitment: commitment)
      {
        return delta
      }
    }
    return nil
  }

  /// Whether commitment `commitment` stays viable in `state` after the removal of each present
  /// actor but its owner (rule 9), by the plain engine.
  static func survives(_ state: ModelState, model: Model, commitment: Int) -> Bool {
    state.actors.allSatisfy { actor in
      guard actor.present, actor.actor.id != model.commitments[commitment].owner else { return true }
      let without = state.applying(ScenarioStep(.remove(actor: actor.actor.id)))
      return PlanEvaluation(model: model, state: without).commitments[commitment].status == .viable
    }
  }

  /// The oracle's recruitments of commitment `commitment`: each model edited and evaluated whole.
  static func recruitments(model: Model, commitment: Int, robust: Bool) -> [String] {
    let state = ModelState(model: model)
    var rows: [String] = []
    for (dimension, listed) in model.commitments[commitment].needs.dimensions where !listed.isEmpty {
      for actor in state.actors where !listed.contains(actor.actor.id) {
        var edited = model
        edited.commitments[commitment].needs.append(actor.actor.id, to: dimension)
        let evaluation = PlanEvaluation(model: edited, state: state)
        guard evaluation.commitments[commitment].status == .viable,
          !robust || survives(state, model: edited, commitment: commitment)
        else { continue }
        rows.append("\(actor.actor.id) \(dimension.rawValue) \(evaluation.commitments[commitment].viability)")
      }
    }
    return rows.sorted()
  }

  /// Checks `advice` (commitment `index` of `model`) against the oracle, engagements per actor and
  /// scope, then the recruitments; returns the engagements compared and those the oracle found.
  static func compare(
    _ advice: CommitmentAdvice, model: Model, commitment index: Int, robust: Bool, seed: Int
  ) -> (compared: Int, found: Int) {
    var found = 0
    let pairs = model.actors.map(\.id).flatMap { actor in [(actor, Engagement.Scope.commitment), (actor, .general)] }
    for (actor, scope) in pairs {
      let expected = oracle(model: model, actor: actor, scope: scope, commitment: index, robust: robust)
      let row = advice.engagements.first { $0.actor == actor && $0.scope == scope }
      #expect(row?.delta == expected, "seed \(seed), \(advice.id), \(actor), \(scope)")
      if expected != nil { found += 1 }
    }
    let recruits = advice.recruitments.map { "\($0.actor) \($0.dimension.rawValue) \($0.viability)" }.sorted()
    #expect(recruits == recruitments(model: model, commitment: index, robust: robust), "seed \(seed)")
    return (pairs.count, found)
  }

  /// 200 models in 8 batches of 25 (run in parallel).
  @Test(arguments: 0..<8)
  func fastPathAgreesWithTheOracleOnRandomModels(batch: Int) throws {
    var compared = 0
    var found = 0
    for seed in (batch * 25)..<((batch + 1) * 25) {
      let model = Self.model(seed: UInt64(seed))
      let result = try AdviceSearch.run(model: model, scenarios: [])
      // The fast path ran: every estimate had a bound and no engine verdict contradicted one.
      let search = try AdviceSearch(model: model, scenarios: [])
      var scratch = EngagementScratch()
      _ = search.engagements(0..<search.actors.count, scratch: &scratch)
      #expect(search.context.responses.stanceError != nil && scratch.fallbacks == 0, "seed \(seed)")
      for advice in result.commitments {
        let index = try #require(model.commitments.firstIndex { $0.id == advice.id })
        let (rows, answers) = Self.compare(advice, model: model, commitment: index, robust: false, seed: seed)
        compared += rows
        found += answers
      }
    }
    // The models must exercise both answers: some moves work, some do not.
    #expect(compared > 40 && found > 5 && found < compared)
  }

  /// The robust aim on 10 models: engagements and recruitments against the oracle that removes
  /// each ally and evaluates the whole state.
  @Test func robustFastPathAgreesWithTheOracle() throws {
    var compared = 0
    var found = 0
    for seed in 1000..<1010 {
      let model = Self.model(seed: UInt64(seed))
      let result = try AdviceSearch.run(model: model, scenarios: [], robust: true)
      let state = ModelState(model: model)
      let notRobust = model.commitments.indices.filter { index in
        PlanEvaluation(model: model, state: state).commitments[index].status != .viable
          || !Self.survives(state, model: model, commitment: index)
      }
      #expect(result.commitments.map(\.id) == notRobust.map { model.commitments[$0].id }, "seed \(seed)")
      for (advice, index) in zip(result.commitments, notRobust) {
        let (rows, answers) = Self.compare(advice, model: model, commitment: index, robust: true, seed: seed)
        compared += rows
        found += answers
      }
    }
    #expect(compared == 120 && found == 2, "\(compared) compared, \(found) found")
  }
}
