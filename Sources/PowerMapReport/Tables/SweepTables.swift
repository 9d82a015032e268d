import PowerMap

/// The table of a loss-of-ally sweep, built once for every output: the report shows it and writes
/// it to `data/allies.csv`, and `powermap sweep --csv` prints the same table.
package struct SweepTables {
  /// The sweep tabled.
  package let result: SweepResult
  /// The words of the shown columns and cells.
  package let strings: ReportStrings
  /// The short name of an actor by id.
  package let shortName: (String) -> String

  /// The table of `result`, labelled in `strings`' language, actors named by `shortName`.
  package init(_ result: SweepResult, strings: ReportStrings, shortName: @escaping (String) -> String) {
    self.result = result
    self.strings = strings
    self.shortName = shortName
  }

  private func column(_ key: String, _ label: ReportStrings.Key, numeric: Bool = false) -> ReportTable.Column {
    ReportTable.Column(key: key, label: strings[label], numeric: numeric)
  }

  private func actorList(_ ids: [String]) -> ReportCell {
    .list(ids, shown: ids.map(shortName))
  }

  /// The ranking, most harmful first (rule 9), every row; pairs ranked by synergy add the damage
  /// beyond the two single losses (data only).
  package var allies: ReportTable {
    let synergy = result.allies.contains { $0.synergy != nil }
    let rows = result.allies.enumerated().map { rank, ally -> [ReportCell] in
      let row: [ReportCell] = [
        .integer(rank + 1), actorList(ally.ids), .integer(ally.statusChanges), .signed(ally.deltaViability, digits: 2),
        .list(ally.failed, shown: ally.failed), actorList(ally.weakened), .flag(ally.articulationPoint),
        .number(ally.fragmentation, digits: 3),
      ]
      guard synergy else { return row }
      return row + [
        ally.synergy.map { .integer($0.statusChanges) } ?? .empty,
        ally.synergy.map { .signed($0.deltaViability, digits: 2) } ?? .empty,
      ]
    }
    var columns = [
      column("rank", .rank, numeric: true), column("ids", .removed), column("statusChanges", .worse, numeric: true),
      column("deltaViability", .deltaTotal, numeric: true), column("failed", .failed), column("weakened", .weakened),
      column("articulationPoint", .cutPoint), column("fragmentation", .fragmentation, numeric: true),
    ]
    if synergy {
      columns += ["synergyStatusChanges", "synergyDeltaViability"].map {
        ReportTable.Column(key: $0, label: $0, numeric: true, shown: false)
      }
    }
    return ReportTable(id: "allies", columns: columns, rows: rows)
  }
}
