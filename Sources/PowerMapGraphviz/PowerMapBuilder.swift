import PowerMap

/// Builds the power map (and the network part of the scenario map): one node per actor, area ∝
/// effective power, fill by effective stance, shape by kind, clusters by level where the engine
/// draws them, one edge per relation styled by kind with pen width by weight.
///
/// Removed actors stay on the map, dashed and grey. With a `before` analysis (the scenario map)
/// labels show "before → after" for every power or stance that changed, relations the scenario
/// cut are drawn grey and relations it added are labelled.
struct PowerMapBuilder {
  let context: MapContext
  /// The analysis of the model without the scenarios, for the scenario map; nil for the power map.
  let before: StakeholderAnalysis?

  /// Changes smaller than this are not labelled.
  static let changeTolerance = 0.005

  /// The power map (or, with `before`, the scenario map's network) as a drawing.
  func drawing() -> MapDrawing {
    let strings = context.strings
    let state = context.analysis.state
    if MapOverview.applies(actorCount: state.actors.count, options: context.options) {
      return OverviewMapBuilder(context: context, before: before).drawing()
    }
    let plan = LayoutPlan.choose(
      for: before == nil ? .power : .scenario, nodeCount: state.actors.count, override: context.options.layout)
    var graph = MapContext.baseGraph(name: before == nil ? "power_map" : "scenario_map", plan: plan)
    graph.nodeDefaults["margin"] = .plain("0.02,0.02")

    var anyOpposition = false
    var anyRemoved = false
    var anyAdded = false
    for (index, actor) in state.actors.enumerated() {
      if actor.present && context.analysis.effectiveStance[index] < 0 { anyOpposition = true }
      if !actor.present { anyRemoved = true }
      if before != nil && index >= state.modelActorCount { anyAdded = true }
      graph.nodes.append(actorNode(index: index))
    }
    let clusters = plan.clustersByLevel || plan.levelBands ? levelClusters(state: state) : []
    if plan.clustersByLevel { graph.clusters = clusters }

    let relations = relationEdges(state: state)
    graph.edges = relations.edges
    let legend = [
      ActorNodeStyle.stanceSection(strings: strings, opposition: anyOpposition),
      powerSection(),
      ActorNodeStyle.kindSection(kinds: Set(state.actors.map(\.actor.kind)), strings: strings),
      ActorNodeStyle.relationSection(kinds: relations.kinds, strings: strings),
      MapLegend.Section(
        title: strings[.labelSection],
        items: labelNotes(
          levelBoxes: !clusters.isEmpty, removed: anyRemoved, added: anyAdded, cut: relations.anyCut,
          new: relations.anyNew)),
    ]

    let title = (before == nil ? strings[.powerMapTitle] : strings[.scenarioTitle]) + " — " + context.model.name
    var drawing = MapDrawing(
      body: graph, plan: plan, title: title, subtitles: context.subtitles, legend: MapLegend(sections: legend))
    if plan.levelBands { drawing.bands = clusters.map { LevelBands.Band(cluster: $0) } }
    return drawing
  }

  /// The legend's notes: what a label shows, level boxes, removed and added actors, and on the
  /// scenario map what changed and the relations it cut or added.
  private func labelNotes(levelBoxes: Bool, removed: Bool, added: Bool, cut: Bool, new: Bool) -> [MapLegend.Item] {
    let strings = context.strings
    var notes: [MapLegend.Item] = [MapLegend.Item(.none, strings[.labelPowerStance])]
    // Above 60 actors some are labelled by id (PowerMapBuilder+ShortLabels).
    if context.analysis.state.actors.indices.contains(where: { !labelsInFull($0) }) {
      notes.append(MapLegend.Item(.none, shortLabelNote))
    }
    if levelBoxes {
      notes.append(
        MapLegend.Item(
          .node(
            [
              "shape": .plain("box"), "style": .plain("rounded,filled"), "fillcolor": .plain(Self.clusterFill),
              "color": .plain(Self.clusterLine),
            ], width: 30, height: 18),
          strings[.levelBoxesNote]))
    }
    if removed { notes.append(ActorNodeStyle.removedItem(strings: strings)) }
    if added {
      notes.append(
        MapLegend.Item(
          .node(
            ActorNodeStyle.attributes(kind: .other, stance: 0, present: true).with("shape", .plain("box")).with(
              "penwidth", .number(3)), width: 30, height: 16),
          strings[.addedNote]))
    }
    if before != nil {
      notes.append(MapLegend.Item(.none, "a → b: " + strings[.changeNote]))
      if cut {
        notes.append(MapLegend.Item(.edge(cutAttributes(kind: .influence, weight: 0.5)), strings[.cutRelation]))
      }
      if new {
        notes.append(MapLegend.Item(.none, "“+ " + strings[.newRelation] + "”: " + strings[.newRelation]))
      }
    }
    return notes
  }

  /// The node of the actor at `index`: area ∝ effective power, fill by effective stance, shape by
  /// kind, a thick outline when a scenario added it, the label and the tooltip.
  /// `scale` shrinks the node's sides (the overview's actors, ``OverviewMapBuilder/actorScale``).
  func actorNode(index: Int, scale: Double = 1) -> DOTNode {
    let actor = context.analysis.state.actors[index]
    let power = context.analysis.effectivePower[index]
    let stance = context.analysis.effectiveStance[index]
    var attributes = ActorNodeStyle.attributes(kind: actor.actor.kind, stance: stance, present: actor.present)
    // A removed actor keeps the size it had before the scenario.
    let drawnPower =
      !actor.present && index < (before?.effectivePower.count ?? 0) ? before?.effectivePower[index] ?? power : power
    let size = ActorNodeStyle.size(
      kind: actor.actor.kind, power: drawnPower, scale: scale * context.options.drawingScale)
    var shape = ActorShape.shape(of: actor.actor.kind)
    if case .plain(let name)? = attributes["shape"] { shape = name }
    let drawn = ActorNodeStyle.wholePoints(size, shape: shape)
    attributes["shape"] = .plain(drawn.shape)
    attributes["fixedsize"] = .plain("shape")
    attributes["width"] = .number(drawn.width / 72)
    attributes["height"] = .number(drawn.height / 72)
    let isAdded = before != nil && index >= context.analysis.state.modelActorCount
    if isAdded { attributes["penwidth"] = .number(3) }
    attributes["label"] = .html(
      labelsInFull(index)
        ? label(index: index, actor: actor, power: power, stance: stance, added: isAdded)
        : Self.shortLabel(id: actor.id))
    attributes["tooltip"] = .text(
      ActorNodeStyle.tooltip(
        actor: actor, effectivePower: power, effectiveStance: stance, quadrant: context.analysis.quadrants[index],
        salience: context.analysis.salience[index], strings: context.strings))
    return DOTNode(Self.nodeName(actor.id), attributes)
  }

  /// The node name of an actor.
  static func nodeName(_ id: String) -> String { "actor:" + id }

  static let clusterFill = MapPalette.clusterFill
  static let clusterLine = MapPalette.clusterLine

  /// The label: the short name (wrapped), then effective power and stance, "before → after" when
  /// they changed.
  private func label(index: Int, actor: ActorState, power: Double, stance: Double, added: Bool) -> HTMLLabel {
    let strings = context.strings
    var name = MapText.wrapped(actor.actor.short, width: Self.nameWidth)
    if !actor.present { name += "\n(" + strings[.removedActor] + ")" }
    if added { name += "\n(" + strings[.addedActor] + ")" }
    var values = [MapNumber.plain(power) + " · " + MapNumber.signed(stance)]
    if !actor.present, let before, index < before.state.actors.count {
      // A removed actor shows its values before the scenario, with no change: it is gone, not
      // weakened.
      values = [MapNumber.plain(before.effectivePower[index]) + " · " + MapNumber.signed(before.effectiveStance[index])]
    } else if let before, index < before.state.actors.count {
      let oldPower = before.effectivePower[index]
      let oldStance = before.effectiveStance[index]
      let powerChanged = abs(oldPower - power) >= Self.changeTolerance
      let stanceChanged = abs(oldStance - stance) >= Self.changeTolerance
      if powerChanged || stanceChanged {
        values = [
          powerChanged ? MapNumber.plain(oldPower) + " → " + MapNumber.plain(power) : MapNumber.plain(power),
          stanceChanged ? MapNumber.signed(oldStance) + " → " + MapNumber.signed(stance) : MapNumber.signed(stance),
        ]
      }
    }
    let nameSize = (MapTypography.nameSize * context.options.nameScale).rounded(.up)
    return HTMLLabel.text(name).bold.font(size: nameSize) + .lineBreak
      + HTMLLabel.text(values.joined(separator: "\n")).font(size: MapTypography.valueSize)
  }

  /// Names are wrapped at about this many characters.
  static let nameWidth = 14

  /// One cluster per level with at least one actor, in level order.
  private func levelClusters(state: ModelState) -> [DOTCluster] {
    levelClusters(state.actors.map { ($0.actor.level, Self.nodeName($0.id)) })
  }

  /// One cluster per level with at least one of `nodes` (a level and a node name each), in level
  /// order (the overview's bands hold its actors and groups).
  func levelClusters(_ nodes: [(level: ActorLevel, name: String)]) -> [DOTCluster] {
    ActorLevel.allCases.compactMap { level in
      let members = nodes.filter { $0.level == level }.map(\.name)
      guard !members.isEmpty else { return nil }
      return DOTCluster(
        name: "cluster_level_" + level.rawValue,
        attributes: [
          "label": .html(HTMLLabel.text(context.strings.level(level)).bold), "style": .plain("rounded,filled"),
          "fillcolor": .plain(Self.clusterFill), "color": .plain(Self.clusterLine), "fontsize": .number(13),
          "fontcolor": .plain(MapTypography.mutedColor), "margin": .number(14),
        ],
        members: members)
    }
  }

  /// The label of a relation a scenario added.
  private var newRelationLabel: HTMLLabel {
    HTMLLabel.text("+ " + context.strings[.newRelation]).font(size: MapTypography.valueSize)
  }

  /// A relation the scenario cut: its kind's arrowheads, grey.
  func cutAttributes(kind: RelationKind, weight: Double) -> DOTAttributes {
    var attributes = RelationStyle.attributes(kind: kind, weight: weight)
    attributes["color"] = .plain(MapPalette.cutRelation)
    attributes["penwidth"] = .number(1)
    return attributes
  }

  /// The relations in force; with `before`, also the relations the scenario cut (grey) and a label
  /// on those it added.
  private func relationEdges(state: ModelState) -> (
    edges: [DOTEdge], kinds: Set<RelationKind>, anyCut: Bool, anyNew: Bool
  ) {
    let strings = context.strings
    var edges: [DOTEdge] = []
    var kinds = Set<RelationKind>()
    func key(_ relation: Relation) -> String {
      relation.from + "\u{1}" + relation.to + "\u{1}" + relation.kind.rawValue
    }
    var remainingBefore: [String: Int] = [:]
    if let before {
      for relation in before.state.relationList { remainingBefore[key(relation), default: 0] += 1 }
    }
    var anyNew = false
    for (index, relation) in state.relationList.enumerated() {
      kinds.insert(relation.kind)
      var attributes = RelationStyle.attributes(kind: relation.kind, weight: relation.weight)
      attributes["id"] = .plain("relation:\(index)")
      var tooltip = edgeTooltip(relation, state: state)
      if before != nil {
        if let count = remainingBefore[key(relation)], count > 0 {
          remainingBefore[key(relation)] = count - 1
        } else {
          anyNew = true
          attributes["label"] = .html(newRelationLabel)
          tooltip += "\n" + strings[.newRelation]
        }
      }
      attributes["tooltip"] = .text(tooltip)
      edges.append(DOTEdge(from: Self.nodeName(relation.from), to: Self.nodeName(relation.to), attributes))
    }
    var anyCut = false
    if let before {
      for (index, relation) in before.state.relationList.enumerated() {
        guard let count = remainingBefore[key(relation)], count > 0 else { continue }
        remainingBefore[key(relation)] = count - 1
        anyCut = true
        var attributes = cutAttributes(kind: relation.kind, weight: relation.weight)
        attributes["id"] = .plain("cut:\(index)")
        attributes["tooltip"] = .text(edgeTooltip(relation, state: before.state) + "\n" + strings[.cutRelation])
        edges.append(DOTEdge(from: Self.nodeName(relation.from), to: Self.nodeName(relation.to), attributes))
      }
    }
    return (edges, kinds, anyCut, anyNew)
  }

  private func edgeTooltip(_ relation: Relation, state: ModelState) -> String {
    let from = state.actor(relation.from)?.actor.short ?? relation.from
    let to = state.actor(relation.to)?.actor.short ?? relation.to
    return from + " → " + to + ": " + context.strings.relation(relation.kind) + ", " + MapNumber.plain(relation.weight)
  }

  /// Three circles at the map's scale: effective power 0.25, 0.5 and 1, the last with the note
  /// that area is proportional to power (beside the largest circle, it takes no row of its own).
  func powerSection(scale: Double = 1) -> MapLegend.Section {
    let strings = context.strings
    let items = [0.25, 0.5, 1.0].map { power in
      let size = ActorNodeStyle.size(kind: .citizens, power: power, scale: scale * context.options.drawingScale)
      return MapLegend.Item(
        .nodeToScale(
          [
            "shape": .plain("circle"), "style": .plain("filled"), "fillcolor": .plain(MapPalette.stanceFill(0)),
            "color": .plain(MapPalette.outline),
          ], width: size.width, height: size.height),
        strings[.power] + " " + MapNumber.plain(power) + (power == 1 ? "\n" + strings[.powerAreaNote] : ""))
    }
    return MapLegend.Section(title: strings[.powerSection], items: items)
  }
}
