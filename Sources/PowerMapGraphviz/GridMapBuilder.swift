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

  /// How far each quadrant's box stays inside its half of the plot, in points.
  static let inset = 1.0

  /// The 0.5 lines between the quadrants.
  static let cutStyle: DOTAttributes = [
    "color": .plain(MapPalette.gridCut), "penwidth": .number(1.4), "style": .plain("dashed"),
  ]
  /// The line from a marker to a label placed away from it.
  static let leaderStyle: DOTAttributes = ["color": .plain(MapPalette.gridCut), "penwidth": .number(0.7)]

  /// What the labelling of the actors left for the legend.
  private struct Labelling {
    /// The short names of the actors whose label found no room.
    var omitted: [String] = []
    /// Whether some label needed a leader line.
    var anyLeader = false
  }

  func drawing() throws(GraphvizError) -> MapDrawing {
    let state = context.analysis.state
    let overview = MapOverview.applies(actorCount: state.actors.count, options: context.options)
    let shown = shownActors(overview: overview)
    let crowding = max(1, (Double(shown.count) / 100).squareRoot())
    let side = min(Self.baseSide * crowding, 2400) * context.options.drawingScale
    // The plot's height: taller or wider than its side to fill the page (MapOptions.gridAspect).
    let height = side * context.options.gridAspect
    let markerSide = max(Self.baseMarkerSide / crowding, 6) * context.options.drawingScale.squareRoot()
    let plan = LayoutPlan(engine: "nop2", attributes: ["splines": .plain("line")])
    var canvas = GridCanvas(graph: MapContext.baseGraph(name: "grid_map", plan: plan))
    let texts = try GridTexts(shown: shown, context: context)

    let reserved = drawQuadrants(on: &canvas, side: side, height: height, texts: texts)
    drawAxes(on: &canvas, side: side, height: height, texts: texts)
    var placer = GridLabelPlacer(
      bounds: GridLabelPlacer.Box(x: side / 2 + 70, y: height / 2 + 14, width: side + 160, height: height + 36),
      maximumDistance: shown.count > 200 ? 60 : 150)
    for box in reserved { placer.reserve(box) }
    var fullest = 0
    if overview {
      let density = densityNodes(side: side, shown: Set(shown))
      canvas.graph.nodes += density.nodes
      fullest = density.fullest
    }
    let placed = centres(of: shown, side: side, height: height, markerSide: markerSide)
    let moved = drawMovedLeaders(shown, on: &canvas, centres: placed, side: side, height: height)
    let markers = drawMarkers(shown, on: &canvas, centres: placed, markerSide: markerSide, placer: &placer)
    var labelling = drawLabels(shown, on: &canvas, texts: texts, markers: markers, placer: &placer)
    labelling.anyLeader = labelling.anyLeader || moved
    let legend = legend(shown: shown, overview: overview, fullest: fullest, labelling: labelling)
    return MapDrawing(
      body: canvas.graph, plan: plan, title: context.strings[.gridTitle] + " — " + context.model.name,
      subtitles: context.subtitles, legend: legend)
  }

  /// The actors drawn as markers: all of them, or in an overview the ``labelLimit`` most powerful
  /// (in the state's order).
  private func shownActors(overview: Bool) -> [Int] {
    let analysis = context.analysis
    let indices = analysis.state.actors.indices
    guard overview else { return Array(indices) }
    return Array(
      indices.sorted { (analysis.effectivePower[$0], $1) > (analysis.effectivePower[$1], $0) }.prefix(Self.labelLimit)
    ).sorted()
  }

  /// Quadrant backgrounds: clusters (drawn beneath the grid lines), named in their outer corner.
  /// Returns the boxes of the names, which actor labels must not cover.
  private func drawQuadrants(on canvas: inout GridCanvas, side: Double, height: Double, texts: GridTexts)
    -> [GridLabelPlacer.Box]
  {
    let point = MapComposer.point
    var reserved: [GridLabelPlacer.Box] = []
    for (quadrantIndex, quadrant) in PowerInterestQuadrant.allCases.enumerated() {
      let right = quadrant == .manageClosely || quadrant == .keepInformed
      let top = quadrant == .manageClosely || quadrant == .keepSatisfied
      let minX = right ? side / 2 : 0
      let minY = top ? height / 2 : 0
      let anchor = "grid:quadrant:" + quadrant.rawValue
      canvas.graph.nodes.append(.invisiblePoint(anchor, at: point(minX + side / 4, minY + height / 4)))
      let size = texts.quadrantSizes[quadrantIndex]
      let labelBox = GridLabelPlacer.Box(
        x: right ? minX + side / 2 - 8 - size.width / 2 : minX + 8 + size.width / 2,
        y: top ? minY + height / 2 - 6 - size.height / 2 : minY + 6 + size.height / 2, width: size.width,
        height: size.height)
      reserved.append(labelBox)
      canvas.graph.clusters.append(
        DOTCluster(
          name: "cluster_quadrant_" + quadrant.rawValue,
          attributes: [
            "style": .plain("filled"), "fillcolor": .plain(MapPalette.quadrantFill(quadrant)),
            "color": .plain(MapPalette.quadrantLine), "label": .html(texts.quadrantLabels[quadrantIndex]),
            "fontcolor": .plain(MapPalette.quadrantName), "labeljust": .plain(right ? "r" : "l"),
            // Inset by a point, so that no two quadrants overlap: Graphviz draws clusters in an
            // order that changes from run to run (SVGClusterOrder), and a PNG would change with it.
            "bb": .plain(
              [minX + Self.inset, minY + Self.inset, minX + side / 2 - Self.inset, minY + height / 2 - Self.inset].map(
                DOTEscaping.number
              )
              .joined(separator: ",")),
            "lp": .plain(point(labelBox.x, labelBox.y)),
          ],
          members: [anchor]))
    }
    return reserved
  }

  /// Grid lines every 0.1, the 0.5 cuts darker; axes with arrows; tick labels and axis titles.
  private func drawAxes(on canvas: inout GridCanvas, side: Double, height: Double, texts: GridTexts) {
    let ticks = texts.ticks
    for tick in ticks.dropFirst() where tick < 1 {
      let strong = abs(tick - 0.5) < 1e-9
      let attributes: DOTAttributes =
        strong
        ? Self.cutStyle
        : ["color": .plain(MapPalette.gridLine), "penwidth": .number(0.6), "style": .plain("solid")]
      canvas.line(from: (tick * side, 0), to: (tick * side, height), attributes)
      canvas.line(from: (0, tick * height), to: (side, tick * height), attributes)
    }
    let axis: DOTAttributes = [
      "color": .plain(MapPalette.mutedText), "penwidth": .number(1.2), "arrowhead": .plain("normal"),
    ]
    canvas.line(from: (0, 0), to: (side + 18, 0), axis, arrow: true)
    canvas.line(from: (0, 0), to: (0, height + 18), axis, arrow: true)
    for (index, tick) in ticks.enumerated() {
      let size = texts.tickSizes[index]
      canvas.text("grid:tick:x:\(index)", texts.tickLabels[index], x: tick * side, y: -6 - size.height / 2)
      canvas.text("grid:tick:y:\(index)", texts.tickLabels[index], x: -6 - size.width / 2, y: tick * height)
    }
    let (axisSizes, tickSizes) = (texts.axisSizes, texts.tickSizes)
    canvas.text(
      "grid:axis:x", texts.axisLabels[0], x: side - axisSizes[0].width / 2,
      y: -14 - tickSizes[0].height - axisSizes[0].height / 2)
    canvas.text(
      "grid:axis:y", texts.axisLabels[1], x: axisSizes[1].width / 2 - 24, y: height + 30 + axisSizes[1].height / 2)
  }

  /// Where each shown actor's marker goes: at (interest, effective power); markers that would
  /// overlap (centres closer than the widest marker) are fanned out on a small circle around their
  /// mean, and ``drawMarkers(_:on:centres:markerSide:placer:)`` joins each moved marker to its
  /// true point with a leader line.
  private func centres(of shown: [Int], side: Double, height: Double, markerSide: Double) -> [Int: (
    x: Double, y: Double
  )] {
    let analysis = context.analysis
    var centres: [Int: (x: Double, y: Double)] = [:]
    for index in shown {
      centres[index] = (
        min(max(analysis.state.actors[index].interest, 0), 1) * side,
        min(max(analysis.effectivePower[index], 0), 1) * height
      )
    }
    // The widest shapes are 1.45 sides wide (ActorShape.aspect).
    for members in Self.overlapping(shown, centres: centres, distance: markerSide * 1.45) where members.count > 1 {
      let radius = markerSide * (0.55 + 0.12 * Double(members.count))
      let meanX = members.reduce(0.0) { $0 + (centres[$1]?.x ?? 0) } / Double(members.count)
      let meanY = members.reduce(0.0) { $0 + (centres[$1]?.y ?? 0) } / Double(members.count)
      for (position, index) in members.sorted().enumerated() {
        let angle = Double(position) / Double(members.count) * 2 * Double.pi + 0.75 * Double.pi
        centres[index] = (meanX + cos(angle) * radius, meanY + sin(angle) * radius)
      }
    }
    return centres
  }

  /// A leader line from each actor's true point to its marker where the marker was moved apart
  /// from others; whether there was any.
  private func drawMovedLeaders(
    _ shown: [Int], on canvas: inout GridCanvas, centres: [Int: (x: Double, y: Double)], side: Double, height: Double
  ) -> Bool {
    let analysis = context.analysis
    var any = false
    for index in shown {
      guard let centre = centres[index] else { continue }
      let point = (
        min(max(analysis.state.actors[index].interest, 0), 1) * side,
        min(max(analysis.effectivePower[index], 0), 1) * height
      )
      guard abs(point.0 - centre.x) + abs(point.1 - centre.y) > 0.5 else { continue }
      canvas.line(from: point, to: (centre.x, centre.y), Self.leaderStyle)
      any = true
    }
    return any
  }

  /// The groups of `shown` whose centres lie closer than `distance` to another of the group (in
  /// the order of `shown`; single actors are groups of one).
  static func overlapping(_ shown: [Int], centres: [Int: (x: Double, y: Double)], distance: Double) -> [[Int]] {
    var group = Dictionary(uniqueKeysWithValues: shown.map { ($0, $0) })
    func root(_ index: Int) -> Int {
      var current = index
      while let parent = group[current], parent != current { current = parent }
      return current
    }
    // Only neighbours in nearby buckets are compared, so a big grid stays fast.
    var buckets: [String: [Int]] = [:]
    func key(_ x: Int, _ y: Int) -> String { "\(x),\(y)" }
    for index in shown {
      guard let centre = centres[index] else { continue }
      let (column, row) = (Int((centre.x / distance).rounded(.down)), Int((centre.y / distance).rounded(.down)))
      for dx in -1...1 {
        for dy in -1...1 {
          for other in buckets[key(column + dx, row + dy)] ?? [] {
            guard let near = centres[other] else { continue }
            if (centre.x - near.x) * (centre.x - near.x) + (centre.y - near.y) * (centre.y - near.y)
              < distance * distance
            {
              group[root(index)] = root(other)
            }
          }
        }
      }
      buckets[key(column, row), default: []].append(index)
    }
    var groups: [Int: [Int]] = [:]
    for index in shown { groups[root(index), default: []].append(index) }
    return shown.compactMap { groups[$0] == nil ? nil : groups[$0] }.filter { !$0.isEmpty }
  }

  /// The markers of the shown actors, reserved in `placer` so that no label covers them.
  private func drawMarkers(
    _ shown: [Int], on canvas: inout GridCanvas, centres: [Int: (x: Double, y: Double)], markerSide: Double,
    placer: inout GridLabelPlacer
  ) -> [Int: GridLabelPlacer.Box] {
    let state = context.analysis.state
    var markers: [Int: GridLabelPlacer.Box] = [:]
    for index in shown {
      let actor = state.actors[index]
      let centre = centres[index] ?? (0, 0)
      let aspect = ActorShape.aspect(of: actor.actor.kind)
      let marker = GridLabelPlacer.Box(x: centre.x, y: centre.y, width: markerSide * aspect, height: markerSide)
      markers[index] = marker
      placer.reserve(marker)
      var attributes = ActorNodeStyle.attributes(
        kind: actor.actor.kind, stance: context.analysis.effectiveStance[index], present: actor.present)
      attributes["fixedsize"] = .bool(true)
      attributes["width"] = .number(marker.width / 72)
      attributes["height"] = .number(marker.height / 72)
      attributes["label"] = .plain("")
      attributes["penwidth"] = .number(1)
      attributes["pos"] = .plain(MapComposer.point(marker.x, marker.y))
      attributes["tooltip"] = .text(tooltip(index: index))
      canvas.graph.nodes.append(DOTNode(PowerMapBuilder.nodeName(actor.id), attributes))
    }
    return markers
  }

  /// The actors' labels, most powerful first, each where `placer` finds room, with a leader line
  /// when it had to move away from its marker.
  private func drawLabels(
    _ shown: [Int], on canvas: inout GridCanvas, texts: GridTexts, markers: [Int: GridLabelPlacer.Box],
    placer: inout GridLabelPlacer
  ) -> Labelling {
    let analysis = context.analysis
    let state = analysis.state
    let labelOf = Dictionary(uniqueKeysWithValues: shown.enumerated().map { ($1, $0) })
    let order = shown.sorted {
      (analysis.effectivePower[$0], state.actors[$1].id) > (analysis.effectivePower[$1], state.actors[$0].id)
    }
    var labelling = Labelling()
    for index in order {
      let size = texts.actorSizes[labelOf[index] ?? 0]
      guard let marker = markers[index],
        let placement = placer.place(width: size.width + 2, height: size.height + 1, marker: marker)
      else {
        labelling.omitted.append(state.actors[index].actor.short)
        continue
      }
      let id = state.actors[index].id
      canvas.text(
        "grid:label:" + id, texts.actorLabels[labelOf[index] ?? 0], x: placement.box.x, y: placement.box.y,
        tooltip: tooltip(index: index))
      if placement.needsLeader {
        labelling.anyLeader = true
        let box = placement.box
        let end = (min(max(marker.x, box.minX), box.maxX), min(max(marker.y, box.minY), box.maxY))
        canvas.line(from: (marker.x, marker.y), to: end, Self.leaderStyle, tail: PowerMapBuilder.nodeName(id))
      }
    }
    return labelling
  }

  /// The legend: stance, kinds, the density squares of an overview, and notes on the labels.
  private func legend(shown: [Int], overview: Bool, fullest: Int, labelling: Labelling) -> MapLegend {
    let strings = context.strings
    let analysis = context.analysis
    let actors = shown.map { analysis.state.actors[$0] }
    let anyOpposition = shown.contains { analysis.state.actors[$0].present && analysis.effectiveStance[$0] < 0 }
    var notes = labelNotes(labelling: labelling, anyRemoved: actors.contains { !$0.present })
    var sections = [
      ActorNodeStyle.stanceSection(strings: strings, opposition: anyOpposition),
      ActorNodeStyle.kindSection(kinds: Set(actors.map(\.actor.kind)), strings: strings),
    ]
    if overview {
      notes.insert(
        MapLegend.Item(.none, strings[overview: .gridTopNote] + "\(shown.count) / \(analysis.state.actors.count)"),
        at: 0)
      sections.append(densitySection(fullest: fullest))
    }
    sections.append(MapLegend.Section(title: strings[.labelSection], items: notes))
    return MapLegend(sections: sections)
  }

  /// The legend's notes on positions and labels: the quadrant cuts, what a label shows, leader
  /// lines, removed actors and the labels left out.
  private func labelNotes(labelling: Labelling, anyRemoved: Bool) -> [MapLegend.Item] {
    let strings = context.strings
    var notes = [
      MapLegend.Item(
        .edge(Self.cutStyle.with("arrowhead", .plain("none"))), MapText.wrapped(strings[.gridNote], width: 44)),
      MapLegend.Item(.none, strings[.labelStanceOnly]),
    ]
    if labelling.anyLeader {
      notes.append(MapLegend.Item(.edge(Self.leaderStyle.with("arrowhead", .plain("none"))), strings[.leaderLine]))
    }
    if anyRemoved {
      notes.append(
        ActorNodeStyle.removedItem(strings: strings))
    }
    if !labelling.omitted.isEmpty {
      notes.append(
        MapLegend.Item(
          .none,
          MapText.wrapped(
            strings[.gridLabelsOmitted] + "\(labelling.omitted.count) — " + strings[.hiddenLabels], width: 44)))
    }
    return notes
  }

  private func tooltip(index: Int) -> String {
    let analysis = context.analysis
    return ActorNodeStyle.tooltip(
      actor: analysis.state.actors[index], effectivePower: analysis.effectivePower[index],
      effectiveStance: analysis.effectiveStance[index], quadrant: analysis.quadrants[index],
      salience: analysis.salience[index], strings: context.strings)
  }
}
