import PowerMap

extension CommitmentMapBuilder {
  /// The obstacles that block the commitment, in model order, in one table: for each, its title,
  /// kind, severity and pressure (severity × (1 − mitigation) × opposition, from the analysis), its
  /// holders and its mitigators with their effective stance; nil when none blocks it.
  func obstaclesLabel(_ viability: CommitmentViability) -> HTMLLabel? {
    let pressures = context.analysis.evaluation.obstacles
    let blocking = context.model.obstacles.enumerated().filter { viability.obstacles.contains($0.element.id) }
    guard !blocking.isEmpty else { return nil }
    let strings = context.strings
    let size = MapTypography.tableValueSize
    var rows = [
      Self.cell(
        strings[.obstacleSection] + " · Σ " + strings[.pressure] + " " + MapNumber.plain(viability.obstaclePressure),
        size: MapTypography.tableNameSize, bold: true)
    ]
    for (index, obstacle) in blocking {
      let pressure = pressures[index]
      rows.append("<HR/>")
      rows.append(Self.cell(MapText.wrapped(obstacle.title, width: 34), size: MapTypography.tableNameSize, bold: true))
      rows.append(
        Self.cell(
          strings.obstacle(obstacle.kind) + " · " + strings[.pressure] + " " + MapNumber.plain(pressure.pressure)
            + " = " + MapNumber.plain(obstacle.severity) + " × (1 − " + MapNumber.plain(pressure.mitigation) + ") × "
            + MapNumber.plain(pressure.opposition), size: size))
      if !obstacle.holders.isEmpty {
        rows.append(
          Self.cell(MapText.wrapped(strings[.heldBy] + ": " + names(obstacle.holders), width: 40), size: size))
      }
      if !obstacle.mitigators.isEmpty {
        rows.append(
          Self.cell(MapText.wrapped(strings[.mitigatedBy] + ": " + names(obstacle.mitigators), width: 40), size: size))
      }
    }
    return Self.table(rows, border: 1, color: RelationStyle.color(of: .conflict), fill: MapPalette.obstacleFill)
  }

  /// "Name (s* +0.40), …": the actors' short names with their effective stance, removed ones marked.
  private func names(_ ids: [String]) -> String {
    let state = context.analysis.state
    return ids.map { id in
      guard let index = state.index(of: id) else { return id }
      let actor = state.actors[index]
      guard actor.present else { return actor.actor.short + " (" + context.strings[.removedActor] + ")" }
      return actor.actor.short + " (" + MapNumber.signed(context.analysis.effectiveStance[index]) + ")"
    }.joined(separator: ", ")
  }

  /// The legend: how to read the numbers, the stance fill of s*, and the blocking line.
  func legend(hasObstacles: Bool) -> MapLegend {
    let strings = context.strings
    let language = context.options.language
    var reading = [CommitmentMapStrings.Key.symbols, .netRule, .viabilityRule].map {
      MapLegend.Item(.none, CommitmentMapStrings.text($0, language))
    }
    if hasObstacles {
      reading.append(MapLegend.Item(.none, CommitmentMapStrings.text(.pressureRule, language)))
      reading.append(
        MapLegend.Item(
          .edge([
            "color": .plain(RelationStyle.color(of: .conflict)), "penwidth": .number(2.5), "arrowhead": .plain("tee"),
          ]), strings[.blocksEdge]))
    }
    let stance = [-1.0, 0, 1].map { value in
      MapLegend.Item(
        .node(
          [
            "shape": .plain("box"), "style": .plain("filled"), "fillcolor": .plain(MapPalette.stanceFill(value)),
            "color": .plain(MapPalette.outline),
          ], width: 30, height: 14),
        MapNumber.signed(value) + "  "
          + strings[value < 0 ? .stanceOpposes : value > 0 ? .stanceSupports : .stanceNeutral])
    }
    return MapLegend(sections: [
      MapLegend.Section(title: CommitmentMapStrings.text(.readingSection, language), items: reading),
      MapLegend.Section(title: strings[.stanceSection], items: stance),
    ])
  }
}
