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

  /// MACTOR's balance of power, by r* (most first; ``TableBuilder/mactorBalance(_:)``); nil when MACTOR is
  /// unavailable.
  package var mactorBalanceTable: ReportTable? {
    mactor.map { tables.mactorBalance($0) }
  }

  /// MIDI, rows and columns in model order, columns numbered like the rows; nil without MACTOR.
  package var mactorMIDITable: ReportTable? {
    mactor.map { tables.mactorMIDI($0) }
  }

  /// Mobilisation on each commitment (3MAO), by title; nil without MACTOR or without commitments.
  package var mactorObjectivesTable: ReportTable? {
    guard let mactor, !mactor.objectives.isEmpty else { return nil }
    let titles = Dictionary(model.commitments.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    return tables.mactorObjectives(mactor, titles: titles)
  }
}
