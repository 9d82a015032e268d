import Foundation
import NetworkAnalysis
import TestSupport
import Testing

@testable import PowerMap

/// The ally sweep's fast path (``SweepBase/evaluate(_:)``: batched Friedkin–Johnsen from the
/// state's Ŵ, rule 3 on resolved ids, fragmentation from the base graph) against its definition
/// (``SweepBase/evaluateByRebuilding(removing:)``: the state after each removal built and evaluated
/// whole): the same rows, to the bit, on random models with every relation kind, parallel
/// relations, dependency chains and scenarios, and on the shipped models.
@Suite struct SweepBatchEquivalenceTests {
  /// A seeded random model: `actors` actors, `relations` relations of every kind (parallel ones
  /// included), varied stubbornness, some zero powers, commitments and obstacles.
  static func randomModel(actors: Int, relations: Int, seed: UInt64) -> Model {
    var random = SeededGenerator(seed: seed)
    func unit() -> Double { Double(random.next() >> 11) / Double(1 << 53) }
    func below(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
    let kinds: [ActorKind] = [.executive, .agency, .municipal, .civilSociety, .academia, .party]
    let actorList = (0..<actors).map { index in
      Actor(
        id: "a\(index)", name: "A\(index)", kind: kinds[index % kinds.count], level: .state,
        power: index % 7 == 3 ? 0 : unit(), interest: unit(), stance: unit() * 2 - 1,
        stubbornness: [0.1, 0.5, 0.9, 1][below(4)])
    }
    let relationKinds: [RelationKind] = [
      .influence, .authority, .oversight, .funding, .alliance, .conflict, .dependsOn, .dependsOn, .information,
    ]
    var relationList: [Relation] = []
    for _ in 0..<relations {
      let from = below(actors)
      var to = below(min(actors, 8)) == 0 ? below(3) : below(actors)  // a few hubs
      if to == from { to = (to + 1) % actors }
      relationList.append(
        Relation(
          from: "a\(from)", to: "a\(to)", kind: relationKinds[below(relationKinds.count)],
          weight: [0.1, 0.25, 0.5, 1][below(4)]))
    }
    let commitments = (0..<max(2, actors / 6)).map { index in
      let owner = "a\(below(actors))"
      let pick = { (count: Int) in (0..<count).map { _ in "a\(below(actors))" } }
      return Commitment(
        id: "c\(index)", title: "C\(index)", owner: owner,
        needs: CommitmentNeeds(authority: [owner] + pick(1), acceptance: pick(3), ability: pick(2)),
        threshold: [0.05, 0.2][below(2)])
    }
    let obstacles = (0..<max(1, actors / 10)).map { index in
      Obstacle(
        id: "o\(index)", kind: .political, title: "O\(index)", blocks: ["c\(below(commitments.count))"],
        severity: unit() * 0.5, holders: ["a\(below(actors))"], mitigators: ["a\(below(actors))"])
    }
    // Every fourth actor declares a position on one commitment: rule 2's issues are covered too.
    var positioned = actorList
    for index in stride(from: 0, to: actors, by: 4) {
      positioned[index].positions["c\(below(commitments.count))"] = unit() * 2 - 1
    }
    return Model(
      name: "random \(seed)", actors: positioned, relations: relationList, commitments: commitments,
      obstacles: obstacles)
  }

  static func expectSameRows(_ model: Model, scenarios: [Scenario] = [], pairs: Bool = false) throws {
    let base = try SweepBase(model: model, scenarios: scenarios, root: nil, directedFragmentationLimit: 5_000)
    var removals = base.presentActors.map { [$0] }
    if pairs {
      removals = []
      for (index, first) in base.presentActors.enumerated() {
        for second in base.presentActors[(index + 1)...] { removals.append([first, second]) }
      }
    }
    let fast = base.evaluate(removals)
    let reference = removals.map { base.evaluateByRebuilding(removing: $0) }
    #expect(fast.count == reference.count)
    for (row, expected) in zip(fast, reference) {
      #expect(row == expected, "\(row.ids)")
      #expect(row.deltaViability.bitPattern == expected.deltaViability.bitPattern, "\(row.ids)")
      #expect(row.fragmentation.bitPattern == expected.fragmentation.bitPattern, "\(row.ids)")
    }
  }

  @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
  func randomModelsGiveTheSameRows(seed: UInt64) throws {
    let model = Self.randomModel(actors: 30 + Int(seed) * 7, relations: 150 + Int(seed) * 40, seed: seed)
    try Self.expectSameRows(model)
  }

  @Test func pairsGiveTheSameRows() throws {
    try Self.expectSameRows(Self.randomModel(actors: 25, relations: 110, seed: 11), pairs: true)
  }

  @Test func scenariosGiveTheSameRows() throws {
    let model = Self.randomModel(actors: 40, relations: 200, seed: 21)
    let scenario = Scenario(
      id: "s",
      steps: [
        ScenarioStep(.remove(actor: "a3")), ScenarioStep(.remove(actor: "a17")),
        ScenarioStep(.link(Relation(from: "a5", to: "a9", kind: .influence, weight: 0.7))),
      ])
    try Self.expectSameRows(model, scenarios: [scenario])
  }

  @Test(arguments: ["veracruz-2016-2017", "veracruz-2019-2020"])
  func shippedModelsGiveTheSameRows(name: String) throws {
    let path = PackageRoot.path("models/\(name).yaml")
    let model = try ModelLoader.load(contentsOf: path).model
    try Self.expectSameRows(model)
    try Self.expectSameRows(model, pairs: true)
    let scenarios = try ScenarioResolver.resolve(["pan-to-morena"], for: model, modelPath: path)
    try Self.expectSameRows(model, scenarios: scenarios)
  }

  /// Every lane of the batched solver against ``EffectiveStance`` of the state after the removal.
  @Test func batchedStancesEqualTheSolverBitForBit() {
    let model = Self.randomModel(actors: 60, relations: 400, seed: 31)
    let state = ModelState(model: model)
    let power = DependencyCascade(state: state).effectivePower
    let solver = SweepStanceSolver(state: state, effectivePower: power, commitmentIDs: model.commitments.map(\.id))
    let removals = (0..<state.actors.count).map { [$0] }
    for start in stride(from: 0, to: removals.count, by: SweepStanceSolver.lanes) {
      let batch = Array(removals[start..<min(start + SweepStanceSolver.lanes, removals.count)])
      var afters: [ModelState] = []
      var requests: [SweepStanceSolver.Removal] = []
      for positions in batch {
        var after = state
        for position in positions { after.apply(.remove(actor: state.actors[position].actor.id)) }
        afters.append(after)
        requests.append(.init(removed: positions, effectivePower: DependencyCascade(state: after).effectivePower))
      }
      let solved = solver.solve(requests)
      for (index, after) in afters.enumerated() {
        let expected = EffectiveStance(
          state: after, effectivePower: requests[index].effectivePower, commitmentIDs: model.commitments.map(\.id))
        #expect(solved[index].stance.map(\.bitPattern) == expected.stance.map(\.bitPattern), "\(batch[index])")
        #expect(!expected.positions.stances.isEmpty)
        #expect(solved[index].positions.slots == expected.positions.slots)
        #expect(
          solved[index].positions.stances.map { $0.map(\.bitPattern) }
            == expected.positions.stances.map { $0.map(\.bitPattern) }, "\(batch[index])")
        #expect(solved[index].influenced == expected.influenced)
        #expect(solved[index].rounds == expected.rounds)
        #expect(solved[index].converged == expected.converged)
      }
    }
  }
}
