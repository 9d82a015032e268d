import Foundation
import PowerMap

/// Builds the power–interest grid (Mendelow): every actor pinned at (interest, effective power),
/// the four quadrants shaded and named, light grid lines every 0.1 and the 0.5 cuts stronger.
///
/// Markers carry the actor's kind (shape) and effective stance (fill, double border when it
/// opposes), like on the power map; the label gives the short name and the effective stance, and
/// the tooltip every value. Actors at the same point are fanned out on a small circle around it.
/// Labels are placed by ``GridLabelPlacer`` (most powerful actors first), with a leader line when
/// they had to move away from their marker. Every position is fixed, so the layout engine is
/// `nop2` and `--layout` does not apply.
struct GridMapBuilder {
  let context: MapContext

  /// The side of the plot, in points, for up to 100 actors; it grows with √n above.
  static let baseSide = 620.0
  /// The side of a marker for up to 100 actors; it shrinks with 1/√n above (to 6 points).
  static let baseMarkerSide = 16.0
  /// Above ``MapOverview/actorThreshold`` actors (unless `--full`), the most actors drawn as
  /// labelled markers, the most powerful first; the others are counted in density squares.
  static let labelLimit = 150
  /// The size of the quadrant names.
  static let quadrantFontSize = 15.0

  /// The 0.5 lines between the quadrants.
  static let cutStyle: DOTAttributes = [
    "color": .plain("#8c8c8c"), "penwidth": .number(1.4), "style": .plain("dashed"),
  ]
  /// The line from a marker to a label placed away from it.
  static let leaderStyle: DOTAttributes = ["color": .plain("#8c8c8c"), "penwidth": .number(0.7)]

  private static let quadrantFill: [PowerInterestQuadrant: String] = [
    .manageClosely: "#e1ecf5", .keepSatisfied: "#efefef", .keepInformed: "#efefef", .monitor: "#f8f8f8",
  ]

  func drawing() throws(GraphvizError) -> MapDrawing {
    let strings = context.strings
    let analysis = context.analysis
    let state = analysis.state
    let overview = MapOverview.applies(actorCount: state.actors.count, options: context.options)
    // A big model: the most powerful actors as labelled markers, the others as density squares.
    let shown =
      overview
      ? Array(
        state.actors.indices.sorted { (analysis.effectivePower[$0], $1) > (analysis.effectivePower[$1], $0) }.prefix(
          Self.labelLimit)
      ).sorted()
      : Array(state.actors.indices)
    let crowding = max(1, (Double(shown.count) / 100).squareRoot())
    let side = min(Self.baseSide * crowding, 2400)
    let markerSide = max(Self.baseMarkerSide / crowding, 6)
    let plan = LayoutPlan(engine: "nop2", attributes: ["splines": .plain("line")])
    var graph = MapContext.baseGraph(name: "grid_map", plan: plan)
    let point = MapComposer.point

    // Texts to measure: actor labels, ticks, axis titles.
    let ticks = (0...10).map { Double($0) / 10 }
    let actorLabels = shown.map { index in
      HTMLLabel.text(state.actors[index].actor.short).bold.font(size: 11) + HTMLLabel.text(" ")
        + HTMLLabel.text(MapNumber.signed(analysis.effectiveStance[index])).font(size: 10)
    }
    let tickLabels = ticks.map { HTMLLabel.text(String(format: "%.1f", $0)).font(size: 9) }
    let axisLabels = [HTMLLabel.text(strings[.interestAxis]).bold, HTMLLabel.text(strings[.powerAxis]).bold]
    let quadrantLabels = PowerInterestQuadrant.allCases.map {
      HTMLLabel.text(strings.quadrant($0)).bold.font(size: Self.quadrantFontSize)
    }
    let sizes = try MapComposer.measure(actorLabels + tickLabels + axisLabels + quadrantLabels, graphviz: .shared)
    var remaining = sizes[...]
    func take(_ count: Int) -> [(width: Double, height: Double)] {
      defer { remaining = remaining.dropFirst(count) }
      return Array(remaining.prefix(count))
    }
    let actorSizes = take(actorLabels.count)
    let tickSizes = take(tickLabels.count)
    let axisSizes = take(axisLabels.count)
    let quadrantSizes = take(quadrantLabels.count)

    // Quadrant backgrounds: clusters (drawn beneath the grid lines), named in their outer corner.
    var reserved: [GridLabelPlacer.Box] = []
    for (quadrantIndex, quadrant) in PowerInterestQuadrant.allCases.enumerated() {
      let right = quadrant == .manageClosely || quadrant == .keepInformed
      let top = quadrant == .manageClosely || quadrant == .keepSatisfied
      let minX = right ? side / 2 : 0
      let minY = top ? side / 2 : 0
      let anchor = "grid:quadrant:" + quadrant.rawValue
      graph.nodes.append(
        DOTNode(
          anchor,
          [
            "shape": .plain("point"), "style": .plain("invis"), "width": .number(0.0001), "height": .number(0.0001),
            "fixedsize": .bool(true), "label": .plain(""), "pos": .plain(point(minX + side / 4, minY + side / 4)),
          ]))
      let size = quadrantSizes[quadrantIndex]
      let labelBox = GridLabelPlacer.Box(
        x: right ? minX + side / 2 - 8 - size.width / 2 : minX + 8 + size.width / 2,
        y: top ? minY + side / 2 - 6 - size.height / 2 : minY + 6 + size.height / 2, width: size.width,
        height: size.height)
      reserved.append(labelBox)
      graph.clusters.append(
        DOTCluster(
          name: "cluster_quadrant_" + quadrant.rawValue,
          attributes: [
            "style": .plain("filled"), "fillcolor": .plain(Self.quadrantFill[quadrant] ?? "#f4f4f4"),
            "color": .plain("#d0d0d0"), "label": .html(quadrantLabels[quadrantIndex]),
            "fontcolor": .plain("#595959"), "labeljust": .plain(right ? "r" : "l"),
            "bb": .plain(
              [minX, minY, minX + side / 2, minY + side / 2].map(DOTEscaping.number).joined(separator: ",")),
            "lp": .plain(point(labelBox.x, labelBox.y)),
          ],
          members: [anchor]))
    }

    // Grid lines every 0.1, the 0.5 cuts darker; axes with arrows; tick labels.
    var edgeCount = 0
    func line(from start: (Double, Double), to end: (Double, Double), _ attributes: DOTAttributes, arrow: Bool = false)
    {
      let tail = "grid:point:\(edgeCount):a"
      let head = "grid:point:\(edgeCount):b"
      for (name, position) in [(tail, start), (head, end)] {
        graph.nodes.append(
          DOTNode(
            name,
            [
              "shape": .plain("point"), "style": .plain("invis"), "width": .number(0.0001),
              "height": .number(0.0001), "fixedsize": .bool(true), "label": .plain(""),
              "pos": .plain(point(position.0, position.1)),
            ]))
      }
      var attributes = attributes
      let stop = arrow ? 9.0 : 0
      let length = max(((end.0 - start.0) * (end.0 - start.0) + (end.1 - start.1) * (end.1 - start.1)).squareRoot(), 1)
      let tip = (end.0 - (end.0 - start.0) / length * stop, end.1 - (end.1 - start.1) / length * stop)
      let points = [0.0, 1 / 3, 2 / 3, 1].map {
        point(start.0 + (tip.0 - start.0) * $0, start.1 + (tip.1 - start.1) * $0)
      }
      attributes["pos"] = .plain((arrow ? "e," + point(end.0, end.1) + " " : "") + points.joined(separator: " "))
      attributes["dir"] = .plain(arrow ? "forward" : "none")
      attributes["id"] = .plain("grid:line:\(edgeCount)")
      graph.edges.append(DOTEdge(from: tail, to: head, attributes))
      edgeCount += 1
    }
    for tick in ticks.dropFirst() where tick < 1 {
      let strong = abs(tick - 0.5) < 1e-9
      let attributes: DOTAttributes =
        strong ? Self.cutStyle : ["color": .plain("#d9d9d9"), "penwidth": .number(0.6), "style": .plain("solid")]
      line(from: (tick * side, 0), to: (tick * side, side), attributes)
      line(from: (0, tick * side), to: (side, tick * side), attributes)
    }
    let axis: DOTAttributes = ["color": .plain("#4d4d4d"), "penwidth": .number(1.2), "arrowhead": .plain("normal")]
    line(from: (0, 0), to: (side + 18, 0), axis, arrow: true)
    line(from: (0, 0), to: (0, side + 18), axis, arrow: true)
    for (index, tick) in ticks.enumerated() {
      let size = tickSizes[index]
      graph.nodes.append(textNode("grid:tick:x:\(index)", tickLabels[index], x: tick * side, y: -6 - size.height / 2))
      graph.nodes.append(
        textNode("grid:tick:y:\(index)", tickLabels[index], x: -6 - size.width / 2, y: tick * side))
    }
    graph.nodes.append(
      textNode(
        "grid:axis:x", axisLabels[0], x: side - axisSizes[0].width / 2,
        y: -14 - tickSizes[0].height - axisSizes[0].height / 2))
    graph.nodes.append(
      textNode("grid:axis:y", axisLabels[1], x: axisSizes[1].width / 2 - 24, y: side + 30 + axisSizes[1].height / 2))

    // Markers, fanned out where several actors share a point.
    var centres: [Int: (x: Double, y: Double)] = [:]
    for index in shown {
      centres[index] = (
        min(max(state.actors[index].interest, 0), 1) * side,
        min(max(analysis.effectivePower[index], 0), 1) * side
      )
    }
    var groups: [String: [Int]] = [:]
    for (index, centre) in centres {
      groups["\(Int(centre.x.rounded())),\(Int(centre.y.rounded()))", default: []].append(index)
    }
    for members in groups.values where members.count > 1 {
      let radius = markerSide * (0.55 + 0.12 * Double(members.count))
      for (position, index) in members.sorted().enumerated() {
        let angle = Double(position) / Double(members.count) * 2 * Double.pi + 0.75 * Double.pi
        centres[index]?.x += cos(angle) * radius
        centres[index]?.y += sin(angle) * radius
      }
    }
    var placer = GridLabelPlacer(
      bounds: GridLabelPlacer.Box(x: side / 2 + 70, y: side / 2 + 14, width: side + 160, height: side + 36),
      maximumDistance: shown.count > 200 ? 60 : 150)
    for box in reserved { placer.reserve(box) }
    var fullest = 0
    if overview {
      let density = densityNodes(side: side, shown: Set(shown))
      graph.nodes += density.nodes
      fullest = density.fullest
    }
    var markers: [Int: GridLabelPlacer.Box] = [:]
    var anyOpposition = false
    var anyRemoved = false
    for index in shown {
      let actor = state.actors[index]
      let centre = centres[index] ?? (0, 0)
      let stance = analysis.effectiveStance[index]
      if actor.present && stance < 0 { anyOpposition = true }
      if !actor.present { anyRemoved = true }
      let aspect = ActorShape.aspect(of: actor.actor.kind)
      let marker = GridLabelPlacer.Box(
        x: centre.x, y: centre.y, width: markerSide * aspect, height: markerSide)
      markers[index] = marker
      placer.reserve(marker)
      var attributes = ActorNodeStyle.attributes(kind: actor.actor.kind, stance: stance, present: actor.present)
      attributes["fixedsize"] = .bool(true)
      attributes["width"] = .number(marker.width / 72)
      attributes["height"] = .number(marker.height / 72)
      attributes["label"] = .plain("")
      attributes["penwidth"] = .number(1)
      attributes["pos"] = .plain(point(marker.x, marker.y))
      attributes["tooltip"] = .text(tooltip(index: index))
      graph.nodes.append(DOTNode(PowerMapBuilder.nodeName(actor.id), attributes))
    }

    // Labels, most powerful first.
    let labelOf = Dictionary(uniqueKeysWithValues: shown.enumerated().map { ($1, $0) })
    let order = shown.sorted {
      (analysis.effectivePower[$0], state.actors[$1].id) > (analysis.effectivePower[$1], state.actors[$0].id)
    }
    var omitted: [String] = []
    var anyLeader = false
    for index in order {
      let size = actorSizes[labelOf[index] ?? 0]
      guard let marker = markers[index],
        let placement = placer.place(width: size.width + 2, height: size.height + 1, marker: marker)
      else {
        omitted.append(state.actors[index].actor.short)
        continue
      }
      let id = state.actors[index].id
      var node = textNode("grid:label:" + id, actorLabels[labelOf[index] ?? 0], x: placement.box.x, y: placement.box.y)
      node.attributes["tooltip"] = .text(tooltip(index: index))
      graph.nodes.append(node)
      if placement.needsLeader {
        anyLeader = true
        let box = placement.box
        let end = (min(max(marker.x, box.minX), box.maxX), min(max(marker.y, box.minY), box.maxY))
        line(from: (marker.x, marker.y), to: end, Self.leaderStyle)
        graph.edges[graph.edges.count - 1].from = PowerMapBuilder.nodeName(id)
      }
    }

    var notes = [
      MapLegend.Item(
        .edge(Self.cutStyle.with("arrowhead", .plain("none"))), MapText.wrapped(strings[.gridNote], width: 44)),
      MapLegend.Item(.none, strings[.labelStanceOnly]),
    ]
    if anyLeader {
      notes.append(MapLegend.Item(.edge(Self.leaderStyle.with("arrowhead", .plain("none"))), strings[.leaderLine]))
    }
    if anyRemoved {
      notes.append(
        MapLegend.Item(
          .node(
            ActorNodeStyle.attributes(kind: .other, stance: 0, present: false).with("shape", .plain("box")), width: 30,
            height: 16),
          strings[.removedNote]))
    }
    if !omitted.isEmpty {
      notes.append(
        MapLegend.Item(
          .none,
          MapText.wrapped(strings[.gridLabelsOmitted] + "\(omitted.count) — " + strings[.hiddenLabels], width: 44)))
    }
    var sections = [
      ActorNodeStyle.stanceSection(strings: strings, opposition: anyOpposition),
      ActorNodeStyle.kindSection(kinds: Set(shown.map { state.actors[$0].actor.kind }), strings: strings),
    ]
    if overview {
      notes.insert(
        MapLegend.Item(.none, strings[overview: .gridTopNote] + "\(shown.count) / \(state.actors.count)"), at: 0)
      sections.append(densitySection(fullest: fullest))
    }
    sections.append(MapLegend.Section(title: strings[.labelSection], items: notes))
    let legend = MapLegend(sections: sections)
    return MapDrawing(
      body: graph, plan: plan, title: strings[.gridTitle] + " — " + context.model.name,
      subtitles: context.subtitles, legend: legend)
  }

  private func textNode(_ name: String, _ label: HTMLLabel, x: Double, y: Double) -> DOTNode {
    DOTNode(
      name,
      [
        "shape": .plain("plaintext"), "margin": .number(0), "width": .number(0), "height": .number(0),
        "label": .html(label), "pos": .plain(MapComposer.point(x, y)),
      ])
  }

  private func tooltip(index: Int) -> String {
    let analysis = context.analysis
    return ActorNodeStyle.tooltip(
      actor: analysis.state.actors[index], effectivePower: analysis.effectivePower[index],
      effectiveStance: analysis.effectiveStance[index], quadrant: analysis.quadrants[index],
      salience: analysis.salience[index], strings: context.strings)
  }
}
