import PowerMap
import PowerMapGraphviz

/// The tables of a report, built from its content in the report's language. Rows follow the order
/// a reader needs: actors by effective power, obstacles by pressure, removals most harmful first;
/// commitments in model order.
extension ReportContent {
  /// The report's words.
  package var strings: ReportStrings { ReportStrings(options.language) }

  private func column(_ key: String, _ label: ReportStrings.Key, numeric: Bool = false) -> ReportTable.Column {
    ReportTable.Column(key: key, label: strings[label], numeric: numeric)
  }

  private func idColumn(_ key: String = "id") -> ReportTable.Column {
    ReportTable.Column(key: key, label: key, shown: false)
  }

  private func actorList(_ ids: [String]) -> ReportCell {
    .list(ids, shown: ids.map(shortName))
  }

  /// Actors: declared values, effective values, network measures and classes (rules 1, 2, 5, 6).
  package var actorsTable: ReportTable {
    let report = baseline.report
    let order = report.actors.indices.sorted {
      (report.actors[$0].effectivePower, report.actors[$1].id) > (
        report.actors[$1].effectivePower, report.actors[$0].id
      )
    }
    let actors = Dictionary(model.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let rows = order.map { index -> [ReportCell] in
      let actor = report.actors[index]
      let modelActor = actors[actor.id]
      return [
        .text(actor.id), .text(modelActor?.short ?? actor.id), .text(actor.name),
        modelActor.map { .term($0.kind.rawValue, shown: strings.map.kind($0.kind)) } ?? .empty,
        modelActor.map { .term($0.level.rawValue, shown: strings.map.level($0.level)) } ?? .empty,
        .number(actor.power, digits: 2), .number(actor.interest, digits: 2), .signed(actor.stance, digits: 2),
        .number(actor.effectivePower, digits: 2), .signed(actor.effectiveStance, digits: 2),
        .number(actor.influenceRank, digits: 3), .number(actor.betweenness, digits: 3),
        .term(actor.quadrant.rawValue, shown: strings.map.quadrant(actor.quadrant)),
        .term(actor.salience.rawValue, shown: strings.map.salience(actor.salience)),
      ]
    }
    return ReportTable(
      id: "actors",
      columns: [
        idColumn(), column("short", .actor), column("name", .name), column("kind", .kind), column("level", .level),
        column("power", .power, numeric: true), column("interest", .interest, numeric: true),
        column("stance", .stance, numeric: true), column("effectivePower", .effectivePower, numeric: true),
        column("effectiveStance", .effectiveStance, numeric: true),
        column("influenceRank", .influenceRank, numeric: true), column("betweenness", .betweenness, numeric: true),
        column("quadrant", .quadrant), column("salience", .salience),
      ], rows: rows)
  }

  /// Commitments with their three dimensions, obstacles, viability and status (rules 3–4).
  package var commitmentsTable: ReportTable {
    let viabilities = Dictionary(
      baseline.viabilities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let obstacleTitles = Dictionary(model.obstacles.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    let rows = zip(model.commitments, baseline.report.commitments).map { commitment, report -> [ReportCell] in
      let obstacles = viabilities[commitment.id]?.obstacles ?? []
      return [
        .text(commitment.id), .term(commitment.title, shown: "\(commitment.title) [\(commitment.id)]"),
        .term(commitment.owner, shown: shortName(commitment.owner)),
        .status(report.status), .signed(report.viability, digits: 2), .number(report.threshold, digits: 2),
        .optional(report.dimensions.authority, digits: 2), .optional(report.dimensions.acceptance, digits: 2),
        .optional(report.dimensions.ability, digits: 2),
        .list(obstacles, shown: obstacles.map { obstacleTitles[$0] ?? $0 }),
        .number(report.obstaclePressure, digits: 2), .number(report.concentration, digits: 2),
      ]
    }
    return ReportTable(
      id: "commitments",
      columns: [
        idColumn(), column("title", .commitment), column("owner", .owner), column("status", .status),
        column("viability", .viability, numeric: true),
        ReportTable.Column(key: "threshold", label: strings[.threshold], numeric: true, shown: false),
        column("authority", .authority, numeric: true), column("acceptance", .acceptance, numeric: true),
        column("ability", .ability, numeric: true), column("obstacles", .blockedBy),
        column("obstaclePressure", .obstaclePressure, numeric: true),
        column("concentration", .concentration, numeric: true),
      ], rows: rows)
  }

  /// Obstacles by pressure, most first (rule 3).
  package var obstaclesTable: ReportTable {
    let pressures = Dictionary(
      baseline.evaluation.obstacles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let order = model.obstacles.sorted {
      ((pressures[$0.id]?.pressure ?? 0), $1.id) > ((pressures[$1.id]?.pressure ?? 0), $0.id)
    }
    let rows = order.map { obstacle -> [ReportCell] in
      let assessed = pressures[obstacle.id]
      return [
        .text(obstacle.id), .text(obstacle.title),
        .term(obstacle.kind.rawValue, shown: strings.map.obstacle(obstacle.kind)),
        .number(obstacle.severity, digits: 2), .optional(assessed?.mitigation, digits: 2),
        .optional(assessed?.holding, digits: 2), .optional(assessed?.pressure, digits: 2),
        .list(obstacle.blocks, shown: obstacle.blocks), actorList(obstacle.holders), actorList(obstacle.mitigators),
      ]
    }
    return ReportTable(
      id: "obstacles",
      columns: [
        idColumn(), column("title", .obstacle), column("kind", .kind), column("severity", .severity, numeric: true),
        column("mitigation", .mitigation, numeric: true), column("holding", .holding, numeric: true),
        column("pressure", .pressure, numeric: true), column("blocks", .blocks), column("holders", .holders),
        column("mitigators", .mitigators),
      ], rows: rows)
  }

  /// One scenario's commitments before and after, with drivers and restoring steps (rule 8).
  package func changesTable(_ outcome: ScenarioOutcome) -> ReportTable {
    let titles = Dictionary(model.commitments.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    let rows = outcome.result.changes.map { change -> [ReportCell] in
      let shownDrivers = change.driverEffects.filter { abs($0.effect) >= 0.005 }
      return [
        .text(change.commitment), .text(titles[change.commitment] ?? change.commitment), .status(change.from),
        .status(change.to), .signed(change.viabilityBefore, digits: 2), .signed(change.viabilityAfter, digits: 2),
        .signed(change.deltaViability, digits: 2),
        .list(
          change.driverEffects.map(\.actor),
          shown: shownDrivers.map { "\(shortName($0.actor)) [\(ReportNumber.signed($0.effect, digits: 2))]" }),
        .list(
          change.restoringSteps.map { "\($0.scenario)#\($0.step + 1)" },
          shown: change.restoringSteps.map { reference in
            let steps = outcome.scenario.id == reference.scenario ? outcome.scenario.steps : []
            guard steps.indices.contains(reference.step) else { return "\(reference.scenario)#\(reference.step + 1)" }
            return "\(reference.step + 1). "
              + StepDescription.describe(steps[reference.step], language: options.language, name: shortName)
          }),
      ]
    }
    return ReportTable(
      id: "changes-\(outcome.fileStem)",
      columns: [
        idColumn("commitment"), column("title", .commitment), column("from", .statusBefore),
        column("to", .statusAfter), column("viabilityBefore", .viabilityBefore, numeric: true),
        column("viabilityAfter", .viabilityAfter, numeric: true),
        column("deltaViability", .deltaViability, numeric: true), column("drivers", .drivers),
        column("restoringSteps", .restoringSteps),
      ], rows: rows)
  }

  /// One scenario's Monte Carlo outcome per commitment (rule 10); nil without samples.
  package func monteCarloTable(_ outcome: ScenarioOutcome) -> ReportTable? {
    guard let monteCarlo = outcome.result.monteCarlo else { return nil }
    let titles = Dictionary(model.commitments.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    let rows = monteCarlo.commitments.map { commitment -> [ReportCell] in
      [
        .text(commitment.id), .text(titles[commitment.id] ?? commitment.id), .percent(commitment.pViable),
        .percent(commitment.pBlocked), .signed(commitment.meanViability, digits: 2),
        .signed(commitment.p05, digits: 2), .signed(commitment.p95, digits: 2),
      ]
    }
    return ReportTable(
      id: "montecarlo-\(outcome.fileStem)",
      columns: [
        idColumn(), column("title", .commitment), column("pViable", .pViable, numeric: true),
        column("pBlocked", .pBlocked, numeric: true), column("meanViability", .meanViability, numeric: true),
        column("p05", .p05, numeric: true), column("p95", .p95, numeric: true),
      ], rows: rows)
  }

  /// The distribution of the number of viable commitments over the samples; nil without samples.
  package func viableCountTable(_ outcome: ScenarioOutcome) -> ReportTable? {
    guard let monteCarlo = outcome.result.monteCarlo else { return nil }
    let total = max(monteCarlo.samples, 1)
    let rows = monteCarlo.viableCount.distribution.enumerated().map { count, samples -> [ReportCell] in
      [.integer(count), .integer(samples), .percent(Double(samples) / Double(total))]
    }
    return ReportTable(
      id: "viable-count-\(outcome.fileStem)",
      columns: [
        column("viable", .viableCount, numeric: true), column("samples", .sampleCount, numeric: true),
        column("share", .share, numeric: true),
      ], rows: rows)
  }

  /// The loss-of-ally ranking, most harmful first (rule 9), every row.
  package var alliesTable: ReportTable {
    let rows = sweep.allies.enumerated().map { rank, ally -> [ReportCell] in
      [
        .integer(rank + 1), actorList(ally.ids), .integer(ally.statusChanges), .signed(ally.deltaViability, digits: 2),
        .list(ally.failed, shown: ally.failed), actorList(ally.weakened), .flag(ally.articulationPoint),
        .number(ally.fragmentation, digits: 3),
      ]
    }
    return ReportTable(
      id: "allies",
      columns: [
        column("rank", .rank, numeric: true), column("ids", .removed), column("statusChanges", .worse, numeric: true),
        column("deltaViability", .deltaTotal, numeric: true), column("failed", .failed), column("weakened", .weakened),
        column("articulationPoint", .cutPoint), column("fragmentation", .fragmentation, numeric: true),
      ], rows: rows)
  }

  /// MACTOR's balance of power, by r* (most first); nil when MACTOR is unavailable.
  package var mactorBalanceTable: ReportTable? {
    guard let mactor else { return nil }
    let order = mactor.actors.indices.sorted {
      (mactor.actors[$0].ri, mactor.actors[$1].id) > (mactor.actors[$1].ri, mactor.actors[$0].id)
    }
    let rows = order.map { index -> [ReportCell] in
      let actor = mactor.actors[index]
      return [
        .term(actor.id, shown: shortName(actor.id)), .integer(actor.influence), .integer(actor.dependence),
        .number(actor.ri, digits: 2), .integer(actor.netInfluence),
      ]
    }
    return ReportTable(
      id: "mactor-balance",
      columns: [
        column("id", .actor), column("influence", .mactorInfluence, numeric: true),
        column("dependence", .mactorDependence, numeric: true), column("ri", .mactorRi, numeric: true),
        column("netInfluence", .mactorNet, numeric: true),
      ], rows: rows)
  }

  /// MIDI, rows and columns in model order, columns numbered like the rows; nil without MACTOR.
  package var mactorMIDITable: ReportTable? {
    guard let mactor else { return nil }
    let rows = mactor.midi.enumerated().map { index, row -> [ReportCell] in
      let id = mactor.actors[index].id
      return [.integer(index + 1), .term(id, shown: shortName(id))] + row.map { .integer($0) }
    }
    // The data keep MACTOR's matrix layout (`powermap mactor --mid`): an empty corner, then ids.
    let columns =
      [
        ReportTable.Column(key: "#", label: "#", numeric: true, inData: false),
        ReportTable.Column(key: "", label: strings[.actor]),
      ]
      + mactor.actors.enumerated().map {
        ReportTable.Column(key: $0.element.id, label: "\($0.offset + 1)", numeric: true)
      }
    return ReportTable(id: "mactor-midi", columns: columns, rows: rows)
  }

  /// Mobilisation on each commitment (3MAO); nil without MACTOR or without commitments.
  package var mactorObjectivesTable: ReportTable? {
    guard let mactor, !mactor.objectives.isEmpty else { return nil }
    let titles = Dictionary(model.commitments.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    let rows = mactor.objectives.map { objective -> [ReportCell] in
      [
        .term(objective.id, shown: titles[objective.id] ?? objective.id),
        .number(objective.mobilisationFor, digits: 2), .number(objective.mobilisationAgainst, digits: 2),
      ]
    }
    return ReportTable(
      id: "mactor-objectives",
      columns: [
        column("id", .objective), column("mobilisationFor", .mobilisationFor, numeric: true),
        column("mobilisationAgainst", .mobilisationAgainst, numeric: true),
      ], rows: rows)
  }
}
