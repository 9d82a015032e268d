import PowerMap

/// The tables of MACTOR: a report shows and writes them (`data/mactor-*.csv`), `powermap mactor`
/// prints them.
extension TableBuilder {
  /// The balance of power, by r* (most first, ties by id).
  package func mactorBalance(_ mactor: Mactor) -> ReportTable {
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

  /// MIDI, rows and columns in MACTOR's actor order, columns numbered like the rows.
  package func mactorMIDI(_ mactor: Mactor) -> ReportTable {
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

  /// Mobilisation on each objective (3MAO), objectives shown by `titles` (their ids where it has none).
  package func mactorObjectives(_ mactor: Mactor, titles: [String: String] = [:]) -> ReportTable {
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
