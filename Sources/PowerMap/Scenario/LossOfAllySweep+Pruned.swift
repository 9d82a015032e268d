import Foundation

extension LossOfAllySweep {
  /// The number of candidate pairs evaluated between two updates of the K-th key, for `total`
  /// pairs: a 64th of them, between 64 and 1,024; it does not depend on `jobs`, so neither do the
  /// pairs evaluated.
  static func prunedBatch(total: Int) -> Int { min(1_024, max(64, total / 64)) }

  /// `sweep --pairs --top K` with the bound of ``SweepPairBound``: the first `top` keys of every
  /// pair, evaluating only the pairs whose best possible key can still rank among them.
  ///
  /// Every pair's optimistic key is computed first: ranked by harm, at most ubS status changes and
  /// ΔΣV at least lb (``SweepPairBound/optimisticKey(_:_:scratch:)``); ranked by synergy, the same
  /// for the synergy's two parts (``SweepPairBound/optimisticSynergy(_:_:failed:scratch:)``). They are
  /// evaluated in the order of those keys, best first, ``prunedBatch(total:)`` at a time.
  /// After each batch the K-th key kept is known; the sweep stops at the first pair whose optimistic
  /// key ranks strictly after it. Every later pair's optimistic key ranks after it too (they are
  /// sorted), and the K-th key only improves, so no pair left out can enter the first K: the keys
  /// kept are the first K of the full ranking (``SweepRanking``). `progress` counts the pairs
  /// evaluated, then all pairs once the rest are left out; `estimate` receives, after the first
  /// batch, the time for the pairs that can still rank.
  static func runPruned(
    evaluator: SweepEvaluator, bound: SweepPairBound, top: Int, jobs: Int, estimate: SweepEstimate.Request?,
    progress: (@Sendable (Int) -> Void)?
  ) async throws -> (ranking: SweepRanking, evaluated: Int) {
    let total = evaluator.removals.count
    let batchSize = prunedBatch(total: total)
    let candidates = try await pairCandidates(evaluator: evaluator, bound: bound, jobs: jobs)
    var ranking = SweepRanking(limit: top, rank: evaluator.rank)
    var next = 0
    var kth: SweepKey?
    while next < candidates.count {
      let end = min(next + batchSize, candidates.count)
      let stop =
        kth.map { key in (next..<end).first { candidates[$0].key.ranksAfter(key, by: evaluator.rank) } ?? end } ?? end
      guard stop > next else { break }
      let batch = candidates[next..<stop].map { [Int($0.first), Int($0.second)] }
      let started = ContinuousClock.now
      let keys = try await ParallelChunks.run(
        count: batch.count, chunkSize: chunkSize, jobs: jobs, makeWorker: {},
        body: { (_: inout Void, items: Range<Int>) -> [SweepKey] in evaluator.keys(of: Array(batch[items])) })
      ranking.add(keys.flatMap { $0 })
      kth = ranking.kth()
      if next == 0, let estimate {
        report(
          estimate, elapsed: ContinuousClock.now - started, batch: batch.count, remaining: candidates, after: stop,
          kth: kth, rank: evaluator.rank, total: total, jobs: jobs)
      }
      next = stop
      progress?(next)
      try Task.checkCancellation()
    }
    if next < total { progress?(total) }
    return (ranking, next)
  }

  /// Reports the expected duration of the pairs from `after` on that can still rank before `kth`.
  private static func report(
    _ estimate: SweepEstimate.Request, elapsed: Duration, batch: Int, remaining candidates: [SweepPairBound.Candidate],
    after start: Int, kth: SweepKey?, rank: SweepRank, total: Int, jobs: Int
  ) {
    // The candidates are sorted, so those that rank after `kth` are a suffix: binary search.
    var (low, high) = (start, candidates.count)
    if let kth {
      while low < high {
        let middle = (low + high) / 2
        if candidates[middle].key.ranksAfter(kth, by: rank) { high = middle } else { low = middle + 1 }
      }
    } else {
      low = high
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    let workers = max(1, min(jobs, ProcessInfo.processInfo.activeProcessorCount))
    let expected = seconds / Double(max(batch, 1)) * Double(low - start)
    if expected > estimate.threshold {
      estimate.report(
        SweepEstimate(removals: total, probed: batch, workers: workers, seconds: expected, atMost: low))
    }
  }

  /// Every pair of present actors with its optimistic key, best first (then by positions).
  private static func pairCandidates(
    evaluator: SweepEvaluator, bound: SweepPairBound, jobs: Int
  ) async throws -> [SweepPairBound.Candidate] {
    let present = evaluator.base.presentActors
    let synergy = evaluator.rank == .synergy
    let failed = synergy ? singleFailures(evaluator: evaluator, commitments: bound.commitmentCount) : []
    let rows = try await ParallelChunks.run(
      count: present.count, chunkSize: chunkSize, jobs: jobs, makeWorker: { SweepPairBound.Scratch() },
      body: { (scratch: inout SweepPairBound.Scratch, items: Range<Int>) -> [SweepPairBound.Candidate] in
        var candidates: [SweepPairBound.Candidate] = []
        for i in items {
          for j in (i + 1)..<max(i + 1, present.count) {
            let key =
              synergy
              ? bound.optimisticSynergy(present[i], present[j], failed: failed, scratch: &scratch)
              : bound.optimisticKey(present[i], present[j], scratch: &scratch)
            candidates.append(SweepPairBound.Candidate(first: Int32(present[i]), second: Int32(present[j]), key: key))
          }
        }
        return candidates
      })
    var candidates = rows.flatMap { $0 }
    candidates.sort { lhs, rhs in
      if lhs.key.statusChanges != rhs.key.statusChanges { return lhs.key.statusChanges > rhs.key.statusChanges }
      if lhs.key.deltaViability != rhs.key.deltaViability { return lhs.key.deltaViability < rhs.key.deltaViability }
      return (lhs.first, lhs.second) < (rhs.first, rhs.second)
    }
    return candidates
  }

  /// Whether each present actor's single removal fails each commitment, flat by state actor then
  /// commitment (the singles' keys of a sweep ranked by synergy).
  private static func singleFailures(evaluator: SweepEvaluator, commitments: Int) -> [Bool] {
    var failed = [Bool](repeating: false, count: evaluator.base.present.count * commitments)
    for case let key? in evaluator.singles {
      for commitment in key.failed { failed[key.positions[0] * commitments + Int(commitment)] = true }
    }
    return failed
  }
}
