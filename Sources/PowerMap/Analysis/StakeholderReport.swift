/// The result of `powermap analyze`, whose JSON encoding is `analyze --json` (<doc:CommandLine>,
/// "JSON that scripts rely on").
///
/// Fixed keys (more are added, never removed):
///
///     {"model": {"name"}, "scenario": null | {"id"},
///      "actors": [{"id", "effectivePower", "effectiveStance", "influenceRank", "betweenness",
///                  "inDegree", "outDegree", "quadrant", "salience"}],
///      "commitments": [{"id", "viability", "status", "dimensions": {"authority", "acceptance",
///                       "ability"}, "obstaclePressure", "concentration"}],
///      "plan": {"viable", "atRisk", "blocked", "meanViability", "concentration"}}
///
/// Added keys: `betweennessMethod` (`exact` or `sampled`) and `network` (the betweenness method in
/// full, fragmentation, articulation points, bridges); per actor `name`, `present`, `power`,
/// `interest`, `stance`; per commitment `title`, `weakestDimension`, `ownerPresent`, `threshold`;
/// in `plan`, `totalViability`; in `scenario`, `ids` and `title`. Actors are listed in model order
/// (actors added by a scenario after them), removed ones included with `present: false` and
/// effective power 0; commitments in model order. `scenario` is an explicit `null` without scenario,
/// and a dimension is an explicit `null` when the commitment lists nobody in it.
package struct StakeholderReport: Sendable, Equatable {
  /// The model's name.
  package var model: ReportModel
  /// The scenario applied, or nil.
  package var scenario: ReportScenario?
  /// `exact` or `sampled`.
  package var betweennessMethod: String
  /// One entry per actor of the state.
  package var actors: [ActorReport]
  /// One entry per commitment, in model order.
  package var commitments: [CommitmentReport]
  /// The plan totals.
  package var plan: PlanSummary
  /// Graph-level measures.
  package var network: NetworkReport

  /// A report with every field given.
  package init(
    model: ReportModel, scenario: ReportScenario?, betweennessMethod: String, actors: [ActorReport],
    commitments: [CommitmentReport], plan: PlanSummary, network: NetworkReport
  ) {
    self.model = model
    self.scenario = scenario
    self.betweennessMethod = betweennessMethod
    self.actors = actors
    self.commitments = commitments
    self.plan = plan
    self.network = network
  }

  /// Assembles the report of an analysis (see ``StakeholderAnalysis``).
  package init(
    model: Model, scenarios: [Scenario], state: ModelState, evaluation: PlanEvaluation, network: NetworkMeasures,
    quadrants: [PowerInterestQuadrant], salience: [SalienceClass?]
  ) {
    let power = evaluation.effectivePower
    let stance = evaluation.effectiveStance
    // (commitment index, issue slot) of every commitment with declared positions.
    let issues = evaluation.stance.positions.slots.enumerated().compactMap { $1 >= 0 ? ($0, $1) : nil }
    self.model = ReportModel(name: model.name)
    self.scenario = ReportScenario(scenarios)
    self.betweennessMethod = network.betweennessMethod.method
    self.actors = state.actors.indices.map { position in
      let actor = state.actors[position]
      return ActorReport(
        id: actor.id, name: actor.actor.name, present: actor.present, power: actor.power,
        interest: actor.interest, stance: actor.stance, effectivePower: power[position],
        effectiveStance: stance[position],
        positions: Dictionary(
          uniqueKeysWithValues: issues.map {
            (model.commitments[$0].id, evaluation.stance.positions.stances[$1][position])
          }),
        influenceRank: network.influenceRank[position],
        betweenness: network.betweenness[position], inDegree: network.inDegree[position],
        outDegree: network.outDegree[position], quadrant: quadrants[position], salience: salience[position])
    }
    self.commitments = zip(model.commitments, evaluation.commitments).enumerated().map { position, pair in
      let (commitment, viability) = pair
      return CommitmentReport(
        id: commitment.id, title: commitment.title, viability: viability.viability, status: viability.status,
        dimensions: viability.dimensions, weakestDimension: viability.weakestDimension,
        obstaclePressure: viability.obstaclePressure,
        concentration: evaluation.concentration.commitments[position], ownerPresent: viability.ownerPresent,
        threshold: viability.threshold)
    }
    self.plan = evaluation.plan
    self.network = NetworkReport(network)
  }
}

/// Synthesised coding would omit a nil `scenario`; the contract wants an explicit `null`. Decoding
/// is synthesized (a missing or `null` scenario is no scenario).
extension StakeholderReport: Codable {
  private enum CodingKeys: String, CodingKey {
    case model, scenario, betweennessMethod, actors, commitments, plan, network
  }

  /// Encodes every key, `scenario` as `null` when there is none.
  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeEveryKey([
      .model: model, .scenario: scenario, .betweennessMethod: betweennessMethod, .actors: actors,
      .commitments: commitments, .plan: plan, .network: network,
    ])
  }
}

/// The `model` object of the report: `{"name"}`.
package struct ReportModel: Sendable, Codable, Equatable {
  /// The model's name.
  package var name: String

  /// A reference to the model named `name`.
  package init(name: String) {
    self.name = name
  }
}

/// The `scenario` object of the report: `{"id", "ids", "title"}`.
///
/// With several scenarios applied in order, `id` joins their ids with `+` (`pan-to-morena+orfis-out`)
/// and `ids` lists them.
package struct ReportScenario: Sendable, Codable, Equatable {
  /// The scenario's id, or the ids joined with `+`.
  package var id: String
  /// The ids of the scenarios applied, in order.
  package var ids: [String]
  /// The scenario's title, or the titles joined with ` + `.
  package var title: String

  /// A reference to `scenarios`, or nil when there is none.
  package init?(_ scenarios: [Scenario]) {
    guard !scenarios.isEmpty else { return nil }
    ids = scenarios.map(\.id)
    id = ids.joined(separator: "+")
    title = scenarios.map(\.title).joined(separator: " + ")
  }
}
