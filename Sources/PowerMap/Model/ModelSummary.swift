/// Counts that describe what a model holds, for `powermap summary` and report headers.
package struct ModelSummary: Sendable, Codable, Equatable {
  package var name: String
  package var actors: Int
  package var actorsByLevel: [String: Int]
  package var actorsByKind: [String: Int]
  package var relations: Int
  package var relationsByKind: [String: Int]
  package var commitments: Int
  package var obstacles: Int
  package var obstaclesByKind: [String: Int]
  package var scenarios: [String]

  package init(_ model: Model) {
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
