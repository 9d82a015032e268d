import PowerMap

/// Builds the overview of a big model (``MapOverview``) for the power map, or with `before` for
/// the scenario map: the most powerful actors drawn as on the full map, one node per group (level
/// and kind, or level alone: ``OverviewGrouping``) with its count, summed effective power and
/// power-weighted stance, one node for the actors the scenario removed, and one line per bundle of
/// relations with its summed weight.
struct OverviewMapBuilder {
  let context: MapContext
  let before: StakeholderAnalysis?

  /// The most bundles drawn between two actors drawn in full, and the most drawn that touch a
  /// group; the heaviest are kept (every relation still counts in the groups' tooltips).
  static let actorBundleLimit = 300
  static let groupBundleLimit = 250
  /// The side of the largest group, in points (twice an actor of power 1: four times its area).
  static let largestGroupSide = 2 * ActorNodeStyle.fullPowerSide * actorScale
  /// The overview draws its actors at this fraction of the full map's sides (area ∝ power still
  /// holds, at a smaller scale shown in the legend): the most powerful actors of a big model all
  /// have power near 1, and at full size their shapes, not their labels, would set the drawing's
  /// extent and shrink the labels on paper.
  static let actorScale = 0.6
  /// sfdp's spring length (its default is 0.3): shorter keeps the actors close to the groups they
  /// are tied to, so the drawing prints larger.
  static let springLength = 0.15
  /// Width over height of the rounded box of a group of several kinds (as the wide shapes').
  static let mixedGroupAspect = 1.45
  /// The smallest side of a group.
  static let smallestGroupSide = 34.0

  func drawing() -> MapDrawing {
    let strings = context.strings
    let state = context.analysis.state
    let overview = MapOverview(
      analysis: context.analysis, before: before, topCount: context.options.namedActors ?? MapOverview.topActorLimit,
      grouping: context.options.overviewGrouping)
    let actorBuilder = PowerMapBuilder(context: context, before: before)
    let drawnCount = overview.top.count + overview.groups.count + (overview.removed.isEmpty ? 0 : 1)
    var plan = LayoutPlan.choose(
      for: before == nil ? .power : .scenario, nodeCount: max(drawnCount, LayoutPlan.smallMapLimit + 1),
      override: context.options.layout)
    if plan.engine == "sfdp" { plan.attributes["K"] = .number(Self.springLength) }
    var graph = MapContext.baseGraph(name: before == nil ? "power_overview" : "scenario_overview", plan: plan)
    graph.nodeDefaults["margin"] = .plain("0.02,0.02")
    graph.nodes = overview.top.map { actorBuilder.actorNode(index: $0, scale: Self.actorScale) }
    let largest = overview.groups.map(\.power).max() ?? 0
    graph.nodes += overview.groups.indices.map { groupNode(overview, $0, largest: largest) }
    if !overview.removed.isEmpty { graph.nodes.append(removedNode(overview)) }
    let edges = bundleEdges(overview)
    graph.edges = edges.edges

    let drawnKinds = overview.top.map { state.actors[$0].actor.kind } + overview.groups.compactMap(\.kind)
    let anyOpposition =
      overview.top.contains { context.analysis.effectiveStance[$0] < 0 } || overview.groups.contains { $0.stance < 0 }
    var legend = [
      ActorNodeStyle.stanceSection(strings: strings, opposition: anyOpposition),
      groupSection(overview, largest: largest),
      ActorNodeStyle.kindSection(kinds: Set(drawnKinds), strings: strings),
      bundleSection(families: edges.families, heaviest: edges.heaviest, omitted: edges.omitted),
    ]
    var notes = [MapLegend.Item(.none, strings[.labelPowerStance])]
    if !overview.removed.isEmpty {
      notes.append(
        ActorNodeStyle.removedItem(strings: strings))
    }
    if before != nil { notes.append(MapLegend.Item(.none, "a → b: " + strings[.changeNote])) }
    notes.append(MapLegend.Item(.none, thresholdNote + strings[overview: .fullNote]))
    legend.append(MapLegend.Section(title: strings[.labelSection], items: notes))

    let title =
      (before == nil ? strings[.powerMapTitle] : strings[.scenarioTitle]) + " (" + strings[overview: .overviewTitle]
      + ") — " + context.model.name
    var subtitles = context.subtitles
    subtitles.insert(countLine(overview), at: 1)
    var drawing = MapDrawing(
      body: graph, plan: plan, title: title, subtitles: subtitles, legend: MapLegend(sections: legend))
    if plan.levelBands { drawing.bands = bands(overview, builder: actorBuilder) }
    return drawing
  }

  /// The level bands of the overview (``LevelBands``, as on the full map): its actors and groups by
  /// level, the node of the removed actors in the last band.
  private func bands(_ overview: MapOverview, builder: PowerMapBuilder) -> [LevelBands.Band] {
    let state = context.analysis.state
    var nodes = overview.top.map {
      (level: state.actors[$0].actor.level, name: PowerMapBuilder.nodeName(state.actors[$0].id))
    }
    nodes += overview.groups.indices.map {
      (level: overview.groups[$0].level, name: Self.nodeName(.group($0), overview: overview, state: state))
    }
    var clusters = builder.levelClusters(nodes)
    if !overview.removed.isEmpty, !clusters.isEmpty {
      clusters[clusters.count - 1].members.append(Self.nodeName(.removed, overview: overview, state: state))
    }
    return clusters.map { LevelBands.Band(cluster: $0) }
  }

  /// "10,000 actors: the 9 most powerful drawn one by one, 9,991 in 10 groups by level and kind"
  /// ("by level" where the groups are by level alone).
  private func countLine(_ overview: MapOverview) -> String {
    let total = context.analysis.state.actors.count
    let grouped = overview.groups.reduce(0) { $0 + $1.members.count }
    let removed = overview.removed.count
    let byKind = context.options.overviewGrouping == .levelAndKind
    return Localized(
      en:
        "\(total) actors: the \(overview.top.count) most powerful drawn one by one, \(grouped) in \(overview.groups.count) groups by level"
        + (byKind ? " and kind" : "") + (removed == 0 ? "" : ", \(removed) removed"),
      es:
        "\(total) actores: los \(overview.top.count) más poderosos uno a uno, \(grouped) en \(overview.groups.count) grupos por nivel"
        + (byKind ? " y tipo" : "") + (removed == 0 ? "" : ", \(removed) retirados")
    )[context.options.language]
  }

  /// "above 100 actors on A4 an overview; ": the threshold of the map's paper
  /// (``MapOverview/actorThreshold(kind:paper:)``), before the note on `--full`.
  private var thresholdNote: String {
    let options = context.options
    let threshold = MapOverview.actorThreshold(kind: options.kind, paper: options.paper)
    let paper = options.paper == .letter ? "letter" : options.paper.rawValue.uppercased()
    return Localized(
      en: "above \(threshold) actors on \(paper) an overview; ",
      es: "más de \(threshold) actores en \(paper): panorama; "
    )[options.language]
  }

  /// The node name of a drawn node.
  static func nodeName(_ node: MapOverview.Node, overview: MapOverview, state: ModelState) -> String {
    switch node {
    case .actor(let index): PowerMapBuilder.nodeName(state.actors[index].id)
    case .group(let position):
      "group:" + overview.groups[position].level.rawValue
        + (overview.groups[position].kind.map { ":" + $0.rawValue } ?? "")
    case .removed: "group:removed"
    }
  }

  /// The size of a group of summed power `power` and kind `kind` (nil: several kinds, a box),
  /// when the largest group has summed power `largest`, its sides times `scale`
  /// (``MapOptions/drawingScale``, as the actors').
  static func groupSize(kind: ActorKind?, power: Double, largest: Double, scale: Double = 1) -> (
    width: Double, height: Double
  ) {
    let fraction = largest > 0 ? max(power, 0) / largest : 0
    let side = largestGroupSide * scale
    let area = fraction * side * side
    let aspect = kind.map { ActorShape.aspect(of: $0) } ?? Self.mixedGroupAspect
    let width = max((area * aspect).squareRoot(), smallestGroupSide * scale * aspect)
    return (width, width / aspect)
  }

  /// The node of group `position`: the kind's shape (a rounded box for several kinds), sized by
  /// summed power, filled by the power-weighted stance, with a heavy outline.
  private func groupNode(_ overview: MapOverview, _ position: Int, largest: Double) -> DOTNode {
    let strings = context.strings
    let group = overview.groups[position]
    var attributes = ActorNodeStyle.attributes(kind: group.kind ?? .other, stance: group.stance, present: true)
    if group.kind == nil {
      attributes["shape"] = .plain("box")
      attributes["style"] = .plain("rounded,filled")
    }
    attributes.merge(Self.groupOutline)
    let size = Self.groupSize(
      kind: group.kind, power: group.power, largest: largest, scale: context.options.drawingScale)
    attributes["fixedsize"] = .plain("shape")
    attributes["width"] = .number(size.width / 72)
    attributes["height"] = .number(size.height / 72)
    let name = groupTitle(group)
    var power = "Σ " + MapNumber.plain(group.power)
    if let old = group.powerBefore, abs(old - group.power) >= PowerMapBuilder.changeTolerance {
      power = "Σ " + MapNumber.plain(old) + " → " + MapNumber.plain(group.power)
    }
    let values =
      "\(group.members.count) " + strings[overview: group.members.count == 1 ? .actor : .actors] + "\n" + power + " · "
      + MapNumber.signed(group.stance)
    attributes["label"] = .html(
      HTMLLabel.text(MapText.wrapped(name, width: PowerMapBuilder.nameWidth)).bold.font(size: MapTypography.valueSize)
        + .lineBreak + HTMLLabel.text(values).font(size: MapTypography.valueSize))
    attributes["tooltip"] = .text(groupTooltip(group, title: name + "\n" + values))
    return DOTNode(Self.nodeName(.group(position), overview: overview, state: context.analysis.state), attributes)
  }

  /// "Federal · agency", or "Federal · several kinds" for a group of several kinds.
  func groupTitle(_ group: MapOverview.Group) -> String {
    context.strings.level(group.level) + " · "
      + (group.kind.map { context.strings.kind($0) } ?? context.strings[overview: .severalKinds])
  }

  /// The outline that sets a group apart from an actor.
  static let groupOutline: DOTAttributes = ["penwidth": .number(2.2), "color": .plain(MapPalette.groupOutline)]

  /// The group's values, the relations inside it and its ten most powerful members.
  private func groupTooltip(_ group: MapOverview.Group, title: String) -> String {
    let strings = context.strings
    let state = context.analysis.state
    var lines = [title]
    lines.append(
      strings[overview: .insideGroup] + ": \(group.internalCount), Σ " + MapNumber.plain(group.internalWeight))
    if group.kind == nil {
      var counts: [ActorKind: Int] = [:]
      for index in group.members { counts[state.actors[index].actor.kind, default: 0] += 1 }
      let kinds = ActorKind.allCases.compactMap { kind in counts[kind].map { "\($0) " + strings.kind(kind) } }
      lines.append(strings[overview: .kindsInGroup] + ": " + kinds.joined(separator: ", "))
    }
    lines.append(strings[overview: .mostPowerful] + ":")
    for index in group.members.prefix(10) {
      lines.append(
        "  " + state.actors[index].actor.short + " " + MapNumber.plain(context.analysis.effectivePower[index]) + " · "
          + MapNumber.signed(context.analysis.effectiveStance[index]))
    }
    if group.members.count > 10 { lines.append("  …") }
    return lines.joined(separator: "\n")
  }

  /// The node of the actors the scenario removed: dashed and grey, with their count and their
  /// summed effective power before the scenario.
  private func removedNode(_ overview: MapOverview) -> DOTNode {
    let strings = context.strings
    let state = context.analysis.state
    var attributes = ActorNodeStyle.attributes(kind: .other, stance: 0, present: false)
    attributes["shape"] = .plain("box")
    let old = before?.effectivePower ?? []
    let powerBefore = overview.removed.reduce(0) { $0 + ($1 < old.count ? old[$1] : 0) }
    let values =
      "\(overview.removed.count) " + strings[overview: overview.removed.count == 1 ? .actor : .actors] + "\nΣ "
      + MapNumber.plain(powerBefore)
      + " → 0.00"
    attributes["label"] = .html(
      HTMLLabel.text(strings[overview: .removedGroup]).bold.font(size: MapTypography.nameSize) + .lineBreak
        + HTMLLabel.text(values).font(size: MapTypography.valueSize))
    let names = overview.removed.prefix(20).map { "  " + state.actors[$0].actor.short }
    attributes["tooltip"] = .text(
      ([strings[overview: .removedGroup] + ": \(overview.removed.count)"] + names
        + (overview.removed.count > 20 ? ["  …"] : [])).joined(separator: "\n"))
    return DOTNode(Self.nodeName(.removed, overview: overview, state: state), attributes)
  }

  /// Sizes: three actors to scale, then a group sample and the note on the groups' scale.
  private func groupSection(_ overview: MapOverview, largest: Double) -> MapLegend.Section {
    var section = PowerMapBuilder(context: context, before: before).powerSection(scale: Self.actorScale)
    var sample = ActorNodeStyle.attributes(kind: .agency, stance: 0, present: true)
    sample.merge(Self.groupOutline)
    sample["shape"] = .plain("box")
    if overview.groups.contains(where: { $0.kind != nil }) {
      section.items.append(
        MapLegend.Item(.node(sample, width: 34, height: 20), context.strings[overview: .groupNote]))
    }
    if overview.groups.contains(where: { $0.kind == nil }) {
      sample["style"] = .plain("rounded,filled")
      section.items.append(
        MapLegend.Item(.node(sample, width: 34, height: 20), context.strings[overview: .mixedGroupNote]))
    }
    section.items.append(MapLegend.Item(.none, context.strings[overview: .groupSizeNote]))
    return section
  }
}
