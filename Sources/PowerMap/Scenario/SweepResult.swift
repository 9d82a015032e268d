/// The result of the loss-of-an-ally sweep (rule 9 of <doc:Rules>): the output of `sweep --json`.
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
}

/// Decoding is synthesized: missing or `null` optional fields are nil.
extension SweepResult: Codable {
  private enum CodingKeys: String, CodingKey {
    case scenario, pairs, dominatorRoot, fragmentationMethod, fragmentationBefore, totalViabilityBefore
    case evaluated, allies
  }

  /// Encodes every key, `scenario` and `dominatorRoot` as `null` when absent.
  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeEveryKey([
      .scenario: scenario, .pairs: pairs, .dominatorRoot: dominatorRoot, .fragmentationMethod: fragmentationMethod,
      .fragmentationBefore: fragmentationBefore, .totalViabilityBefore: totalViabilityBefore, .evaluated: evaluated,
      .allies: allies,
    ])
  }
}
