import PowerMap

/// The table of rule 11's advice: a report writes it (`data/advise.csv`), `advise --csv` prints it.
extension TableBuilder {
  /// One row per engagement and recruitment of every result, in order: the scenario (empty for the
  /// model as it is), the commitment, the move, the actor, the scope or dimension, δ and V reached.
  package func advice(_ results: [AdviceResult]) -> ReportTable {
    var rows: [[ReportCell]] = []
    for result in results {
      let subject: ReportCell = result.scenario.map { .text($0.id) } ?? .empty
      for advice in result.commitments {
        for row in advice.engagements {
          rows.append([
            subject, .text(advice.id), .text("engagement"), .text(row.actor), .text(row.scope.rawValue),
            .number(row.delta, digits: 2), .signed(row.viability, digits: 2),
          ])
        }
        for row in advice.recruitments {
          rows.append([
            subject, .text(advice.id), .text("recruitment"), .text(row.actor), .text(row.dimension.rawValue), .empty,
            .signed(row.viability, digits: 2),
          ])
        }
      }
    }
    let columns = ["scenario", "commitment", "move", "actor", "where", "delta", "viability"].map { key in
      dataColumn(key, numeric: key == "delta" || key == "viability")
    }
    return ReportTable(id: "advise", columns: columns, rows: rows)
  }
}
