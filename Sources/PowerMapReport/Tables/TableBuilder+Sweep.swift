import PowerMap

/// The table of a loss-of-ally sweep: a report shows and writes it (`data/allies.csv`),
/// `sweep --csv` prints it.
extension TableBuilder {
  /// The ranking, most harmful first (rule 9), every row; pairs ranked by synergy add the damage
  /// beyond the two single losses.
  package func allies(_ result: SweepResult) -> ReportTable {
    let synergy = result.allies.contains { $0.synergy != nil }
    let rows = result.allies.enumerated().map { rank, ally -> [ReportCell] in
      let row: [ReportCell] = [
        .integer(rank + 1), actorList(ally.ids), .integer(ally.statusChanges), .signed(ally.deltaViability, digits: 2),
        .list(ally.failed, shown: ally.failed), .list(ally.improved, shown: ally.improved), actorList(ally.weakened),
        .flag(ally.articulationPoint),
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
      column("deltaViability", .deltaTotal, numeric: true), column("failed", .failed), column("improved", .improved),
      column("weakened", .weakened),
      column("articulationPoint", .cutPoint), column("fragmentation", .fragmentation, numeric: true),
    ]
    if synergy {
      columns += [
        column("synergyStatusChanges", .worseTogether, numeric: true),
        column("synergyDeltaViability", .deltaBeyond, numeric: true),
      ]
    }
    return ReportTable(id: "allies", columns: columns, rows: rows)
  }
}
