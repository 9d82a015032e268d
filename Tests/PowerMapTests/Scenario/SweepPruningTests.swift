import Foundation
import Testing

@testable import PowerMap

/// Issue 16 item 4: `sweep --pairs --top K` ranks every pair by its key alone and evaluates the
/// structural context of the K survivors only; `--rank synergy` ranks pairs by the damage beyond
/// their two single losses. Both against the unpruned definition: every pair's row built by
/// rebuilding the state after the removal (``SweepBase/evaluateByRebuilding(removing:)``), ranked
/// in full, and cut — the same rows, bit for bit.
@Suite struct SweepPruningTests {
  /// The first `top` rows of the unpruned sweep: every pair's row by rebuilding, with its synergy
  /// from the singles' rows (by rebuilding too) when ranking by synergy, sorted by the rank's order.
  static func reference(_ model: Model, rank: SweepRank, top: Int) throws -> [AllyLoss] {
    let base = try SweepBase(model: model, scenarios: [], root: nil, directedFragmentationLimit: 5_000)
    var singles: [Int: AllyLoss] = [:]
    for position in base.presentActors { singles[position] = base.evaluateByRebuilding(removing: [position]) }
    var rows: [AllyLoss] = []
    for (index, first) in base.presentActors.enumerated() {
      for second in base.presentActors[(index + 1)...] {
        var row = base.evaluateByRebuilding(removing: [first, second])
        if rank == .synergy, let a = singles[first], let b = singles[second] {
          let union = Set(a.failed).union(b.failed).count
          row.synergy = SweepSynergy(
            statusChanges: row.statusChanges - union,
            deltaViability: row.deltaViability - (a.deltaViability + b.deltaViability))
        }
        rows.append(row)
      }
    }
    rows.sort { lhs, rhs in
      if rank == .synergy, let left = lhs.synergy, let right = rhs.synergy {
        if left.statusChanges != right.statusChanges { return left.statusChanges > right.statusChanges }
        if left.deltaViability != right.deltaViability { return left.deltaViability < right.deltaViability }
        return lhs.ids.lexicographicallyPrecedes(rhs.ids)
      }
      return AllyLoss.isMoreHarmful(lhs, than: rhs)
    }
    return Array(rows.prefix(top))
  }

  static func expectBitForBit(_ rows: [AllyLoss], _ expected: [AllyLoss], _ label: String) {
    #expect(rows == expected, "\(label)")
    #expect(rows.map(\.deltaViability.bitPattern) == expected.map(\.deltaViability.bitPattern), "\(label)")
    #expect(rows.map(\.fragmentation.bitPattern) == expected.map(\.fragmentation.bitPattern), "\(label)")
    #expect(
      rows.map { $0.synergy?.deltaViability.bitPattern } == expected.map { $0.synergy?.deltaViability.bitPattern },
      "\(label)")
  }

  /// Seeded random models with dependencies, conflicts, parallel relations, zero powers and
  /// obstacles: the pruned sweep (`top`), the streamed sweep without `top` cut afterwards, and the
  /// rebuilt reference give the same top K, for both rankings and any number of jobs.
  @Test(arguments: [41, 42, 43, 44] as [UInt64])
  func prunedTopKEqualsTheUnprunedSweep(seed: UInt64) async throws {
    let model = SweepBatchEquivalenceTests.randomModel(actors: 18 + Int(seed % 4) * 3, relations: 90, seed: seed)
    for rank in SweepRank.allCases {
      let expected = try Self.reference(model, rank: rank, top: 12)
      #expect(expected.count == 12)
      let pruned = try await LossOfAllySweep.run(
        model: model, scenarios: [], pairs: true, top: 12, rank: rank, jobs: 2)
      let full = try await LossOfAllySweep.run(model: model, scenarios: [], pairs: true, rank: rank, jobs: 1)
      Self.expectBitForBit(pruned.allies, expected, "seed \(seed), \(rank), top 12")
      Self.expectBitForBit(Array(full.allies.prefix(12)), expected, "seed \(seed), \(rank), full")
      #expect(pruned.evaluated == full.evaluated && full.allies.count == full.evaluated)
      #expect(pruned.allies.allSatisfy { ($0.synergy != nil) == (rank == .synergy) })
    }
  }

  /// Two actors a and b that each alone leave every commitment viable (acceptance of c 3/4 ≥ 0.6)
  /// but together push it below its threshold (2/4); d fails c alone (2/4), and w's own removal
  /// fails c2 (it owns it). By harm every top
  /// pair contains w; by synergy {a, b} is first, with one commitment that fails only together.
  static func togetherModel() -> Model {
    func actor(_ id: String, _ kind: ActorKind = .agency, power: Double = 1) -> Actor {
      Actor(id: id, name: id.uppercased(), kind: kind, level: .state, power: power, interest: 1, stance: 1)
    }
    let actors = [
      actor("a", power: 0.5), actor("b", power: 0.5), actor("d"), actor("exec", .executive), actor("w"), actor("x"),
    ]
    let commitments = [
      Commitment(
        id: "c", title: "C", owner: "exec",
        needs: CommitmentNeeds(authority: ["exec"], acceptance: ["a", "b", "d"], ability: ["exec"]), threshold: 0.6),
      Commitment(
        id: "c2", title: "C2", owner: "w", needs: CommitmentNeeds(authority: ["w"], acceptance: ["x"], ability: ["x"]),
        threshold: 0.5),
    ]
    return Model(name: "together", actors: actors, relations: [], commitments: commitments, obstacles: [])
  }

  @Test func aPairThatOnlyHurtsTogetherRanksFirstBySynergy() async throws {
    let model = Self.togetherModel()
    let singles = try await LossOfAllySweep.run(model: model, scenarios: [])
    let single = Dictionary(uniqueKeysWithValues: singles.allies.map { ($0.ids[0], $0) })
    #expect(single["a"]?.statusChanges == 0 && single["b"]?.statusChanges == 0)
    #expect(single["d"]?.failed == ["c"] && single["w"]?.failed == ["c2"])
    let harm = try await LossOfAllySweep.run(model: model, scenarios: [], pairs: true, top: 3)
    #expect(harm.allies.allSatisfy { $0.ids.contains("w") || $0.ids.contains("exec") })
    #expect(harm.allies.allSatisfy { $0.synergy == nil })
    let synergy = try await LossOfAllySweep.run(model: model, scenarios: [], pairs: true, top: 3, rank: .synergy)
    let first = try #require(synergy.allies.first)
    #expect(first.ids == ["a", "b"])
    #expect(first.failed == ["c"] && first.statusChanges == 1)
    #expect(first.synergy?.statusChanges == 1)
    // ΔΣV: (1/2 − 1) against (3/4 − 1) twice: 0 beyond the singles.
    let beyond = try #require(first.synergy?.deltaViability)
    #expect(abs(beyond) < 1e-12)
    #expect(synergy.allies.dropFirst().allSatisfy { ($0.synergy?.statusChanges ?? 1) <= 0 })
  }

  /// The synergy of a pair from its key and the singles' keys: the union of failed sets counted once.
  @Test func synergyCountsTheUnionOfTheSinglesFailedSetsOnce() {
    func key(_ failed: [Int32], _ delta: Double) -> SweepKey {
      SweepKey(positions: [0], ids: ["x"], statusChanges: failed.count, deltaViability: delta, failed: failed)
    }
    let pair = key([0, 1, 2, 5], -3)
    let synergy = pair.pairSynergy(first: key([0, 2], -1), second: key([2, 7], -0.5))
    #expect(synergy == SweepSynergy(statusChanges: 4 - 3, deltaViability: -1.5))
    #expect(key([], -1).pairSynergy(first: key([], -0.25), second: key([], -0.25)).deltaViability == -0.5)
  }
}
