import Foundation
import Testing

@testable import PowerMap

/// Issue 16 item 4: the value bound that lets `sweep --pairs --top K` leave out the pairs that
/// cannot rank among the first K (``SweepPairBound``). The bound itself against every single and
/// pair removal evaluated whole, and the pruned sweep against the unpruned one, bit for bit.
@Suite struct SweepPairBoundTests {
  /// Seeded random models of 30–60 actors (seeds 12, 13, 14: 30, 40, 50) with dependencies, conflicts, positions and obstacles
  /// (``SweepBatchEquivalenceTests/randomModel(actors:relations:seed:)``).
  static func model(_ seed: UInt64) -> Model {
    let actors = 30 + Int(seed % 4) * 10
    return SweepBatchEquivalenceTests.randomModel(actors: actors, relations: actors * 3, seed: seed)
  }

  /// For every pair {a, b} (and every single a) of random models: |ΔV_c| ≤ U + slack for every
  /// commitment whose owner stays (from the state before with the linear kernels, and from each
  /// single's state with the max-path kernels), and the pair's key is no better than its optimistic key.
  @Test(arguments: [3, 5, 8] as [UInt64])
  func theBoundHoldsForEverySingleAndPair(seed: UInt64) throws {
    let model = SweepBatchEquivalenceTests.randomModel(actors: 30, relations: 90, seed: seed)
    let base = try SweepBase(model: model, scenarios: [], root: nil, directedFragmentationLimit: 5_000)
    let bound = try #require(SweepPairBound(base: base))
    let before = base.before.commitments.map(\.viability)
    let owners = base.plan.commitments.map(\.owner)
    var bounds: [Double] = []
    var scratch = SweepPairBound.Scratch()
    for (index, first) in base.presentActors.enumerated() {
      let single = PlanEvaluation(model: model, state: Self.removing([first], from: base))
      for commitment in before.indices where owners[commitment] != first {
        let change = abs(single.commitments[commitment].viability - before[commitment])
        let limit = bound.single[first * bound.commitmentCount + commitment] + bound.slack[commitment]
        #expect(change <= limit, "seed \(seed), single \(first), c\(commitment): \(change) > \(limit)")
      }
      for second in base.presentActors[(index + 1)...] {
        let after = PlanEvaluation(model: model, state: Self.removing([first, second], from: base))
        bound.pairBounds(first, second, into: &bounds)
        bound.interaction(first, second, into: &scratch)
        let other = PlanEvaluation(model: model, state: Self.removing([second], from: base))
        let count = bound.commitmentCount
        for commitment in before.indices where owners[commitment] != first && owners[commitment] != second {
          let change = abs(after.commitments[commitment].viability - before[commitment])
          let limit = bounds[commitment] + bound.slack[commitment]
          #expect(change <= limit, "seed \(seed), pair \(first) \(second), c\(commitment): \(change) > \(limit)")
          // The steps from each single (the max-path kernels).
          let fromFirst = abs(after.commitments[commitment].viability - single.commitments[commitment].viability)
          let firstLimit =
            bound.singleStep[second * count + commitment] + scratch.stepFromFirst[commitment] + 2
            * bound.slack[commitment]
          #expect(fromFirst <= firstLimit, "seed \(seed), pair \(first) \(second) from the first, c\(commitment)")
          let fromSecond = abs(after.commitments[commitment].viability - other.commitments[commitment].viability)
          let secondLimit =
            bound.singleStep[first * count + commitment] + scratch.stepFromSecond[commitment] + 2
            * bound.slack[commitment]
          #expect(fromSecond <= secondLimit, "seed \(seed), pair \(first) \(second) from the second, c\(commitment)")
        }
        let row = base.evaluateByRebuilding(removing: [first, second])
        let key = bound.optimisticKey(first, second, scratch: &scratch)
        #expect(row.statusChanges <= key.statusChanges, "seed \(seed), pair \(first) \(second)")
        #expect(row.deltaViability >= key.deltaViability, "seed \(seed), pair \(first) \(second)")
      }
    }
  }

  static func removing(_ positions: [Int], from base: SweepBase) -> ModelState {
    var state = base.state
    for position in positions { state.apply(.remove(actor: base.state.actors[position].actor.id)) }
    return state
  }

  /// The pruned sweep returns the first K rows of the unpruned sweep, bit for bit, with one job or
  /// two, and leaves pairs out (a pruning that never prunes fails).
  @Test(arguments: [12, 13, 14] as [UInt64])
  func thePrunedSweepReturnsTheUnprunedTopK(seed: UInt64) async throws {
    let model = Self.model(seed)
    let full = try await LossOfAllySweep.run(model: model, scenarios: [], pairs: true, jobs: 2)
    let base = try SweepBase(model: model, scenarios: [], root: nil, directedFragmentationLimit: 5_000)
    let bound = try #require(SweepPairBound(base: base), "seed \(seed)")
    for (top, jobs) in [(1, 1), (10, 2)] {
      let pruned = try await LossOfAllySweep.run(model: model, scenarios: [], pairs: true, top: top, jobs: jobs)
      SweepPruningTests.expectBitForBit(pruned.allies, Array(full.allies.prefix(top)), "seed \(seed), top \(top)")
      #expect(pruned.evaluated == full.evaluated)
    }
    let evaluator = SweepEvaluator(base: base, pairs: true, rank: .harm, rows: false)
    let (ranking, evaluated) = try await LossOfAllySweep.runPruned(
      evaluator: evaluator, bound: bound, top: 10, jobs: 2, estimate: nil, progress: nil)
    #expect(ranking.ranked().map(\.ids) == full.allies.prefix(10).map(\.ids))
    // The bound leaves pairs out (a pruning that never prunes fails here).
    #expect(evaluated < full.evaluated, "seed \(seed): \(evaluated) of \(full.evaluated)")
  }
}
