import PowerMap

/// The commitment sections of `powermap diff`'s terminal text: each plan's commitments worse and
/// better under the scenario, and the commitments present in both plans with what changed in them.
extension DiffText {
  /// Per plan, the commitments worse and better after the scenario than before, each with "none"
  /// when there are none.
  static func scenarioChanges(_ comparison: PlanComparison) -> String {
    var out = ""
    for (label, side) in [("A", comparison.a), ("B", comparison.b)] {
      let outcomes = Dictionary(side.commitmentStatus.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
      out += "\n"
      for (word, ids) in [("worse", side.worsened), ("better", side.improved)] {
        let items = ids.compactMap { outcomes[$0] }.map {
          "\($0.id) (\($0.before.rawValue) → \($0.after?.rawValue ?? ""))"
        }
        out += "\(label): \(word) under the scenario: \(items.isEmpty ? "none" : items.joined(separator: ", "))\n"
      }
    }
    return out
  }

  /// The commitments present in both plans: each one's status in A and B and the changes of its
  /// owner, threshold, needs and obstacles, then the lists of those better and worse in B.
  static func commitmentsInBoth(_ comparison: PlanComparison) -> String {
    let compared = comparison.commitmentsCompared
    guard !compared.isEmpty else { return "Commitments in both plans: none\n" }
    let when = comparison.scenario == nil ? "" : ", after the scenario"
    var out = "Commitments in both plans (\(compared.count)), status in A → B\(when):\n"
    for commitment in compared {
      let verdict = commitment.betterInB ? " (better in B)" : commitment.worseInB ? " (worse in B)" : ""
      out += "  \(commitment.id): \(commitment.statusA.rawValue) → \(commitment.statusB.rawValue)\(verdict)\n"
      out += changes(of: commitment).map { "    \($0)\n" }.joined()
    }
    out += "Better in B than in A: \(list(comparison.betterInB))\n"
    out += "Worse in B than in A: \(list(comparison.worseInB))\n"
    return out
  }

  /// One line per kind of change of `commitment`, or a line saying it has none.
  private static func changes(of commitment: CommitmentComparison) -> [String] {
    guard commitment.definitionChanged else { return ["same owner, threshold, needs and obstacles"] }
    var lines = commitment.fields.map(field)
    if !commitment.needs.isEmpty { lines.append("needs: " + commitment.needs.map(listing).joined(separator: "; ")) }
    let obstacles = commitment.obstaclesAdded.map { "+\($0)" } + commitment.obstaclesRemoved.map { "−\($0)" }
    if !obstacles.isEmpty { lines.append("obstacles: " + obstacles.joined(separator: " ")) }
    for obstacle in commitment.obstaclesChanged {
      let parts = obstacle.fields.map(field) + obstacle.listings.map(listing)
      lines.append("obstacle \(obstacle.id): " + parts.joined(separator: "; "))
    }
    return lines
  }

  private static func field(_ change: FieldChange) -> String { "\(change.field) \(change.a) → \(change.b)" }

  /// `authority +orfis −state-executive`: the ids added, then those removed.
  private static func listing(_ change: ListingChange) -> String {
    ([change.field] + change.added.map { "+\($0)" } + change.removed.map { "−\($0)" }).joined(separator: " ")
  }
}
