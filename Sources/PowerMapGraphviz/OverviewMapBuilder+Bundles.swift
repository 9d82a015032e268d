import Foundation
import PowerMap

extension OverviewMapBuilder {
  /// The edges of the bundles drawn: the heaviest bundle of every actor drawn in full, then the
  /// heaviest up to ``actorBundleLimit`` between two actors drawn in full and up to
  /// ``groupBundleLimit`` that touch a group; the families drawn, the heaviest drawn weight and how
  /// many bundles were left out.
  func bundleEdges(_ overview: MapOverview) -> (
    edges: [DOTEdge], families: Set<MapOverview.Family>, heaviest: Double, omitted: Int
  ) {
    let state = context.analysis.state
    var edges: [DOTEdge] = []
    var families = Set<MapOverview.Family>()
    var heaviest = 0.0
    var betweenActors = 0
    var touchingGroups = 0
    var omitted = 0
    // Every actor drawn in full keeps its heaviest bundle, so that none floats unconnected.
    var kept = Set<Int>()
    var anchored = Set<MapOverview.Node>()
    for (position, bundle) in overview.bundles.enumerated() {
      for node in [bundle.from, bundle.to] where node.isActor && anchored.insert(node).inserted {
        kept.insert(position)
      }
    }
    for (position, bundle) in overview.bundles.enumerated() {
      let actorsOnly = bundle.from.isActor && bundle.to.isActor
      let full = actorsOnly ? betweenActors >= Self.actorBundleLimit : touchingGroups >= Self.groupBundleLimit
      if full && !kept.contains(position) {
        omitted += 1
        continue
      }
      if actorsOnly { betweenActors += 1 } else { touchingGroups += 1 }
      families.insert(bundle.family)
      heaviest = max(heaviest, bundle.weight)
      let from = Self.nodeName(bundle.from, overview: overview, state: state)
      let to = Self.nodeName(bundle.to, overview: overview, state: state)
      var attributes = Self.bundleAttributes(family: bundle.family, weight: bundle.weight)
      attributes["id"] = .plain("bundle:\(position)")
      attributes["tooltip"] = .text(bundleTooltip(bundle, overview: overview))
      edges.append(DOTEdge(from: from, to: to, attributes))
    }
    return (edges, families, heaviest, omitted)
  }

  /// The style of a bundle: grey with a vee for ties, vermillion with bars at both ends for
  /// conflicts, light grey for relations cut; the width by ``bundleWidth(_:)``. Ties and conflicts
  /// are a little translucent (``MapPalette/bundleAlpha``): where many heavy bundles meet, their crossings
  /// show instead of one solid mass.
  static func bundleAttributes(family: MapOverview.Family, weight: Double) -> DOTAttributes {
    let width = bundleWidth(weight)
    // Graphviz grows arrowheads with the pen width: keep them about the size of a single relation's.
    let arrow = (0.8 * 2.4 / max(width, 2.4) * 100).rounded() / 100
    var attributes: DOTAttributes = ["penwidth": .number(width), "arrowsize": .number(max(arrow, 0.3))]
    switch family {
    case .ties:
      attributes["color"] = .plain(MapPalette.translucent(RelationStyle.color(of: .influence)))
      attributes["arrowhead"] = .plain("vee")
    case .conflict:
      attributes["color"] = .plain(MapPalette.translucent(RelationStyle.color(of: .conflict)))
      attributes["dir"] = .plain("both")
      attributes["arrowhead"] = .plain("tee")
      attributes["arrowtail"] = .plain("tee")
    case .cut:
      attributes["color"] = .plain(MapPalette.cutRelation)
      attributes["style"] = .plain("dashed")
      attributes["arrowhead"] = .plain("vee")
    }
    return attributes
  }

  /// The width of a bundle of summed weight `weight`: as a single relation up to 1
  /// (0.6 + 2.4·w), then 3 + log₂(w), at most 10 points.
  static func bundleWidth(_ weight: Double) -> Double {
    weight <= 1 ? RelationStyle.penWidth(weight) : min(3 + log2(weight), 10)
  }

  /// "A → B: 12 relations, Σ weight 4.51" (conflicts "A — B").
  private func bundleTooltip(_ bundle: MapOverview.Bundle, overview: MapOverview) -> String {
    let strings = context.strings
    func name(_ node: MapOverview.Node) -> String {
      switch node {
      case .actor(let index): context.analysis.state.actors[index].actor.short
      case .group(let position): groupTitle(overview.groups[position])
      case .removed: strings[overview: .removedGroup]
      }
    }
    let arrow = bundle.family == .conflict ? " — " : " → "
    let family: String
    switch bundle.family {
    case .ties: family = strings[overview: .bundleTies]
    case .conflict: family = strings[overview: .bundleConflict]
    case .cut: family = strings[overview: .bundleCut]
    }
    return name(bundle.from) + arrow + name(bundle.to) + ": \(bundle.count) " + strings[overview: .relations] + " ("
      + family + "), Σ " + MapNumber.plain(bundle.weight)
  }

  /// One item per family drawn, then widths for Σ 0.5, 1, 10 and 100 up to the heaviest drawn,
  /// and how many bundles were left out.
  func bundleSection(families: Set<MapOverview.Family>, heaviest: Double, omitted: Int) -> MapLegend.Section {
    let strings = context.strings
    var items: [MapLegend.Item] = []
    for family in MapOverview.Family.allCases where families.contains(family) {
      let text: String
      switch family {
      case .ties: text = strings[overview: .bundleTies]
      case .conflict: text = strings[overview: .bundleConflict]
      case .cut: text = strings[overview: .bundleCut]
      }
      items.append(MapLegend.Item(.edge(Self.bundleAttributes(family: family, weight: 1)), text))
    }
    if !families.isEmpty {
      for weight in [0.5, 1, 10, 100] where weight <= max(heaviest, 1) {
        items.append(
          MapLegend.Item(
            .edge(Self.bundleAttributes(family: .ties, weight: weight)), "Σ " + MapNumber.plain(weight)))
      }
      items.append(MapLegend.Item(.none, strings[overview: .bundleWidthNote]))
    }
    if omitted > 0 { items.append(MapLegend.Item(.none, strings[overview: .bundlesOmitted] + "\(omitted)")) }
    return MapLegend.Section(title: strings[overview: .bundleSection], items: items)
  }
}

extension MapOverview.Node {
  /// Whether the node is an actor drawn in full.
  var isActor: Bool {
    if case .actor = self { return true }
    return false
  }
}
