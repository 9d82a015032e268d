import PowerMap
import PowerMapGraphviz

/// The tables of a report, built from its content in the report's language. Rows follow the order
/// a reader needs: actors by effective power, obstacles by pressure, removals most harmful first;
/// commitments in model order.
extension ReportContent {
  /// The report's words.
  package var strings: ReportStrings { ReportStrings(options.language) }

  /// The builder of the report's tables: its language, actors by their short names.
  package var tables: TableBuilder { TableBuilder(strings: strings, shortName: shortName) }

  private func column(_ key: String, _ label: ReportStrings.Key, numeric: Bool = false) -> ReportTable.Column {
    tables.column(key, label, numeric: numeric)
  }

  private func actorList(_ ids: [String]) -> ReportCell { tables.actorList(ids) }

  /// Actors by effective power (``TableBuilder/actors(_:)``), as `analyze --csv` prints them.
  package var actorsTable: ReportTable { tables.actors(baseline) }

  /// Commitments in model order (``TableBuilder/commitments(_:)``), as `analyze --csv --table
  /// commitments` prints them.
  package var commitmentsTable: ReportTable { tables.commitments(baseline) }

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
        .optional(assessed?.opposition, digits: 2), .optional(assessed?.pressure, digits: 2),
        .list(obstacle.blocks, shown: obstacle.blocks), actorList(obstacle.holders), actorList(obstacle.mitigators),
      ]
    }
    return ReportTable(
      id: "obstacles",
      columns: [
        tables.dataColumn("id"), column("title", .obstacle), column("kind", .kind),
        column("severity", .severity, numeric: true),
        column("mitigation", .mitigation, numeric: true), column("opposition", .opposition, numeric: true),
        column("pressure", .pressure, numeric: true), column("blocks", .blocks), column("holders", .holders),
        column("mitigators", .mitigators),
      ], rows: rows)
  }

  /// One scenario's commitments before and after, with drivers and restoring steps (rule 8), as
  /// `simulate --csv` prints them.
  package func changesTable(_ outcome: ScenarioOutcome) -> ReportTable {
    tables.changes(outcome.result, scenario: outcome.scenario, stem: outcome.fileStem)
  }

  /// One scenario's Monte Carlo outcome per commitment (rule 10); nil without samples.
  package func monteCarloTable(_ outcome: ScenarioOutcome) -> ReportTable? {
    tables.monteCarlo(outcome.result, stem: outcome.fileStem)
  }

  /// The distribution of the number of viable commitments over the samples; nil without samples.
  package func viableCountTable(_ outcome: ScenarioOutcome) -> ReportTable? {
    tables.viableCount(outcome.result, stem: outcome.fileStem)
  }

  /// The loss-of-ally ranking, most harmful first (rule 9), every row (``TableBuilder/allies(_:)``),
  /// as `sweep --csv` prints it.
  package var alliesTable: ReportTable {
    tables.allies(sweep)
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
