/// A validated, immutable stakeholder model: the actors around a reform, their relations, the
/// commitments of an action plan, the obstacles to them, and the scenarios to try on them.
///
/// A `Model` is only ever produced by `ModelLoader` (or built in code from already valid parts);
/// every default of <doc:ModelFormat> has been applied, so consumers never see a missing
/// stubbornness or threshold.
public struct Model: Sendable, Codable, Equatable {
  /// The format identifier, `powermap/1`.
  public static let schemaIdentifier = "powermap/1"

  public var schema: String
  public var name: String
  /// The language of the model's own labels (`es`, `en`, …); the UI language is chosen separately.
  public var language: String
  public var defaults: ModelDefaults
  public var actors: [Actor]
  public var relations: [Relation]
  public var commitments: [Commitment]
  public var obstacles: [Obstacle]
  public var scenarios: [Scenario]

  public init(
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
  public func actorIndex() -> [String: Int] {
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
public struct ModelDefaults: Sendable, Codable, Equatable {
  /// Weight an actor puts on its own stance in Friedkin–Johnsen, in (0, 1].
  public var stubbornness: Double
  /// The viability a commitment needs to count as viable.
  public var threshold: Double
  /// Standard deviation of declared stances in Monte Carlo.
  public var uncertainty: Double

  public init(stubbornness: Double = 0.5, threshold: Double = 0.2, uncertainty: Double = 0.15) {
    self.stubbornness = stubbornness
    self.threshold = threshold
    self.uncertainty = uncertainty
  }
}
