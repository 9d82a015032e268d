import Foundation
import Testing

@testable import PowerMap

/// Issue 16 item 4: `sweep --pairs --top K --rank synergy` leaves out the pairs whose optimistic
/// synergy (``SweepPairBound/optimisticSynergy(_:_:failed:scratch:)``) cannot rank among the first
/// K. The bound against every pair evaluated whole, and the pruned sweep against the unpruned one.
@Suite struct SweepSynergyBoundTests {
  /// Every pair's synergy (its row and its singles' rows by rebuilding) respects its optimistic
  /// synergy: no more status changes beyond the singles, no larger ΔΣV beyond them.
  @Test(arguments: [3, 5, 8] as [UInt64])
  func everyPairsSynergyRespectsItsBound(seed: UInt64) throws {
    let model = SweepBatchEquivalenceTests.randomModel(actors: 30, relations: 90, seed: seed)
    let base = try SweepBase(model: model, scenarios: [], root: nil, directedFragmentationLimit: 5_000)
    let bound = try #require(SweepPairBound(base: base))
    let count = bound.commitmentCount
    let index = Dictionary(uniqueKeysWithValues: base.before.commitments.enumerated().map { ($1.id, $0) })
    var singles: [Int: AllyLoss] = [:]
    var failed = [Bool](repeating: false, count: base.present.count * count)
    for actor in base.presentActors {
      let row = base.evaluateByRebuilding(removing: [actor])
      singles[actor] = row
      for id in row.failed { failed[actor * count + (index[id] ?? 0)] = true }
    }
    var scratch = SweepPairBound.Scratch()
    var tight = 0
    for (position, first) in base.presentActors.enumerated() {
      for second in base.presentActors[(position + 1)...] {
        let row = base.evaluateByRebuilding(removing: [first, second])
        let a = try #require(singles[first])
        let b = try #require(singles[second])
        let union = Set(a.failed).union(b.failed).count
        let statusChanges = row.statusChanges - union
        let delta = row.deltaViability - (a.deltaViability + b.deltaViability)
        let key = bound.optimisticSynergy(first, second, failed: failed, scratch: &scratch)
        #expect(statusChanges <= key.statusChanges, "seed \(seed), pair \(first) \(second)")
        #expect(delta >= key.deltaViability, "seed \(seed), pair \(first) \(second): \(delta) < \(key.deltaViability)")
        if key.statusChanges == 0 { tight += 1 }
      }
    }
    // The bound says something: some pairs cannot fail a commitment only together.
    #expect(tight > 0, "seed \(seed)")
  }

  /// The pruned synergy sweep returns the first K rows of the unpruned synergy ranking, bit for bit,
  /// for K = 1 and 10 with one job or two, and leaves pairs out.
  @Test(arguments: [12, 13, 14] as [UInt64])
  func thePrunedSynergySweepReturnsTheUnprunedTopK(seed: UInt64) async throws {
    let model = SweepPairBoundTests.model(seed)
    let base = try SweepBase(model: model, scenarios: [], root: nil, directedFragmentationLimit: 5_000)
    let bound = try #require(SweepPairBound(base: base), "seed \(seed)")
    // The unpruned ranking: every pair's key (no `top`, so no bound), ranked and cut.
    let full = try await LossOfAllySweep.run(model: model, scenarios: [], pairs: true, rank: .synergy, jobs: 2)
    for (top, jobs) in [(1, 1), (1, 2), (10, 1), (10, 2)] {
      let pruned = try await LossOfAllySweep.run(
        model: model, scenarios: [], pairs: true, top: top, rank: .synergy, jobs: jobs)
      SweepPruningTests.expectBitForBit(
        pruned.allies, Array(full.allies.prefix(top)), "seed \(seed), top \(top), jobs \(jobs)")
      #expect(pruned.evaluated == full.evaluated)
      let evaluator = SweepEvaluator(base: base, pairs: true, rank: .synergy, rows: false)
      let (ranking, evaluated) = try await LossOfAllySweep.runPruned(
        evaluator: evaluator, bound: bound, top: top, jobs: jobs, estimate: nil, progress: nil)
      #expect(ranking.ranked().map(\.ids) == full.allies.prefix(top).map(\.ids))
      // The bound leaves pairs out (a pruning that never prunes fails here).
      #expect(evaluated < full.evaluated, "seed \(seed), top \(top): \(evaluated) of \(full.evaluated)")
    }
  }

  /// Row x hears a (0.5 · p̂ 1) and b (0.25 · p̂ 1) with its own p̂ 0.25 on the diagonal: S = 1.
  /// Removing a changes the raw row by 0.5, so ê = (1 − θ) · 2 · 0.5 / 1; the row keeps 0.5 of S
  /// and 0.25 of its 0.75 of influence. Worked by hand: here the bound is exact, since
  /// Ŵ goes from (0.5, 0.25, 0.25) to (0, 0.5, 0.5), Σ|ΔŴ| = 1.
  @Test func aRowChangeBoundsTheNormalisedChange() throws {
    func actor(_ id: String, power: Double) -> Actor {
      Actor(id: id, name: id, kind: .agency, level: .state, power: power, interest: 1, stance: 0.5)
    }
    let model = Model(
      name: "row", actors: [actor("x", power: 0.25), actor("a", power: 1), actor("b", power: 1)],
      relations: [
        Relation(from: "a", to: "x", kind: .influence, weight: 0.5),
        Relation(from: "b", to: "x", kind: .influence, weight: 0.25),
      ], commitments: [], obstacles: [])
    let base = try SweepBase(model: model, scenarios: [], root: nil, directedFragmentationLimit: 5_000)
    let weights = base.stanceSolver.weights
    let theta = weights.stubbornness[0]
    var after = base.before.effectivePower
    after[1] = 0
    let change = SweepRowChange(
      row: 0, error: 0, weights: weights, before: base.before.effectivePower, after: after,
      removed: [false, true, false], listens: true)
    #expect(change.normalized == (1 - theta) * 1)
    #expect(change.remaining == 0.5)
    #expect(change.kept == 0.25 / 0.75)
    #expect(base.before.effectivePower == [0.25, 1, 1])
  }
}
