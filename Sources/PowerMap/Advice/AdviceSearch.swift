import Foundation
import NetworkAnalysis

/// Rule 11 of <doc:Rules>, what would it take: for each target commitment, the smallest
/// engagement per present actor (a stance shift on the grid 0.01 … 2.00, on the commitment only or
/// general) and the recruitments (an actor appended to one dimension of its needs) that make it
/// viable, or with `robust`, viable and still viable after the loss of any one present actor other
/// than its owner (rule 9's removal).
///
/// **Fast, and the same answer as the exhaustive scan.** The definition is the exhaustive scan
/// (``AdviceContext/engagement(of:scope:commitment:)``): every grid value judged by the engine in
/// increasing order, the first that meets the aim kept (V need not be monotone in δ: stances pass
/// through Friedkin–Johnsen and conflict ties), stopping once the shift has pushed every value it
/// moves to +1. The search gets that answer without solving rule 2 per grid value: the fixed
/// point is linear in the anchors, so one solve per actor (the response gₐ to a unit anchor,
/// ``StanceResponses``, eight actors per pass) gives the stances after any δ as s* + d · gₐ (d the
/// clamped move of each anchor), and V_c at every grid value costs a plan evaluation of the
/// entries V_c reads (``EngagementScratch``, by ``ResolvedPlan``'s functions). An estimate differs
/// from the engine's V by less than the target's margin (``EngagementTarget``: the solver's
/// tolerance and contraction bound every stance, the plan's weights every V). So a grid value
/// estimated below the threshold by more than the margin is not viable for the engine either; every
/// other one is judged by the engine itself (``StanceProbe``, the bits of ``PlanEvaluation``), in
/// increasing order, and the first the engine finds viable (and, with `robust`, surviving every
/// loss) is the answer, with the engine's V. If the engine contradicts a decisive estimate, or a
/// solve gives no bound (no convergence, a listener with θ = 0), that actor is scanned
/// exhaustively. The robust check and recruitments use the ally sweep's incremental removals
/// (``RemovalProbe``) and run only on candidates the engine finds viable. Actors are processed in
/// chunks of eight on every core and the rows combined in chunk order, then sorted: the result
/// does not depend on the number of cores.
package struct AdviceSearch: Sendable {
  /// The grid of rule 11: 0.01, 0.02, …, 2.00.
  package static let grid: [Double] = (1...200).map { Double($0) / 100 }

  let context: AdviceContext
  /// The target commitments (model indices), in the order asked or in model order.
  let targets: [Int]
  /// The targets that do not meet the aim yet (the others need no scan), in `targets` order.
  let scans: [EngagementTarget]
  /// The present actors' positions, in state order.
  let actors: [Int]

  /// Prepares the advice for `model` after `scenarios` (none: the model as it is) on `targets`
  /// (commitment ids; nil: every commitment that does not meet the aim).
  package init(
    model: Model, scenarios: [Scenario], targets: [String]? = nil, robust: Bool = false
  ) throws(ScenarioRunError) {
    let context = AdviceContext(model: model, scenarios: scenarios, robust: robust)
    var indices: [Int] = []
    if let targets {
      for id in targets {
        guard let index = model.commitments.firstIndex(where: { $0.id == id }) else {
          throw ScenarioRunError.unknownCommitment(id, known: model.commitments.map(\.id))
        }
        if !indices.contains(index) { indices.append(index) }
      }
    } else {
      indices = model.commitments.indices.filter { !context.meetsAim(commitment: $0) }
    }
    self.context = context
    self.targets = indices
    scans = indices.filter { !context.meetsAim(commitment: $0) }.map { EngagementTarget(context: context, index: $0) }
    actors = context.state.actors.indices.filter { context.state.actors[$0].present }
  }

  /// The units of work ``result(progress:)`` reports: one per target and present actor, and one per
  /// target for its recruitments.
  package var workCount: Int {
    targets.count * (actors.count + 1)
  }

  /// The advice; `progress` is called with the units done (see ``workCount``). Throws
  /// `CancellationError` when the task is cancelled (checked between chunks of actors).
  package func result(progress: (@Sendable (Int) -> Void)? = nil) async throws -> AdviceResult {
    let targetCount = targets.count
    let rows = try await ParallelChunks.fold(
      count: actors.count, chunkSize: FriedkinJohnsen.laneCount,
      jobs: ProcessInfo.processInfo.activeProcessorCount, into: [[Engagement]](repeating: [], count: scans.count),
      makeWorker: { EngagementScratch() }, body: { scratch, chunk in engagements(chunk, scratch: &scratch) },
      combine: { rows, _, output in Self.append(output, to: &rows) },
      progress: { done in progress?(done * targetCount) })
    var done = actors.count * targetCount
    return try advice(rows: rows) {
      try Task.checkCancellation()
      done += 1
      progress?(done)
    }
  }

  /// The advice, without progress or cancellation, on one thread.
  package static func run(
    model: Model, scenarios: [Scenario], targets: [String]? = nil, robust: Bool = false
  ) throws(ScenarioRunError) -> AdviceResult {
    let search = try AdviceSearch(model: model, scenarios: scenarios, targets: targets, robust: robust)
    var rows = [[Engagement]](repeating: [], count: search.scans.count)
    var scratch = EngagementScratch()
    for start in stride(from: 0, to: search.actors.count, by: FriedkinJohnsen.laneCount) {
      let chunk = start..<min(start + FriedkinJohnsen.laneCount, search.actors.count)
      append(search.engagements(chunk, scratch: &scratch), to: &rows)
    }
    // A checkpoint that cannot throw: `advice(rows:checkpoint:)` rethrows, so this call cannot either.
    return search.advice(rows: rows) {}
  }

  /// The engagements of the actors `actors[chunk]` on every scanned target (per target, in any
  /// order): their responses solved in one pass, then each target's scan in both scopes.
  func engagements(_ chunk: Range<Int>, scratch: inout EngagementScratch) -> [[Engagement]] {
    guard !scans.isEmpty else { return [] }
    let positions = Array(actors[chunk])
    let responses = context.responses.responses(of: positions)
    return scans.map { target in
      scratch.prepare(for: target, context: context)
      var rows: [Engagement] = []
      for (actor, response) in zip(positions, responses) {
        for scope in [Engagement.Scope.commitment, .general] {
          if let row = context.engagement(
            of: actor, response: response, scope: scope, target: target, scratch: &scratch)
          {
            rows.append(row)
          }
        }
      }
      return rows
    }
  }

  /// Appends a chunk's rows, target by target.
  private static func append(_ output: [[Engagement]], to rows: inout [[Engagement]]) {
    for (slot, found) in output.enumerated() { rows[slot] += found }
  }

  /// The advice on every target from the scanned targets' engagement `rows` (in ``scans`` order),
  /// calling `checkpoint` after each target's recruitments.
  private func advice(rows: [[Engagement]], checkpoint: () throws -> Void) rethrows -> AdviceResult {
    var scanned = zip(scans.map(\.index), rows).makeIterator()
    var commitments: [CommitmentAdvice] = []
    for index in targets {
      let found = context.meetsAim(commitment: index) ? nil : scanned.next()?.1
      commitments.append(context.advice(forCommitment: index, engagements: found))
      try checkpoint()
    }
    return AdviceResult(scenario: ReportScenario(context.scenarios), robust: context.robust, commitments: commitments)
  }
}
