import PowerMap

extension ModelSummary {
  /// The summary as a few aligned lines for the terminal.
  var text: String {
    func list(_ counts: [String: Int], order: [String]) -> String {
      order.compactMap { key in counts[key].map { "\(key) \($0)" } }.joined(separator: ", ")
    }
    var lines = [name]
    lines.append("  actors       \(actors): " + list(actorsByLevel, order: ActorLevel.allCases.map(\.rawValue)))
    lines.append("               " + list(actorsByKind, order: ActorKind.allCases.map(\.rawValue)))
    lines.append("  relations    \(relations): " + list(relationsByKind, order: RelationKind.allCases.map(\.rawValue)))
    lines.append("  commitments  \(commitments)")
    lines.append("  obstacles    \(obstacles): " + list(obstaclesByKind, order: ObstacleKind.allCases.map(\.rawValue)))
    if !scenarios.isEmpty { lines.append("  scenarios    " + scenarios.joined(separator: ", ")) }
    return lines.joined(separator: "\n") + "\n"
  }
}
