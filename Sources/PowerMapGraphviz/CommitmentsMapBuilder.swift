import PowerMap

/// Builds the commitments map: left to right, the actors a commitment needs → its authority,
/// acceptance and ability (each with its net support, filled on the stance scale) → the
/// commitment (filled by status, with V and its owner); the obstacles that block it point at it,
/// with their pressure, holders and mitigators in their label.
///
/// Only actors listed in some commitment (or owning one) are drawn. An actor → need edge is solid
/// when the actor supports (effective stance ≥ 0) and dashed vermillion when it opposes; its width
/// grows with the actor's weight in that dimension, p̂·q. Status is carried by fill, by outline
/// (solid, dashed, double) and by the words in the label, so it reads in greyscale.
struct CommitmentsMapBuilder {
  let context: MapContext

  /// Titles are wrapped at about this many characters.
  static let titleWidth = 30

  func drawing() -> MapDrawing {
    let strings = context.strings
    let analysis = context.analysis
    let state = analysis.state
    let model = context.model

    var listed: [Int] = []
    var seen = Set<Int>()
    for commitment in model.commitments {
      for id in [commitment.owner] + commitment.needs.allListings {
        if let index = state.index(of: id), seen.insert(index).inserted { listed.append(index) }
      }
    }
    listed.sort()
    let needCount = model.commitments.reduce(0) { count, commitment in
      count + commitment.needs.dimensions.filter { !$0.actors.isEmpty }.count
    }
    let nodeCount = listed.count + needCount + model.commitments.count + model.obstacles.count
    let plan = LayoutPlan.choose(for: .commitments, nodeCount: nodeCount, override: context.options.layout)
    var graph = MapContext.baseGraph(name: "commitments_map", plan: plan)
    graph.nodeDefaults["margin"] = .plain("0.08,0.04")

    var anyOpposition = false
    var anyRemoved = false
    for index in listed {
      let actor = state.actors[index]
      if !actor.present { anyRemoved = true }
      let power = analysis.effectivePower[index]
      let stance = analysis.effectiveStance[index]
      if actor.present && stance < 0 { anyOpposition = true }
      var attributes = ActorNodeStyle.attributes(kind: actor.actor.kind, stance: stance, present: actor.present)
      if ActorShape.shape(of: actor.actor.kind) == "circle" {
        // A circle grows to hold its whole label, which would read as power: keep it small.
        attributes["fixedsize"] = .plain("shape")
        attributes["width"] = .number(0.55)
        attributes["height"] = .number(0.55)
      }
      var name = MapText.wrapped(actor.actor.short, width: 18)
      if !actor.present { name += " (" + strings[.removedActor] + ")" }
      attributes["label"] = .html(
        HTMLLabel.text(name).bold.font(size: MapTypography.nameSize) + .lineBreak
          + HTMLLabel.text(MapNumber.plain(power) + " · " + MapNumber.signed(stance)).font(
            size: MapTypography.valueSize))
      attributes["tooltip"] = .text(
        ActorNodeStyle.tooltip(
          actor: actor, effectivePower: power, effectiveStance: stance, quadrant: analysis.quadrants[index],
          salience: analysis.salience[index], strings: strings))
      graph.nodes.append(DOTNode(PowerMapBuilder.nodeName(actor.id), attributes))
    }

    var edgeIndex = 0
    func nextID() -> DOTValue {
      defer { edgeIndex += 1 }
      return .plain("edge:\(edgeIndex)")
    }
    var statuses = Set<CommitmentStatus>()
    for (position, commitment) in model.commitments.enumerated() {
      let viability = analysis.viabilities[position]
      statuses.insert(viability.status)
      let commitmentNode = "commitment:" + commitment.id
      let style = MapPalette.statusStyle(viability.status)
      let owner = state.actor(commitment.owner)?.actor.short ?? commitment.owner
      let statusLine =
        strings.status(viability.status).uppercased() + " · " + strings[.viability] + " "
        + MapNumber.signed(viability.viability)
      graph.nodes.append(
        DOTNode(
          commitmentNode,
          [
            "shape": .plain("box"), "style": .plain(style.style), "peripheries": .number(Double(style.peripheries)),
            "penwidth": .number(style.penwidth), "fillcolor": .plain(MapPalette.statusFill(viability.status)),
            "color": .plain(MapPalette.outline),
            "label": .html(
              HTMLLabel.text(MapText.wrapped(commitment.title, width: Self.titleWidth)).bold
                .font(size: MapTypography.nameSize) + .lineBreak
                + HTMLLabel.text(statusLine).font(size: MapTypography.valueSize) + .lineBreak
                + HTMLLabel.text(strings[.owner] + ": " + owner).font(size: MapTypography.valueSize)),
            "tooltip": .text(
              commitment.title + "\n" + statusLine + "\n" + strings[.owner] + ": " + owner + "\n"
                + strings[.pressure] + " " + MapNumber.plain(viability.obstaclePressure)),
          ]))
      for (dimension, ids) in commitment.needs.dimensions where !ids.isEmpty {
        let needNode = "need:" + commitment.id + ":" + dimension.rawValue
        let score = viability.dimensions[dimension]
        let weakest = viability.weakestDimension == dimension
        graph.nodes.append(
          DOTNode(
            needNode,
            [
              "shape": .plain("box"), "style": .plain(weakest ? "rounded,filled,bold" : "rounded,filled"),
              "fillcolor": .plain(MapPalette.netSupportFill(score)), "color": .plain(MapPalette.outline),
              "penwidth": .number(weakest ? 2 : 1), "fontsize": .number(MapTypography.valueSize),
              "label": .html(
                HTMLLabel.text(strings.dimension(dimension)).bold
                  + HTMLLabel.text(
                    " " + (score.map(MapNumber.signed) ?? "—"))),
              "tooltip": .text(
                commitment.title + "\n" + strings.dimension(dimension) + " " + (score.map(MapNumber.signed) ?? "—")),
            ]))
        graph.edges.append(
          DOTEdge(
            from: needNode, to: commitmentNode,
            ["color": .plain("#595959"), "penwidth": .number(1.2), "arrowhead": .plain("normal"), "id": nextID()]))
        for id in Set(ids).sorted() {
          guard let index = state.index(of: id) else { continue }
          let actor = state.actors[index]
          let stance = analysis.effectiveStance[index]
          let weight = actor.present ? analysis.effectivePower[index] * actor.interest : 0
          var attributes: DOTAttributes = [
            "penwidth": .number(RelationStyle.penWidth(weight)), "arrowhead": .plain("normal"),
            "arrowsize": .number(0.7), "id": nextID(),
            "tooltip": .text(
              actor.actor.short + " → " + strings.dimension(dimension) + " (" + commitment.title + "): "
                + strings[.power] + " " + MapNumber.plain(analysis.effectivePower[index]) + " · " + strings[.stance]
                + " " + MapNumber.signed(stance)),
          ]
          if stance < 0 {
            attributes["color"] = .plain(RelationStyle.color(of: .conflict))
            attributes["style"] = .plain("dashed")
          } else {
            attributes["color"] = .plain("#6e6e6e")
          }
          if !actor.present { attributes["color"] = .plain(MapPalette.cutRelation) }
          graph.edges.append(DOTEdge(from: PowerMapBuilder.nodeName(id), to: needNode, attributes))
        }
      }
    }

    for (position, obstacle) in model.obstacles.enumerated() {
      let pressure = analysis.evaluation.obstacles[position]
      let node = "obstacle:" + obstacle.id
      func names(_ ids: [String]) -> String {
        ids.map { state.actor($0)?.actor.short ?? $0 }.joined(separator: ", ")
      }
      var lines = [
        strings.obstacle(obstacle.kind) + " · " + strings[.severity] + " " + MapNumber.plain(obstacle.severity) + " · "
          + strings[.pressure] + " " + MapNumber.plain(pressure.pressure)
      ]
      if !obstacle.holders.isEmpty { lines.append(strings[.heldBy] + ": " + names(obstacle.holders)) }
      if !obstacle.mitigators.isEmpty { lines.append(strings[.mitigatedBy] + ": " + names(obstacle.mitigators)) }
      let details = lines.map { MapText.wrapped($0, width: 30) }.joined(separator: "\n")
      graph.nodes.append(
        DOTNode(
          node,
          [
            "shape": .plain("octagon"), "style": .plain("filled"), "fillcolor": .plain("#fbe3d6"),
            "color": .plain(RelationStyle.color(of: .conflict)), "penwidth": .number(1.4),
            "label": .html(
              HTMLLabel.text(MapText.wrapped(obstacle.title, width: Self.titleWidth)).bold
                .font(size: MapTypography.valueSize + 1) + .lineBreak
                + HTMLLabel.text(details).font(size: MapTypography.valueSize - 1)),
            "tooltip": .text(obstacle.title + "\n" + details),
          ]))
      for commitment in Set(obstacle.blocks).sorted() where model.commitments.contains(where: { $0.id == commitment }) {
        graph.edges.append(
          DOTEdge(
            from: node, to: "commitment:" + commitment,
            [
              "color": .plain(RelationStyle.color(of: .conflict)), "penwidth": .number(0.8 + 3 * pressure.pressure),
              "arrowhead": .plain("tee"), "style": .plain("bold"), "id": nextID(),
              "tooltip": .text(
                obstacle.title + " → " + commitment + ": " + strings[.pressure] + " "
                  + MapNumber.plain(pressure.pressure)),
            ]))
      }
    }

    let summary = analysis.evaluation.plan
    var subtitles = context.subtitles
    subtitles.insert(
      [
        (strings.status(.viable), summary.viable), (strings.status(.atRisk), summary.atRisk),
        (strings.status(.blocked), summary.blocked),
      ].map { "\($0.0) \($0.1)" }.joined(separator: " · ") + " · HHI " + MapNumber.plain(summary.concentration), at: 1)
    return MapDrawing(
      body: graph, plan: plan, title: strings[.commitmentsTitle] + " — " + model.name, subtitles: subtitles,
      legend: legend(
        kinds: Set(listed.map { state.actors[$0].actor.kind }), opposition: anyOpposition, removed: anyRemoved))
  }

  private func legend(kinds: Set<ActorKind>, opposition: Bool, removed: Bool) -> MapLegend {
    let strings = context.strings
    let statusItems = CommitmentStatus.allCases.map { status in
      let style = MapPalette.statusStyle(status)
      return MapLegend.Item(
        .node(
          [
            "shape": .plain("box"), "style": .plain(style.style), "fillcolor": .plain(MapPalette.statusFill(status)),
            "peripheries": .number(Double(style.peripheries)), "penwidth": .number(style.penwidth),
            "color": .plain(MapPalette.outline),
          ], width: 34, height: 18),
        strings.status(status))
    }
    let needItems =
      [-1.0, -0.5, 0, 0.5, 1].map { value in
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
    let lineItems = [
      MapLegend.Item(
        .edge(["color": .plain("#6e6e6e"), "penwidth": .number(1.5), "arrowhead": .plain("normal")]),
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
            "shape": .plain("octagon"), "style": .plain("filled"), "fillcolor": .plain("#fbe3d6"),
            "color": .plain(RelationStyle.color(of: .conflict)),
          ], width: 30, height: 22), strings[.obstacleNote]),
      MapLegend.Item(.none, strings[.widthIsWeight]),
    ]
    var stance = ActorNodeStyle.stanceSection(strings: strings, opposition: opposition)
    stance.items.append(MapLegend.Item(.none, strings[.labelPowerStanceShort]))
    if removed {
      stance.items.append(
        MapLegend.Item(
          .node(
            ActorNodeStyle.attributes(kind: .other, stance: 0, present: false).with("shape", .plain("box")), width: 30,
            height: 16), strings[.removedNote]))
      stance.items.append(
        MapLegend.Item(
          .edge(["color": .plain(MapPalette.cutRelation), "penwidth": .number(1.5), "arrowhead": .plain("normal")]),
          strings[.removedListing]))
    }
    return MapLegend(sections: [
      MapLegend.Section(title: strings[.statusSection], items: statusItems),
      MapLegend.Section(title: strings[.dimensionSection], items: needItems),
      MapLegend.Section(title: strings[.relationSection], items: lineItems),
      stance,
      ActorNodeStyle.kindSection(kinds: kinds, strings: strings),
    ])
  }
}
