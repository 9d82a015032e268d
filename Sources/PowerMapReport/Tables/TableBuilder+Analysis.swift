import PowerMap
import PowerMapGraphviz

/// The tables of one analysis: `analyze --csv` prints them, a report shows and writes those of
/// its baseline.
extension TableBuilder {
  /// A builder for the tables of `analysis` on its own: labels in English, actors named by their
  /// short names in its state.
  package init(_ analysis: StakeholderAnalysis) {
    let names = Dictionary(
      analysis.state.actors.map { ($0.id, $0.actor.short) }, uniquingKeysWith: { first, _ in first })
    self.init(strings: ReportStrings(.en), shortName: { names[$0] ?? $0 })
  }

  /// Actors by effective power (ties by id): declared values, effective values, network measures
  /// and classes (rules 1, 2, 5, 6). Whether the actor is present and its degrees are data only.
  package func actors(_ analysis: StakeholderAnalysis) -> ReportTable {
    let report = analysis.report
    let order = report.actors.indices.sorted {
      (report.actors[$0].effectivePower, report.actors[$1].id) > (
        report.actors[$1].effectivePower, report.actors[$0].id
      )
    }
    let declared = Dictionary(
      analysis.state.actors.map { ($0.id, $0.actor) }, uniquingKeysWith: { first, _ in first })
    let rows = order.map { index -> [ReportCell] in
      let actor = report.actors[index]
      let modelActor = declared[actor.id]
      return [
        .text(actor.id), .text(modelActor?.short ?? actor.id), .text(actor.name),
        modelActor.map { .term($0.kind.rawValue, shown: strings.map.kind($0.kind)) } ?? .empty,
        modelActor.map { .term($0.level.rawValue, shown: strings.map.level($0.level)) } ?? .empty,
        .flag(actor.present), .number(actor.power, digits: 2), .number(actor.interest, digits: 2),
        .signed(actor.stance, digits: 2), .number(actor.effectivePower, digits: 2),
        .signed(actor.effectiveStance, digits: 2), .number(actor.influenceRank, digits: 3),
        .number(actor.betweenness, digits: 3), .number(actor.inDegree, digits: 3),
        .number(actor.outDegree, digits: 3),
        .term(actor.quadrant.rawValue, shown: strings.map.quadrant(actor.quadrant)),
        // No legitimacy nor urgency given: the class is not measured, and the cell says so.
        actor.salience.map { .term($0.rawValue, shown: strings.map.salience($0)) } ?? .term("", shown: "—"),
      ]
    }
    return ReportTable(
      id: "actors",
      columns: [
        dataColumn("id", .actor), column("short", .actor), column("name", .name),
        column("kind", .kind), column("level", .level),
        dataColumn("present", .present),
        column("power", .power, numeric: true), column("interest", .interest, numeric: true),
        column("stance", .stance, numeric: true), column("effectivePower", .effectivePower, numeric: true),
        column("effectiveStance", .effectiveStance, numeric: true),
        column("influenceRank", .influenceRank, numeric: true), column("betweenness", .betweenness, numeric: true),
        dataColumn("inDegree", numeric: true),
        dataColumn("outDegree", numeric: true),
        column("quadrant", .quadrant), column("salience", .salience),
      ], rows: rows)
  }

  /// Commitments in model order with their three dimensions, obstacles, viability and status
  /// (rules 3–4). The threshold and the weakest dimension are data only.
  package func commitments(_ analysis: StakeholderAnalysis) -> ReportTable {
    let viabilities = Dictionary(
      analysis.viabilities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let obstacleTitles = Dictionary(
      analysis.model.obstacles.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    let rows = zip(analysis.model.commitments, analysis.report.commitments).map {
      commitment, report -> [ReportCell] in
      let obstacles = viabilities[commitment.id]?.obstacles ?? []
      return [
        .text(commitment.id), .term(commitment.title, shown: "\(commitment.title) [\(commitment.id)]"),
        .term(commitment.owner, shown: shortName(commitment.owner)),
        .status(report.status), .signed(report.viability, digits: 2), .number(report.threshold, digits: 2),
        .optional(report.dimensions.authority, digits: 2), .optional(report.dimensions.acceptance, digits: 2),
        .optional(report.dimensions.ability, digits: 2),
        .list(obstacles, shown: obstacles.map { obstacleTitles[$0] ?? $0 }),
        .number(report.obstaclePressure, digits: 2), .number(report.concentration, digits: 2),
        report.weakestDimension.map { .text($0.rawValue) } ?? .empty,
      ]
    }
    return ReportTable(
      id: "commitments",
      columns: [
        dataColumn("id", .commitment), column("title", .commitment),
        column("owner", .owner), column("status", .status), column("viability", .viability, numeric: true),
        ReportTable.Column(key: "threshold", label: strings[.threshold], numeric: true, shown: false),
        column("authority", .authority, numeric: true), column("acceptance", .acceptance, numeric: true),
        column("ability", .ability, numeric: true), column("obstacles", .blockedBy),
        column("obstaclePressure", .obstaclePressure, numeric: true),
        column("concentration", .concentration, numeric: true),
        dataColumn("weakestDimension", .weakestDimension),
      ], rows: rows)
  }
}
