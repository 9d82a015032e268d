/// Synthesised coding would omit a nil `scenario`; the contract wants an explicit `null`.
extension StakeholderReport: Codable {
  private enum CodingKeys: String, CodingKey {
    case model, scenario, betweennessMethod, actors, commitments, plan, network
  }

  /// Decodes a report; a missing or `null` scenario is no scenario.
  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      model: try container.decode(ReportModel.self, forKey: .model),
      scenario: try container.decodeIfPresent(ReportScenario.self, forKey: .scenario),
      betweennessMethod: try container.decode(String.self, forKey: .betweennessMethod),
      actors: try container.decode([ActorReport].self, forKey: .actors),
      commitments: try container.decode([CommitmentReport].self, forKey: .commitments),
      plan: try container.decode(PlanSummary.self, forKey: .plan),
      network: try container.decode(NetworkReport.self, forKey: .network))
  }

  /// Encodes every key, `scenario` as `null` when there is none.
  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(model, forKey: .model)
    try container.encode(scenario, forKey: .scenario)
    try container.encode(betweennessMethod, forKey: .betweennessMethod)
    try container.encode(actors, forKey: .actors)
    try container.encode(commitments, forKey: .commitments)
    try container.encode(plan, forKey: .plan)
    try container.encode(network, forKey: .network)
  }
}
