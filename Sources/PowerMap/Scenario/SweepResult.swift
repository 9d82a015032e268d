/// The result of the loss-of-an-ally sweep (rule 9 of DESIGN.md): the output of `sweep --json`.
///
///     {"scenario": null | {"id", "ids", "title"}, "pairs", "dominatorRoot": null | id,
///      "fragmentationMethod": "directed" | "undirected-components", "fragmentationBefore",
///      "totalViabilityBefore", "evaluated",
///      "allies": [{"ids", "statusChanges", "deltaViability", "failed", "weakened",
///                  "articulationPoint", "immediatelyDominates", "cutOffFromRoot", "fragmentation"}]}
///
/// `allies` is ranked most harmful first (``AllyLoss/isMoreHarmful(_:than:)``) and cut to `top`
/// rows when asked; `evaluated` is the number of removals evaluated before the cut. Every key is
/// encoded, with explicit `null`s.
package struct SweepResult: Sendable, Equatable {
  /// The scenarios the removals are made on top of, or nil.
  package var scenario: ReportScenario?
  /// Whether rows remove pairs of actors.
  package var pairs: Bool
  /// The root of the dominator context, or nil (no executive, unknown, or removed by the scenario).
  package var dominatorRoot: String?
  /// How fragmentation is measured.
  package var fragmentationMethod: FragmentationMethod
  /// The fragmentation of the influence graph before any removal.
  package var fragmentationBefore: Double
  /// ΣV in the scenario state, before any removal.
  package var totalViabilityBefore: Double
  /// The number of removals evaluated (present actors, or their unordered pairs).
  package var evaluated: Int
  /// The rows, most harmful first.
  package var allies: [AllyLoss]

  /// A result with every field given.
  package init(
    scenario: ReportScenario?, pairs: Bool, dominatorRoot: String?, fragmentationMethod: FragmentationMethod,
    fragmentationBefore: Double, totalViabilityBefore: Double, evaluated: Int, allies: [AllyLoss]
  ) {
    self.scenario = scenario
    self.pairs = pairs
    self.dominatorRoot = dominatorRoot
    self.fragmentationMethod = fragmentationMethod
    self.fragmentationBefore = fragmentationBefore
    self.totalViabilityBefore = totalViabilityBefore
    self.evaluated = evaluated
    self.allies = allies
  }
}

extension SweepResult: Codable {
  private enum CodingKeys: String, CodingKey {
    case scenario, pairs, dominatorRoot, fragmentationMethod, fragmentationBefore, totalViabilityBefore
    case evaluated, allies
  }

  /// Decodes a result; missing or `null` optional fields are nil.
  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      scenario: try container.decodeIfPresent(ReportScenario.self, forKey: .scenario),
      pairs: try container.decode(Bool.self, forKey: .pairs),
      dominatorRoot: try container.decodeIfPresent(String.self, forKey: .dominatorRoot),
      fragmentationMethod: try container.decode(FragmentationMethod.self, forKey: .fragmentationMethod),
      fragmentationBefore: try container.decode(Double.self, forKey: .fragmentationBefore),
      totalViabilityBefore: try container.decode(Double.self, forKey: .totalViabilityBefore),
      evaluated: try container.decode(Int.self, forKey: .evaluated),
      allies: try container.decode([AllyLoss].self, forKey: .allies))
  }

  /// Encodes every key, `scenario` and `dominatorRoot` as `null` when absent.
  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(scenario, forKey: .scenario)
    try container.encode(pairs, forKey: .pairs)
    try container.encode(dominatorRoot, forKey: .dominatorRoot)
    try container.encode(fragmentationMethod, forKey: .fragmentationMethod)
    try container.encode(fragmentationBefore, forKey: .fragmentationBefore)
    try container.encode(totalViabilityBefore, forKey: .totalViabilityBefore)
    try container.encode(evaluated, forKey: .evaluated)
    try container.encode(allies, forKey: .allies)
  }
}
