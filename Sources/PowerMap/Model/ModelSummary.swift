/// Counts that describe what a model holds, for `powermap summary` and report headers.
public struct ModelSummary: Sendable, Codable, Equatable {
  public var name: String
  public var actors: Int
  public var actorsByLevel: [String: Int]
  public var actorsByKind: [String: Int]
  public var relations: Int
  public var relationsByKind: [String: Int]
  public var commitments: Int
  public var obstacles: Int
  public var obstaclesByKind: [String: Int]
  public var scenarios: [String]

  public init(_ model: Model) {
    name = model.name
    actors = model.actors.count
    actorsByLevel = Dictionary(grouping: model.actors, by: \.level.rawValue).mapValues(\.count)
    actorsByKind = Dictionary(grouping: model.actors, by: \.kind.rawValue).mapValues(\.count)
    relations = model.relations.count
    relationsByKind = Dictionary(grouping: model.relations, by: \.kind.rawValue).mapValues(\.count)
    commitments = model.commitments.count
    obstacles = model.obstacles.count
    obstaclesByKind = Dictionary(grouping: model.obstacles, by: \.kind.rawValue).mapValues(\.count)
    scenarios = model.scenarios.map(\.id)
  }
}
