import Foundation
import NetworkAnalysis
import TestSupport
import Testing

@testable import PowerMap

/// Issue 15 items 2–4: one sample limit, memory that does not grow with the samples (streaming
/// statistics, a histogram estimator above the exact limit), streamed sweep pairs with a bounded
/// top-K and an up-front estimate, diagnostics capped per severity, one seed range.
@Suite struct LimitsTests {
  // MARK: - Sample limit and overflow

  @Test func sampleCountsOutsideTheLimitAreRefusedBeforeAnyWork() async {
    let (model, scenarios) = MonteCarloSimulationTests.handModel
    #expect(MonteCarloSimulation.maximumSamples == 10_000_000)
    #expect(
      MonteCarloSimulation.maximumSamples.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
        == MonteCarloSimulation.maximumSamplesText)
    for samples in [Int.max, 1_000_000_000_000, MonteCarloSimulation.maximumSamples + 1, 0, -1] {
      await #expect(throws: ScenarioRunError.invalidSampleCount(samples)) {
        try await MonteCarloSimulation.run(model: model, scenarios: scenarios, samples: samples, seed: 1, jobs: 2)
      }
    }
    #expect(
      ScenarioRunError.invalidSampleCount(Int.max).description
        == "the number of samples must be 1 to 10,000,000 (got 9223372036854775807)")
  }

  @Test func ranksAndChunksDoNotOverflowNearIntMax() {
    // ⌈95 · (2⁶³ − 1) / 100⌉ and ⌈5 · (2⁶³ − 1) / 100⌉, which (percent · count + 99) overflowed.
    #expect(MonteCarloCommitment.nearestRank(percent: 95, count: Int.max) == 8_762_203_435_012_037_017)
    #expect(MonteCarloCommitment.nearestRank(percent: 5, count: Int.max) == 461_168_601_842_738_791)
    for count in [1, 19, 20, 21, 99, 100, 101, 12_345] {
      for percent in [5, 95] {
        let expected = max(1, Int((Double(percent * count) / 100).rounded(.up)))
        #expect(MonteCarloCommitment.nearestRank(percent: percent, count: count) == expected, "\(percent)% of \(count)")
      }
    }
    let lastChunk = Int.max / 64
    #expect(ParallelChunks.items(of: lastChunk, chunkSize: 64, count: Int.max) == (lastChunk * 64)..<Int.max)
    #expect(ParallelChunks.items(of: 1, chunkSize: 64, count: 100) == 64..<100)
  }

  /// The fold combines every chunk once, in chunk order, for any jobs, with at most `window` chunks
  /// claimed and not yet combined — also when chunks finish out of order while the window is full,
  /// so that a waiting worker must be woken (one leaked wake-up hangs the run: hence the time limit,
  /// generous because the whole suite shares the cooperative pool's two threads with this test).
  @Test(.timeLimit(.minutes(10))) func foldCombinesInChunkOrderWithinTheWindow() async throws {
    let inFlight = InFlight()
    for jobs in [1, 2, 3, 4] {
      let folded = try await ParallelChunks.fold(
        count: 1_000, chunkSize: 7, jobs: jobs, window: 3, into: [Int](), makeWorker: {},
        body: { _, items -> [Int] in
          inFlight.claimed()
          if items.lowerBound % 5 == 0 { usleep(300) }
          return Array(items)
        },
        combine: { all, _, items in
          inFlight.combined()
          all += items
        })
      #expect(folded == Array(0..<1_000), "jobs \(jobs)")
    }
    #expect(inFlight.peak <= 3)
  }

  // MARK: - Streaming statistics and the estimator

  /// A known distribution: 200,000 values, a standard normal scaled by 0.3 around 0.1 (clamped to
  /// [−1, 1]) with 10 % atoms at −1 (owner removed). The histogram's percentiles are within one
  /// bin width of the exact ones, and exact on the atom.
  @Test func histogramPercentilesAreWithinOneBinOfTheExactOnes() {
    var generator = SeededGenerator(seed: 15)
    var values: [Double] = []
    for index in 0..<200_000 {
      values.append(index % 10 == 3 ? -1 : min(max(generator.nextGaussian(mean: 0.1, standardDeviation: 0.3), -1), 1))
    }
    var histogram = MonteCarloHistogram(lower: -1.3, upper: 1)
    for value in values { histogram.add(value) }
    #expect(histogram.count == values.count)
    let width = histogram.binWidth
    #expect(abs(width - 2.3 / 4_096) < 1e-15)
    let sorted = values.sorted()
    var worst = 0.0
    for percent in [1, 5, 10, 25, 50, 75, 90, 95, 99] {
      let rank = MonteCarloCommitment.nearestRank(percent: percent, count: values.count)
      let error = abs(histogram.value(rank: rank) - sorted[rank - 1])
      worst = max(worst, error)
      #expect(error <= width, "p\(percent): error \(error) > \(width)")
    }
    // p05 falls on the atom at −1 (10 % of the values): exact.
    #expect(histogram.value(rank: MonteCarloCommitment.nearestRank(percent: 5, count: values.count)) == -1)
    #expect(histogram.value(rank: 1) == sorted[0] && histogram.value(rank: values.count) == sorted[values.count - 1])
    #expect(worst > 0, "the estimator is not exact on a continuous part (else this test proves nothing)")

    // The same values added in another order, and with a constant value: the same estimates.
    var reversed = MonteCarloHistogram(lower: -1.3, upper: 1)
    for value in values.reversed() { reversed.add(value) }
    #expect(reversed == histogram)
    var constant = MonteCarloHistogram(lower: -1, upper: 1)
    for _ in 0..<1_000 { constant.add(0.4137) }
    #expect(constant.value(rank: 50) == 0.4137 && constant.value(rank: 950) == 0.4137)
  }

  /// Above the exact limit: the statistics are byte-identical for jobs 1 and 2, P(viable), P(blocked),
  /// the mean and the viable counts equal those of all samples kept and summed in order, and p05,
  /// p95 are within one bin width of the exact percentiles.
  @Test(.timeLimit(.minutes(10))) func aboveTheExactLimitStatisticsAreIdenticalForAnyJobsAndNearTheExactOnes()
    async throws
  {
    let (model, scenarios) = MonteCarloSimulationTests.handModel
    let samples = MonteCarloSimulation.exactPercentileLimit + 1_357
    let one = try await MonteCarloSimulation.run(model: model, scenarios: scenarios, samples: samples, seed: 3, jobs: 1)
    let two = try await MonteCarloSimulation.run(model: model, scenarios: scenarios, samples: samples, seed: 3, jobs: 2)
    #expect(try ScenarioRunSupport.json(one) == ScenarioRunSupport.json(two))

    let sampler = MonteCarloSampler(model: model, scenarios: scenarios, seed: 3)
    var worker = MonteCarloWorker(sampler: sampler)
    var columns = [[Double]](repeating: [], count: sampler.commitmentCount)
    for sample in 0..<samples {
      for (commitment, value) in ScenarioRunSupport.fastViabilities(worker: &worker, sample: sample).enumerated() {
        columns[commitment].append(value)
      }
    }
    let bounds = sampler.viabilityLowerBounds
    for (index, column) in columns.enumerated() {
      let exact = MonteCarloCommitment(id: model.commitments[index].id, threshold: 0.2, viabilities: column)
      let streamed = one.commitments[index]
      #expect(streamed.pViable == exact.pViable && streamed.pBlocked == exact.pBlocked)
      #expect(streamed.meanViability == exact.meanViability, "ΣV in sample order, to the bit")
      let width = (1 - min(bounds[index], -1)) / Double(MonteCarloHistogram.binCount)
      #expect(abs(streamed.p05 - exact.p05) <= width, "p05 \(streamed.p05) vs \(exact.p05)")
      #expect(abs(streamed.p95 - exact.p95) <= width, "p95 \(streamed.p95) vs \(exact.p95)")
    }
    // d is −1 or 0.5 only: the atoms are exact.
    #expect(one.commitments[1].p05 == -1 && one.commitments[1].p95 == 0.5)
    #expect(one.viableCount.distribution.reduce(0, +) == samples)
  }

  @Test func theExactModeKeepsValuesOnlyUpToTheLimit() {
    let limit = MonteCarloSimulation.exactPercentileLimit
    #expect(limit == 100_000)
    #expect(MonteCarloStatistics(threshold: 0.2, lowerBound: -1, samples: limit).isExact)
    #expect(!MonteCarloStatistics(threshold: 0.2, lowerBound: -1, samples: limit + 1).isExact)
  }

  // MARK: - Sweep: streamed pairs, bounded top-K, estimate

  @Test func pairsAreNumberedInTheOrderOfTheNestedLoops() {
    for n in 0...13 {
      let present = (0..<n).map { 3 * $0 + 1 }
      let removals = SweepRemovals(present: present, pairs: true)
      var expected: [[Int]] = []
      for first in 0..<n {
        for second in (first + 1)..<max(n, first + 1) { expected.append([present[first], present[second]]) }
      }
      #expect(removals.count == expected.count && removals.count == n * (n - 1) / 2)
      #expect(removals.removals(0..<removals.count) == expected, "n = \(n)")
      for start in stride(from: 0, to: expected.count, by: 5) {
        let end = min(start + 7, expected.count)
        #expect(removals.removals(start..<end) == Array(expected[start..<end]))
      }
    }
    #expect(SweepRemovals.pairCount(200_000) == 19_999_900_000)
    #expect(SweepRemovals.pairCount(3_037_000_500) == 4_611_686_016_981_624_750)
  }

  /// On seeded random models, the top K rows (for several K) are exactly the first K rows of the
  /// full ranking, for singles and pairs and any jobs.
  @Test func topKEqualsThePrefixOfTheFullRankingOnRandomModels() async throws {
    for seed in UInt64(1)...6 {
      let model = Self.randomModel(seed: seed)
      for pairs in [false, true] {
        let full = try await LossOfAllySweep.run(model: model, scenarios: [], pairs: pairs, jobs: 2)
        var sorted = full.allies
        sorted.sort(by: AllyLoss.isMoreHarmful)
        #expect(full.allies == sorted)
        for top in [1, 2, 5, 17, 40, 1_000] {
          let cut = try await LossOfAllySweep.run(
            model: model, scenarios: [], pairs: pairs, top: top, jobs: 1 + Int(seed % 3))
          #expect(cut.allies == Array(full.allies.prefix(top)), "seed \(seed), pairs \(pairs), top \(top)")
          #expect(cut.evaluated == full.evaluated)
        }
      }
    }
    // Rows arriving in any order, with ties broken by id: the same top K.
    var generator = SeededGenerator(seed: 99)
    let rows = (0..<500).map { index in
      AllyLoss(
        ids: ["a\(index)"], statusChanges: Int(generator.nextUniform() * 3),
        deltaViability: (generator.nextUniform() * 4).rounded(.down) / 4, failed: [], improved: [], weakened: [],
        articulationPoint: false, immediatelyDominates: nil, cutOffFromRoot: nil, fragmentation: 0)
    }
    let expected = Array(rows.sorted(by: AllyLoss.isMoreHarmful).prefix(10))
    var ranking = SweepRanking(limit: 10)
    for start in stride(from: 0, to: rows.count, by: 9).reversed() {
      ranking.add(
        rows[start..<min(start + 9, rows.count)].map {
          SweepKey(
            positions: [], ids: $0.ids, statusChanges: $0.statusChanges, deltaViability: $0.deltaViability, failed: [],
            row: $0)
        })
    }
    #expect(ranking.ranked().compactMap(\.row) == expected)
  }

  @Test func aLongSweepReportsItsEstimateBeforeGoingOn() async throws {
    let model = Self.randomModel(seed: 4)
    let estimates = EstimateLog()
    let result = try await LossOfAllySweep.run(
      model: model, scenarios: [], pairs: true, jobs: 2,
      estimate: SweepEstimate.Request(threshold: 0) { estimates.record($0) })
    let estimate = try #require(estimates.values.first)
    #expect(estimates.values.count == 1)
    #expect(estimate.removals == result.evaluated && estimate.removals == 66)
    #expect(estimate.probed == LossOfAllySweep.probeSize)
    #expect(estimate.seconds > 0 && estimate.workers >= 1)
    // Under the threshold (an hour for 66 pairs): no estimate.
    _ = try await LossOfAllySweep.run(
      model: model, scenarios: [], pairs: true,
      estimate: SweepEstimate.Request(threshold: 3_600) { estimates.record($0) })
    #expect(estimates.values.count == 1)
  }

  /// A model of 12 actors with random powers, stances, influence and dependency relations, three
  /// commitments and an obstacle; `seed` picks it.
  static func randomModel(seed: UInt64) -> Model {
    var generator = SeededGenerator(seed: seed)
    let ids = (0..<12).map { "a\($0)" }
    let actors = ids.enumerated().map { index, id in
      makeActor(
        id, power: 0.1 + 0.9 * generator.nextUniform(), interest: 0.2 + 0.8 * generator.nextUniform(),
        stance: 2 * generator.nextUniform() - 1, kind: index == 0 ? .executive : .agency)
    }
    var relations: [Relation] = []
    for _ in 0..<18 {
      let from = Int(generator.nextUniform() * 12)
      let to = (from + 1 + Int(generator.nextUniform() * 11)) % 12
      let kind: RelationKind = generator.nextUniform() < 0.3 ? .dependsOn : .influence
      relations.append(Relation(from: ids[from], to: ids[to], kind: kind, weight: 0.2 + 0.8 * generator.nextUniform()))
    }
    func pick(_ count: Int) -> [String] { (0..<count).map { _ in ids[Int(generator.nextUniform() * 12)] } }
    let commitments = (0..<3).map { index in
      let owner = pick(1)[0]
      return Commitment(
        id: "c\(index)", title: "c\(index)", owner: owner,
        needs: CommitmentNeeds(authority: [owner] + pick(1), acceptance: pick(2), ability: pick(2)),
        threshold: 0.1 * Double(index))
    }
    let obstacle = Obstacle(
      id: "o", kind: .political, title: "o", blocks: ["c1"], severity: 0.3, holders: pick(2), mitigators: pick(1))
    return Model(
      name: "random \(seed)", actors: actors, relations: relations, commitments: commitments, obstacles: [obstacle])
  }

  // MARK: - Diagnostics capped per severity

  @Test func warningsAndErrorsAreCappedSeparatelyAndWarningsNeverBecomeErrors() {
    var warningsOnly = DiagnosticCollector(file: "x.csv")
    for line in 1...1_500 { warningsOnly.warning(SourcePosition(line: line, column: 1), "row", "w\(line)") }
    let finished = warningsOnly.finished()
    #expect(!warningsOnly.hasErrors)
    #expect(!finished.contains { $0.severity == .error })
    #expect(finished.count == 1_001)
    #expect(finished.last?.severity == .warning)
    #expect(finished.last?.message == "500 more warnings not shown (only the first 1000 are listed)")

    var both = DiagnosticCollector(file: "x.csv")
    for line in 1...1_500 { both.warning(SourcePosition(line: line, column: 2), "row", "w\(line)") }
    for line in 1...1_200 { both.error(SourcePosition(line: line, column: 1), "row", "e\(line)") }
    let mixed = both.finished()
    #expect(mixed.filter { $0.severity == .error }.count == 1_001)
    #expect(mixed.filter { $0.severity == .warning }.count == 1_001)
    #expect(mixed.contains { $0.severity == .error && $0.message.hasPrefix("200 more errors not shown") })
    #expect(mixed.contains { $0.severity == .warning && $0.message.hasPrefix("500 more warnings not shown") })
  }

  @Test func aModelOf1001ActorsWithoutRelationsIsValid() throws {
    let folder = try TemporaryFolder.make("limits")
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("many.yaml")
    var text = "schema: powermap/1\nname: many\nactors:\n"
    for index in 0..<1_001 {
      text += "  - {id: a\(index), name: A\(index), kind: agency, level: state, power: 0.5, interest: 0.5, stance: 0}\n"
    }
    try Data(text.utf8).write(to: file)
    let report = ModelLoader.validate(contentsOf: file.path)
    #expect(report.isValid)
    #expect(report.diagnostics.allSatisfy { $0.severity == .warning })
    #expect(report.diagnostics.count == 1_001)
    #expect(report.diagnostics.last?.message.hasPrefix("1 more warnings not shown") == true)
    #expect(try ModelLoader.load(contentsOf: file.path).model.actors.count == 1_001)
  }

  // MARK: - One seed range

  @Test func batchSeedsTakeTheWholeUInt64RangeExactly() throws {
    let folder = try TemporaryFolder.make("limits")
    defer { try? FileManager.default.removeItem(at: folder) }
    func load(_ options: String) throws(DiagnosticsError) -> Batch {
      let file = folder.appendingPathComponent("batch.yaml")
      try? Data("runs:\n  - {model: m.yaml, \(options)}\n".utf8).write(to: file)
      return try Batch.load(contentsOf: file.path)
    }
    #expect(try load("seed: 18446744073709551615").runs[0].seed == UInt64.max)
    #expect(try load("seed: 9007199254740993").runs[0].seed == 9_007_199_254_740_993)
    #expect(try load("seed: 0, samples: 10000000").runs[0].samples == 10_000_000)
    for (options, message) in [
      ("seed: 18446744073709551616", "runs[0].seed: 18446744073709551616 is out of range"),
      ("seed: -1", "runs[0].seed: -1 is out of range"), ("seed: 1.5", "runs[0].seed: expected a whole number"),
      ("samples: 10000001", "runs[0].samples: 10000001 is out of range"),
    ] {
      do {
        _ = try load(options)
        Issue.record("\(options) was accepted")
      } catch {
        #expect(error.errors.contains { $0.description.contains(message) }, "\(error.errors.map(\.description))")
      }
    }
  }
}

/// Counts chunks claimed and not yet combined, and the most at once.
private final class InFlight: @unchecked Sendable {
  private let lock = NSLock()
  private var current = 0
  private var highest = 0

  func claimed() {
    lock.lock()
    current += 1
    highest = max(highest, current)
    lock.unlock()
  }

  func combined() {
    lock.lock()
    current -= 1
    lock.unlock()
  }

  var peak: Int {
    lock.lock()
    defer { lock.unlock() }
    return highest
  }
}

/// The estimates a sweep reported.
private final class EstimateLog: @unchecked Sendable {
  private let lock = NSLock()
  private var recorded: [SweepEstimate] = []

  func record(_ estimate: SweepEstimate) {
    lock.lock()
    recorded.append(estimate)
    lock.unlock()
  }

  var values: [SweepEstimate] {
    lock.lock()
    defer { lock.unlock() }
    return recorded
  }
}
