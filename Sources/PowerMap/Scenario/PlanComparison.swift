/// Two plan cycles side by side (`powermap diff A B`): what changed between the models, and how
/// each plan fares under the same scenario — the comparison the Veracruz story makes between the
/// 2016-2017 plan, which rested on the state executive, and the diversified 2019-2020 plan.
///
/// Actors and commitments are matched by id. An actor counts as changed when its kind, level,
/// power, interest, stance, affiliation or positions differ; a commitment present in both plans is compared
/// in ``commitmentsCompared`` (its needs, obstacles and status in each plan).
package struct PlanComparison: Sendable, Encodable {
  /// One plan: its totals before and after the scenario.
  package struct Side: Sendable, Encodable {
    package var name: String
    package var actors: Int
    package var commitments: Int
    package var before: PlanSummary
    package var after: PlanSummary?
    /// The actor that contributes most of the plan's support (rule 4's cᵢ), before the scenario.
    package var largestSupporter: String?
    /// Its share of all support, cᵢ / Σc (0 when nobody supports).
    package var largestSupporterShare: Double
    /// Each commitment's status before and after, in model order.
    package var commitmentStatus: [CommitmentOutcome]
    /// The commitments whose status is worse after the scenario than before, in model order
    /// (empty without a scenario).
    package var worsened: [String]
    /// The commitments whose status is better after the scenario than before, in model order
    /// (empty without a scenario).
    package var improved: [String]
  }

  /// One attribute of an actor present in both models that differs.
  package struct ActorDifference: Sendable, Encodable, Equatable {
    package var id: String
    package var field: String
    package var a: String
    package var b: String
  }

  package var scenario: ReportScenario?
  package var a: Side
  package var b: Side
  /// Actor ids in B and not in A, in B's order.
  package var actorsAdded: [String]
  /// Actor ids in A and not in B, in A's order.
  package var actorsRemoved: [String]
  package var actorsChanged: [ActorDifference]
  package var commitmentsAdded: [String]
  package var commitmentsRemoved: [String]
  /// Every commitment present in both plans, in A's order: its status in each (after the scenario
  /// when there is one) and the changes of its owner, threshold, needs and obstacles.
  package var commitmentsCompared: [CommitmentComparison]
  /// The commitments present in both plans whose status is better in B than in A, in A's order.
  package var betterInB: [String]
  /// The commitments present in both plans whose status is worse in B than in A, in A's order.
  package var worseInB: [String]

  /// Compares two simulations, each of its model under its own resolution of the same scenario
  /// (no scenario: ``SimulationRun/scenarios`` empty). Computes no analysis.
  package init(a runA: SimulationRun, b runB: SimulationRun) {
    let modelA = runA.before.model
    let modelB = runB.before.model
    a = Self.side(runA)
    b = Self.side(runB)
    scenario = ReportScenario(runA.scenarios.isEmpty ? runB.scenarios : runA.scenarios)
    let idsA = Set(modelA.actors.map(\.id))
    let idsB = Set(modelB.actors.map(\.id))
    actorsAdded = modelB.actors.map(\.id).filter { !idsA.contains($0) }
    actorsRemoved = modelA.actors.map(\.id).filter { !idsB.contains($0) }
    let actorsOfB = Dictionary(modelB.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    actorsChanged = modelA.actors.flatMap { actor -> [ActorDifference] in
      guard let other = actorsOfB[actor.id] else { return [] }
      func number(_ value: Double) -> String { "\(value)" }
      // Positions as "commitment stance" pairs by commitment id ("" when none are declared).
      func positions(_ actor: Actor) -> String {
        actor.positions.sorted { $0.key < $1.key }.map { "\($0.key) \(number($0.value))" }.joined(separator: "; ")
      }
      let fields: [(String, String, String)] = [
        ("kind", actor.kind.rawValue, other.kind.rawValue), ("level", actor.level.rawValue, other.level.rawValue),
        ("power", number(actor.power), number(other.power)),
        ("interest", number(actor.interest), number(other.interest)),
        ("stance", number(actor.stance), number(other.stance)),
        ("affiliation", actor.affiliation ?? "", other.affiliation ?? ""),
        ("positions", positions(actor), positions(other)),
      ]
      return fields.filter { $0.1 != $0.2 }.map { ActorDifference(id: actor.id, field: $0.0, a: $0.1, b: $0.2) }
    }
    let commitmentsA = Set(modelA.commitments.map(\.id))
    let commitmentsB = Set(modelB.commitments.map(\.id))
    commitmentsAdded = modelB.commitments.map(\.id).filter { !commitmentsA.contains($0) }
    commitmentsRemoved = modelA.commitments.map(\.id).filter { !commitmentsB.contains($0) }
    commitmentsCompared = Self.compareCommitments(modelA, a, modelB, b)
    betterInB = commitmentsCompared.filter(\.betterInB).map(\.id)
    worseInB = commitmentsCompared.filter(\.worseInB).map(\.id)
  }

  /// The commitments of `modelA` that `modelB` also has, compared; statuses from the sides.
  private static func compareCommitments(_ modelA: Model, _ sideA: Side, _ modelB: Model, _ sideB: Side)
    -> [CommitmentComparison]
  {
    func statuses(_ side: Side) -> [String: CommitmentStatus] {
      Dictionary(side.commitmentStatus.map { ($0.id, $0.after ?? $0.before) }, uniquingKeysWith: { first, _ in first })
    }
    let statusA = statuses(sideA)
    let statusB = statuses(sideB)
    let commitmentsOfB = Dictionary(modelB.commitments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    return modelA.commitments.compactMap { commitment in
      guard let other = commitmentsOfB[commitment.id], let status = statusA[commitment.id],
        let otherStatus = statusB[commitment.id]
      else { return nil }
      return CommitmentComparison(commitment, of: modelA, status: status, with: other, of: modelB, status: otherStatus)
    }
  }

  private static func side(_ run: SimulationRun) -> Side {
    let model = run.before.model
    let before = run.before.evaluation
    let after = run.scenarios.isEmpty ? nil : run.after.evaluation
    let outcomes = run.changes.map { CommitmentOutcome($0, withAfter: after != nil) }
    let contributions = before.concentration.contributions
    let total = contributions.reduce(0, +)
    let largest = contributions.indices.max { contributions[$0] < contributions[$1] }
    return Side(
      name: model.name, actors: model.actors.count, commitments: model.commitments.count, before: before.plan,
      after: after?.plan, largestSupporter: total > 0 ? largest.map { model.actors[$0].id } : nil,
      largestSupporterShare: total > 0 ? (largest.map { contributions[$0] } ?? 0) / total : 0,
      commitmentStatus: outcomes,
      worsened: outcomes.filter { outcome in outcome.after.map { $0 > outcome.before } ?? false }.map(\.id),
      improved: outcomes.filter { outcome in outcome.after.map { $0 < outcome.before } ?? false }.map(\.id))
  }
}
