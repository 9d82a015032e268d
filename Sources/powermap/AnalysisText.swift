import PowerMap
import PowerMapReport

/// The terminal and CSV renderings of an analysis.
enum AnalysisText {
  static func report(_ analysis: StakeholderAnalysis, top: Int) -> String {
    let report = analysis.report
    let actorsByID = Dictionary(
      analysis.state.actors.map { ($0.id, $0.actor) }, uniquingKeysWith: { first, _ in first })
    var out = "\(report.model.name)\n"
    if let scenario = report.scenario { out += "Scenario: \(scenario.title) [\(scenario.id)]\n" }
    let plan = report.plan
    out +=
      "\nPlan: \(plan.viable) viable, \(plan.atRisk) at risk, \(plan.blocked) blocked of \(report.commitments.count)"
    out += " commitments · mean viability \(Format.signed(plan.meanViability))"
    out += " · support concentration (HHI) \(Format.fixed(plan.concentration))\n"

    out += "\nCommitments\n"
    var commitments = TextTable([
      ("commitment", .left), ("status", .left), ("V", .right), ("authority", .right), ("acceptance", .right),
      ("ability", .right), ("obstacles", .right), ("HHI", .right), ("weakest", .left),
    ])
    for commitment in report.commitments {
      let dimensions = commitment.dimensions
      commitments.append([
        commitment.id, commitment.status.rawValue.uppercased(), Format.signed(commitment.viability),
        dimensions.authority.map { Format.signed($0) } ?? "–", dimensions.acceptance.map { Format.signed($0) } ?? "–",
        dimensions.ability.map { Format.signed($0) } ?? "–", Format.fixed(commitment.obstaclePressure),
        Format.fixed(commitment.concentration),
        commitment.ownerPresent ? (commitment.weakestDimension?.rawValue ?? "–") : "owner removed",
      ])
    }
    out += commitments.render()
    out += positions(report, names: actorsByID.mapValues(\.short))

    let sorted = report.actors.enumerated().sorted { lhs, rhs in
      if lhs.element.effectivePower != rhs.element.effectivePower {
        return lhs.element.effectivePower > rhs.element.effectivePower
      }
      return lhs.offset < rhs.offset
    }.map(\.element)
    let shown = top == 0 ? sorted : Array(sorted.prefix(top))
    out += "\nActors by effective power"
    out += shown.count < sorted.count ? " (top \(shown.count) of \(sorted.count); --top 0 lists all)\n" : "\n"
    var actors = TextTable([
      ("actor", .left), ("level", .left), ("p̂", .right), ("s*", .right), ("stance", .right), ("rank", .right),
      ("betw.", .right), ("quadrant", .left), ("salience", .left),
    ])
    for actor in shown {
      let declared = actorsByID[actor.id]
      actors.append([
        (declared?.short ?? actor.id) + (actor.present ? "" : " (removed)"), declared?.level.rawValue ?? "",
        Format.fixed(actor.effectivePower), Format.signed(actor.effectiveStance), Format.signed(actor.stance),
        Format.fixed(actor.influenceRank, 3), Format.fixed(actor.betweenness, 3), actor.quadrant.rawValue,
        actor.salience.rawValue,
      ])
    }
    out += actors.render()

    let network = report.network
    out += "\nNetwork: \(network.nodeCount) present actors, \(network.edgeCount) influence edges"
    out += " · fragmentation \(Format.fixed(network.fragmentation)) · betweenness \(report.betweennessMethod)\n"
    if !network.articulationPoints.isEmpty {
      out += "Cut points (their loss splits the network): \(network.articulationPoints.joined(separator: ", "))\n"
    }
    return out
  }

  /// Per commitment on which some actor declares a position, the actors whose effective position
  /// there differs from their general effective stance (at the two decimals shown); empty when the
  /// model declares no positions.
  static func positions(_ report: StakeholderReport, names: [String: String]) -> String {
    let issues = report.commitments.map(\.id).filter { id in report.actors.contains { $0.positions[id] != nil } }
    guard !issues.isEmpty else { return "" }
    var out = "\nPositions that differ from the general stance\n"
    for commitment in issues {
      let differing = report.actors.compactMap { actor -> String? in
        guard actor.present, let position = actor.positions[commitment],
          Format.signed(position) != Format.signed(actor.effectiveStance)
        else { return nil }
        let name = names[actor.id] ?? actor.id
        return "\(name) \(Format.signed(position)) (general \(Format.signed(actor.effectiveStance)))"
      }
      out += "  \(commitment): " + (differing.isEmpty ? "–" : differing.joined(separator: ", ")) + "\n"
    }
    return out
  }

  /// The actors table as CSV: the report's `data/actors.csv` (``TableBuilder/actors(_:)``).
  static func actorsCSV(_ analysis: StakeholderAnalysis) -> String {
    TableData.csv(TableBuilder(analysis).actors(analysis))
  }

  /// The commitments table as CSV: the report's `data/commitments.csv`
  /// (``TableBuilder/commitments(_:)``).
  static func commitmentsCSV(_ analysis: StakeholderAnalysis) -> String {
    TableData.csv(TableBuilder(analysis).commitments(analysis))
  }
}
