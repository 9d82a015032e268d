import PowerMap
import PowerMapReport

/// The terminal and CSV renderings of an analysis.
enum AnalysisText {
  /// The columns of the commitments table (``TableBuilder/commitments(_:)``) the terminal shows: ids
  /// instead of the titles, the obstacles' pressure instead of their titles.
  static let commitmentColumns = [
    "id", "owner", "status", "viability", "authority", "acceptance", "ability", "obstaclePressure", "concentration",
    "weakestDimension",
  ]

  /// The columns of the actors table (``TableBuilder/actors(_:)``) the terminal shows: short names without
  /// the full names and kinds, effective values before declared ones.
  static let actorColumns = [
    "short", "present", "level", "effectivePower", "effectiveStance", "stance", "influenceRank", "betweenness",
    "quadrant", "salience",
  ]

  /// The terminal report: the plan, the commitments and the `top` actors (all with 0) as the report's
  /// tables show them, and the network.
  static func report(_ analysis: StakeholderAnalysis, top: Int) -> String {
    let report = analysis.report
    let tables = TableBuilder(analysis)
    var out = "\(report.model.name)\n"
    if let scenario = report.scenario { out += "Scenario: \(scenario.title) [\(scenario.id)]\n" }
    let plan = report.plan
    out +=
      "\nPlan: \(plan.viable) viable, \(plan.atRisk) at risk, \(plan.blocked) blocked of \(report.commitments.count)"
    out += " commitments · mean viability \(Format.signed(plan.meanViability))"
    out += " · support concentration (HHI) \(Format.fixed(plan.concentration))\n"

    out += "\nCommitments\n"
    out += TextTable.render(tables.commitments(analysis).view(commitmentColumns), strings: tables.strings)
    out += positions(
      report,
      names: Dictionary(
        analysis.state.actors.map { ($0.id, $0.actor.short) }, uniquingKeysWith: { first, _ in first }))

    let actors = tables.actors(analysis)
    let shown = top == 0 ? actors.rows.count : min(top, actors.rows.count)
    out += "\nActors by effective power"
    out += shown < actors.rows.count ? " (top \(shown) of \(actors.rows.count); --top 0 lists all)\n" : "\n"
    out += TextTable.render(actors.prefix(shown).view(actorColumns), strings: tables.strings)

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
