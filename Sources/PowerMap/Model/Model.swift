/// A validated, immutable stakeholder model: the actors around a reform, their relations, the
/// commitments of an action plan, the obstacles to them, and the scenarios to try on them.
///
/// A `Model` is only ever produced by `ModelLoader` (or built in code from already valid parts);
/// every default of <doc:ModelFormat> has been applied, so consumers never see a missing
/// stubbornness or threshold.
public struct Model: Sendable, Encodable, Equatable {
  /// The format identifier, `powermap/1`.
  package static let schemaIdentifier = "powermap/1"

  package var schema: String
  public package(set) var name: String
  /// The language of the model's own labels (`es`, `en`, …); the UI language is chosen separately.
  public package(set) var language: String
  package var defaults: ModelDefaults
  public package(set) var actors: [Actor]
  public package(set) var relations: [Relation]
  public package(set) var commitments: [Commitment]
  public package(set) var obstacles: [Obstacle]
  public package(set) var scenarios: [Scenario]

  package init(
    schema: String = Model.schemaIdentifier, name: String, language: String = "en",
    defaults: ModelDefaults = ModelDefaults(), actors: [Actor], relations: [Relation] = [],
    commitments: [Commitment] = [], obstacles: [Obstacle] = [], scenarios: [Scenario] = []
  ) {
    self.schema = schema
    self.name = name
    self.language = language
    self.defaults = defaults
    self.actors = actors
    self.relations = relations
    self.commitments = commitments
    self.obstacles = obstacles
    self.scenarios = scenarios
  }

  /// The position of each actor id in ``actors``.
  package func actorIndex() -> [String: Int] {
    var index = [String: Int](minimumCapacity: actors.count)
    for (position, actor) in actors.enumerated() { index[actor.id] = position }
    return index
  }

  /// The scenario with this id, if the model holds one.
  public func scenario(withID id: String) -> Scenario? {
    scenarios.first { $0.id == id }
  }
}

/// Values that fill in optional actor and commitment fields (<doc:ModelFormat>: 0.5, 0.2, 0.15).
package struct ModelDefaults: Sendable, Codable, Equatable {
  /// Weight an actor puts on its own stance in Friedkin–Johnsen, in (0, 1].
  package var stubbornness: Double
  /// The viability a commitment needs to count as viable.
  package var threshold: Double
  /// Standard deviation of declared stances in Monte Carlo.
  package var uncertainty: Double

  package init(stubbornness: Double = 0.5, threshold: Double = 0.2, uncertainty: Double = 0.15) {
    self.stubbornness = stubbornness
    self.threshold = threshold
    self.uncertainty = uncertainty
  }
}
