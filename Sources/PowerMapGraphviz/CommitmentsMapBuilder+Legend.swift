import PowerMap

extension CommitmentsMapBuilder {
  /// The legend: statuses, the needs' net-support scale, the lines and the obstacle, the actors'
  /// stance (and removal), their kinds and, with advice, the recommended engagements.
  func legend(kinds: Set<ActorKind>, opposition: Bool, removed: Bool, advice: Bool) -> MapLegend {
    let strings = context.strings
    var stance = ActorNodeStyle.stanceSection(strings: strings, opposition: opposition)
    stance.items.append(MapLegend.Item(.none, strings[.labelPowerStanceShort]))
    if removed {
      stance.items.append(
        ActorNodeStyle.removedItem(strings: strings))
      stance.items.append(
        MapLegend.Item(
          .edge(["color": .plain(MapPalette.cutRelation), "penwidth": .number(1.5), "arrowhead": .plain("normal")]),
          strings[.removedListing]))
    }
    var sections = [
      MapLegend.Section(title: strings[.statusSection], items: statusItems()),
      MapLegend.Section(title: strings[.dimensionSection], items: needItems()),
      MapLegend.Section(title: strings[.relationSection], items: lineItems()),
      stance,
      ActorNodeStyle.kindSection(kinds: kinds, strings: strings),
    ]
    if advice {
      sections.insert(AdviceMarks.legendSection(language: context.options.language), at: 1)
    }
    return MapLegend(sections: sections)
  }

  /// One sample commitment per status.
  private func statusItems() -> [MapLegend.Item] {
    CommitmentStatus.allCases.map { status in
      let style = MapPalette.statusStyle(status)
      return MapLegend.Item(
        .node(
          [
            "shape": .plain("box"), "style": .plain(style.style), "fillcolor": .plain(MapPalette.statusFill(status)),
            "peripheries": .number(Double(style.peripheries)), "penwidth": .number(style.penwidth),
            "color": .plain(MapPalette.outline),
          ], width: 34, height: 18),
        context.strings.status(status))
    }
  }

  /// The net-support scale of the needs, −1 to 1, and the weakest need's bold border.
  private func needItems() -> [MapLegend.Item] {
    let strings = context.strings
    return [-1.0, -0.5, 0, 0.5, 1].map { value in
      MapLegend.Item(
        .node(
          [
            "shape": .plain("box"), "style": .plain("rounded,filled"),
            "fillcolor": .plain(MapPalette.netSupportFill(value)),
            "color": .plain(MapPalette.outline),
          ], width: 34, height: 14),
        MapNumber.signed(value)
          + (value < 0 ? "  " + strings[.stanceOpposes] : value > 0 ? "  " + strings[.stanceSupports] : ""))
    } + [
      MapLegend.Item(
        .node(
          [
            "shape": .plain("box"), "style": .plain("rounded,filled,bold"),
            "fillcolor": .plain(MapPalette.netSupportFill(0.2)),
            "color": .plain(MapPalette.outline), "penwidth": .number(2),
          ], width: 34, height: 14),
        strings[.weakestDimension])
    ]
  }

  /// The edges (supporting, opposing, blocking), the obstacle and what an edge's width means.
  private func lineItems() -> [MapLegend.Item] {
    let strings = context.strings
    return [
      MapLegend.Item(
        .edge(["color": .plain(MapPalette.supportEdge), "penwidth": .number(1.5), "arrowhead": .plain("normal")]),
        strings[.supportsEdge]),
      MapLegend.Item(
        .edge(
          [
            "color": .plain(RelationStyle.color(of: .conflict)), "penwidth": .number(1.5), "style": .plain("dashed"),
            "arrowhead": .plain("normal"),
          ]), strings[.opposesEdge]),
      MapLegend.Item(
        .edge([
          "color": .plain(RelationStyle.color(of: .conflict)), "penwidth": .number(2), "style": .plain("bold"),
          "arrowhead": .plain("tee"),
        ]),
        strings[.blocksEdge]),
      MapLegend.Item(
        .node(
          [
            "shape": .plain("octagon"), "style": .plain("filled"), "fillcolor": .plain(MapPalette.obstacleFill),
            "color": .plain(RelationStyle.color(of: .conflict)),
          ], width: 30, height: 22), strings[.obstacleNote]),
      MapLegend.Item(.none, strings[.widthIsWeight]),
    ]
  }
}
