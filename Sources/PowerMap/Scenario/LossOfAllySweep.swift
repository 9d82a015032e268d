import Foundation

/// Rule 9 of <doc:Rules>, the loss of an ally: for each present actor (each unordered pair with
/// `pairs`), remove it on top of the chosen scenarios and see what the plan loses.
///
/// The scenarios are applied in order (every step, as in a deterministic run) to give the state
/// *before*; each row removes its actors from that state with the `remove` step and compares rules
/// 1–4 (``PlanEvaluation``) with *before* — see ``AllyLoss`` for the row's
/// fields and the structural context (articulation point, dominators from a root, fragmentation
/// after the removal). Actors the scenarios already removed are not swept.
///
/// Rows are ranked most harmful first: more status changes, then more negative ΔΣV, then ids
/// (``AllyLoss/isMoreHarmful(_:than:)``) — the allies the plan cannot afford to lose — and cut to
/// `top` rows when given.
///
/// The root of the dominator context is `root` when given (it must be an actor of the state), else
/// the first present actor of kind `executive`; when there is none, or the scenarios removed it,
/// the root fields are null. Fragmentation is Borgatti's on the directed influence graph up to
/// ``directedFragmentationLimit`` present actors, above that the undirected-component form
/// (``FragmentationMethod``), which the result records.
///
/// Removals are evaluated in parallel over `jobs` worker tasks in chunks of ``chunkSize``, each row
/// stored by its index, so the result does not depend on `jobs`. Each row is what evaluating the
/// state after the removal whole gives (`SweepBase.evaluateByRebuilding(removing:)`, to the bit),
/// computed without building that state (`SweepBase.evaluate(_:)`): rule 1 on links built once,
/// rule 2 eight removals at a time from the state's Ŵ with only the rows a removal changes rebuilt
/// (`SweepStanceSolver`), rule 3 on ids resolved once, and fragmentation on the base influence
/// graph without the removed nodes — for single removals above the directed limit, for all nodes in
/// one O(n + m) search. Cost per row: O(R·(m_W + n)/8) for rule 2's R rounds over Ŵ's m_W entries
/// (R ≈ 40 at the default stubbornness), O(n + dependency work) for rule 1, O(listings) for rule 3,
/// and O((c + e_c)·n/64) for directed fragmentation; n(n−1)/2 rows for pairs (fine for ~50 actors;
/// 2,000 actors make about 2 million pairs and take minutes, which the sweep estimates up front).
package enum LossOfAllySweep {
  /// The number of removals a worker takes at a time.
  package static let chunkSize = 8
  /// Above this many present actors fragmentation is measured on the undirected view.
  package static let directedFragmentationLimit = 5_000

  /// The number of removals the sweep times before estimating how long it takes.
  package static let probeSize = 4 * chunkSize

  /// The number of rows the sweep evaluates (before `top`): n present actors after the scenarios,
  /// or n(n−1)/2 pairs; what `progress` counts up to.
  package static func removalCount(model: Model, scenarios: [Scenario], pairs: Bool) -> Int {
    let present = model.state(applying: scenarios).actors.count { $0.present }
    return pairs ? SweepRemovals.pairCount(present) : present
  }

  /// Sweeps `model` under `scenarios`.
  ///
  /// The removals are numbered and evaluated as they are enumerated (`SweepRemovals`), never all
  /// held, and only the `top` first keys are kept while they stream in (`SweepRanking`), so
  /// memory is O(actors + top) for any number of pairs (O(rows) without `top`). The first
  /// ``probeSize`` removals are evaluated on the calling task and timed; from them `estimate`
  /// receives the expected duration when it exceeds its threshold, before the others start.
  ///
  /// **Exact pruning with `top`.** A row's rank depends only on its key — status changes, ΔΣV,
  /// ids, and with ``SweepRank/synergy`` the singles' keys — which rules 1–3 give
  /// (`SweepBase.keys(_:)`). With `top`, every removal is evaluated to its key only, and the
  /// structural context (weakened actors, articulation, dominators, cut-off and fragmentation, the
  /// O(n·(n + m)/64) part of a row at 2,000 actors) is evaluated afterwards for the `top` survivors
  /// alone (`SweepBase.evaluate(_:)`). Both paths share `SweepBase`'s rule 1–3 code, so a
  /// survivor's row has the key it was ranked by, bit for bit; since the order is a strict total
  /// order on keys, the rows returned are exactly the first `top` rows of the unpruned sweep.
  /// Pairs go further: a value bound from the single removals (``SweepPairBound``) gives every pair
  /// its best possible key — by harm, or by synergy (the singles' failed sets and V_c subtracted
  /// from the pair's bound) — and the pairs whose best key cannot reach the first `top` are not
  /// evaluated at all (`runPruned`).
  ///
  /// - Parameters:
  ///   - model: the model.
  ///   - scenarios: the scenarios that give the state before the removals, applied in order.
  ///   - pairs: remove every unordered pair of present actors instead of every actor.
  ///   - top: keep the first `top` rows (≥ 1, else ``ScenarioRunError/invalidTop(_:)``); nil keeps all.
  ///   - root: the dominator root's id (``ScenarioRunError/unknownRoot(_:)`` when unknown); nil for
  ///     the first present executive.
  ///   - rank: the order of the rows; ``SweepRank/synergy`` needs `pairs` (ignored without it) and
  ///     gives every row its ``AllyLoss/synergy``, from the single removals evaluated first.
  ///   - jobs: the number of worker tasks (values below 1 count as 1); the result does not depend on it.
  ///   - estimate: where to report a long sweep's expected duration (``SweepEstimate``); nil for none.
  ///   - progress: called with the number of rows evaluated after each chunk; serialised, increasing.
  /// - Throws: `CancellationError` when the calling task is cancelled (checked between chunks).
  package static func run(
    model: Model, scenarios: [Scenario], pairs: Bool = false, top: Int? = nil, root: String? = nil,
    rank: SweepRank = .harm, jobs: Int = 1, estimate: SweepEstimate.Request? = nil,
    progress: (@Sendable (Int) -> Void)? = nil
  ) async throws -> SweepResult {
    if let top, top < 1 { throw ScenarioRunError.invalidTop(top) }
    let base = try SweepBase(
      model: model, scenarios: scenarios, root: root, directedFragmentationLimit: directedFragmentationLimit)
    let evaluator = SweepEvaluator(base: base, pairs: pairs, rank: pairs ? rank : .harm, rows: top == nil)
    let total = evaluator.removals.count
    func result(_ ranking: SweepRanking) -> SweepResult {
      SweepResult(
        scenario: ReportScenario(scenarios), pairs: pairs, dominatorRoot: base.rootID,
        fragmentationMethod: base.fragmentationMethod, fragmentationBefore: base.fragmentation(of: base.graph.graph),
        totalViabilityBefore: base.before.plan.totalViability, evaluated: total,
        allies: evaluator.rows(ranking.ranked()))
    }
    if pairs, let top, let bound = SweepPairBound(base: base) {
      return result(
        try await runPruned(
          evaluator: evaluator, bound: bound, top: top, jobs: jobs, estimate: estimate, progress: progress
        ).ranking)
    }
    let probed = min(total, probeSize)
    let started = ContinuousClock.now
    var ranking = SweepRanking(limit: top, rank: evaluator.rank)
    ranking.add(evaluator.keys(0..<probed))
    if let estimate, probed > 0 {
      let elapsed = ContinuousClock.now - started
      let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
      let workers = max(1, min(jobs, ProcessInfo.processInfo.activeProcessorCount))
      let expected = seconds / Double(probed) * Double(total) / Double(workers)
      if expected > estimate.threshold {
        estimate.report(SweepEstimate(removals: total, probed: probed, workers: workers, seconds: expected))
      }
    }
    progress?(probed)
    try Task.checkCancellation()
    let offset = probed
    var shiftedProgress: (@Sendable (Int) -> Void)?
    if let progress { shiftedProgress = { @Sendable done in progress(done + offset) } }
    let streamed: SweepRanking = try await ParallelChunks.fold(
      count: total - offset, chunkSize: chunkSize, jobs: jobs, into: ranking, makeWorker: {},
      body: { (_: inout Void, items: Range<Int>) -> [SweepKey] in
        evaluator.keys((items.lowerBound + offset)..<(items.upperBound + offset))
      },
      combine: { (ranking: inout SweepRanking, _: Range<Int>, keys: [SweepKey]) in ranking.add(keys) },
      progress: shiftedProgress)
    return result(streamed)
  }
}
