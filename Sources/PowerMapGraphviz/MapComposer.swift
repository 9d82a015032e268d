import Foundation

/// Composes a map: lays out its body, then places the title and the legend around the drawing and
/// fits the whole to the paper, producing a DOT graph in which every position is fixed.
///
/// Two passes through Graphviz:
/// 1. the body is laid out with the plan's engine (``LayoutPlan``) and the positions, edge
///    splines and cluster boxes are read back (``GraphLayout``);
/// 2. the composed graph — the body with those positions, a title above it, the legend beside or
///    below it (whichever lets the drawing be printed larger), two invisible corner nodes that give
///    the drawing the paper's proportions, and `size="W,H!"` — is rendered with `nop2`, which keeps
///    every position and spline as given.
///
/// So legends hold real samples of the map's nodes and edges, whatever the engine, and a PDF page
/// is exactly the paper size, with the margin inside it.
enum MapComposer {
  /// The blank around a screen map's content, in inches.
  static let screenPad = 0.15
  /// The most a drawing is enlarged to fill the paper.
  static let maximumScale = 2.0
  /// Space between the drawing, the title and the legend, in points.
  static let gap = 24.0
  /// The most columns a legend's items are flowed into.
  static let maximumLegendColumns = 6

  /// The composed map of `drawing` for `paper` (its edges straight when not `routeEdges`), turned
  /// as `orientation` says, the legend where
  /// `legend` says (nil: beside or below, see ``arrangement(body:title:legend:paper:orientation:placement:)``;
  /// ``LegendPlacement/none`` and ``LegendPlacement/page`` draw none on the map's page). A map
  /// `forScreen` orders its actors by structure and sizes only (``valueFree(_:)``) and is cropped to
  /// its content rather than placed on the paper (the paper still shapes the arrangement), so a
  /// browser scales the drawing itself to its frame. A map that `keepsLegendRules` has its legend
  /// sized again in printed points against this layout when it breaks the legend's rules
  /// (``printedLegend(_:drawing:body:paper:orientation:placement:graphviz:)``).
  static func compose(
    _ drawing: MapDrawing, paper: PaperSize, orientation: PageOrientation = .auto,
    legend placement: LegendPlacement? = nil, drawingScale: Double = 1, legendScale: Double? = nil,
    bandShape: (aspect: Double, rowWidth: Double?) = (1.6, nil), routeEdges: Bool = true, forScreen: Bool = false,
    keepsLegendRules: Bool = false, graphviz: Graphviz = .shared
  ) throws(GraphvizError) -> ComposedMap {
    var drawing = drawing
    // The legend shows only what the map holds: a section left without items is not drawn.
    drawing.legend.sections.removeAll { $0.items.isEmpty }
    let original = drawing
    if placement == LegendPlacement.none || placement == .page { drawing.legend.sections = [] }
    var body = drawing.body
    var layout: GraphLayout
    if drawing.plan.levelBands && !drawing.bands.isEmpty {
      // The first pass only orders the actors: no edge routing.
      var ordering = forScreen ? valueFree(body) : body
      ordering.attributes["splines"] = .plain("false")
      ordering.edges = ParallelEdges.separate(ordering).graph.edges
      let order = try graphviz.layout(dot: ordering.layoutText, engine: drawing.plan.engine)
      let bands = try banded(
        body, bands: drawing.bands, layout: order, scale: (drawingScale, bandShape.aspect, bandShape.rowWidth),
        routeEdges: routeEdges, graphviz: graphviz)
      body = bands.body
      var routing = bands.routing
      // While the page is being fitted only the extent matters: the edges are routed at the end.
      if !routeEdges { routing.attributes["splines"] = .plain("false") }
      layout = try routed(routing, engine: "nop", graphviz: graphviz)
    } else {
      layout = try routed(body, engine: drawing.plan.engine, graphviz: graphviz)
    }
    var graph = positioned(body, layout: layout)
    let bodyBox = layout.boundingBox

    var placed = try placedLegend(
      drawing, body: bodyBox,
      magnification: legendScale ?? legendMagnification(body: bodyBox, paper: paper, orientation: orientation),
      paper: paper, orientation: orientation, placement: placement, graphviz: graphviz)
    if keepsLegendRules && !forScreen {
      placed = try printedLegend(
        placed, drawing: drawing, body: bodyBox, paper: paper, orientation: orientation, placement: placement,
        graphviz: graphviz)
    }
    let (magnification, texts, legend, title, choice) = (
      placed.magnification, placed.texts, placed.legend, placed.title, placed.choice
    )

    // The title, top left above the drawing.
    let titleLeft = min(bodyBox.minX, choice.legendOrigin.x)
    let titleBottom = max(bodyBox.maxY, choice.legendTop) + gap
    graph.nodes.append(
      DOTNode(
        "map:title",
        [
          "shape": .plain("plaintext"), "margin": .number(0), "width": .number(0), "height": .number(0),
          "label": .html(texts.first { $0.key == "title" }?.label ?? HTMLLabel(markup: "")),
          "pos": .plain(point(titleLeft + title.width / 2, titleBottom + title.height / 2)),
        ]))
    legend.place(into: &graph, columns: choice.columns, origin: choice.legendOrigin, labels: texts)

    // The paper: invisible corners around the content, scaled to the page with size="W,H!".
    let content = GraphLayout.Box(
      minX: min(bodyBox.minX, choice.legendOrigin.x),
      minY: min(bodyBox.minY, choice.legendOrigin.y - choice.legendHeight),
      maxX: max(bodyBox.maxX, choice.legendOrigin.x + choice.legendWidth, titleLeft + title.width),
      maxY: titleBottom + title.height)
    if forScreen {
      graph.attributes["pad"] = .number(screenPad)
      return ComposedMap(
        graph: graph, plan: drawing.plan, warnings: layout.warnings, scale: 1, legendScale: magnification,
        legendShare: choice.legendWidth * choice.legendHeight / (content.width * content.height), blankWidth: 0,
        blankHeight: 0)
    }
    let page = choice.page
    let scale = min(
      (page.width - 2 * paper.marginPoints) / content.width, (page.height - 2 * paper.marginPoints) / content.height,
      maximumScale)
    let halfWidth = page.width / scale / 2
    let halfHeight = page.height / scale / 2
    let centreX = (content.minX + content.maxX) / 2
    let centreY = (content.minY + content.maxY) / 2
    for (name, x, y) in [
      ("map:corner:lower", centreX - halfWidth, centreY - halfHeight),
      ("map:corner:upper", centreX + halfWidth, centreY + halfHeight),
    ] {
      graph.nodes.append(
        DOTNode(
          name,
          [
            "shape": .plain("point"), "style": .plain("invis"), "width": .number(0.0001), "height": .number(0.0001),
            "fixedsize": .bool(true), "label": .plain(""), "pos": .plain(point(x, y)),
          ]))
    }
    graph.attributes["size"] = .plain(
      DOTEscaping.number(page.width / 72) + "," + DOTEscaping.number(page.height / 72) + "!")
    // The legend on a page of its own is drawn once, with the map's final layout.
    let legendPage =
      placement == .page && routeEdges && !original.legend.sections.isEmpty
      ? try Self.legendPage(original, paper: paper, size: page, scale: scale, graphviz: graphviz) : nil
    return ComposedMap(
      graph: graph, plan: drawing.plan, warnings: layout.warnings, scale: scale, legendScale: magnification,
      legendShare: choice.legendWidth * choice.legendHeight * scale * scale / (page.width * page.height),
      blankWidth: 1 - content.width * scale / (page.width - 2 * paper.marginPoints),
      blankHeight: 1 - content.height * scale / (page.height - 2 * paper.marginPoints), legendPage: legendPage,
      bodyAspect: bodyBox.height / max(bodyBox.width, 1),
      fillingWidth: (page.width - 2 * paper.marginPoints) / scale
        - (choice.legendOrigin.x > bodyBox.maxX ? content.width - bodyBox.width : 0))
  }

  /// `body` with the digits of its labels' texts read as zeros and their minus signs as plus signs
  /// (the markup's tags, font sizes among them, as they are): the same text widths (figures are
  /// tabular) whatever the values. A screen map orders its actors on this graph, so an edit that
  /// changes values but not the structure or the node sizes orders the same graph, and Graphviz's
  /// ordering of it is reused (``GraphvizMemo``).
  static func valueFree(_ body: DOTGraph) -> DOTGraph {
    var graph = body
    for index in graph.nodes.indices {
      guard case .html(let label)? = graph.nodes[index].attributes["label"] else { continue }
      var markup = String.UnicodeScalarView()
      var inTag = false
      for scalar in label.markup.unicodeScalars {
        if scalar == "<" { inTag = true } else if scalar == ">" { inTag = false }
        switch scalar {
        case "0"..."9" where !inTag: markup.append("0")
        case "\u{2212}" where !inTag: markup.append("+")
        default: markup.append(scalar)
        }
      }
      graph.nodes[index].attributes["label"] = .html(HTMLLabel(markup: String(markup)))
    }
    return graph
  }

  /// The layout of `body` by `engine`; except with `dot`, edges parallel to an earlier edge are left
  /// out of the pass and drawn beside it afterwards (``ParallelEdges``), and routed arrowheads
  /// that end inside their nodes are moved onto the outlines (``ArrowTips``).
  private static func routed(_ body: DOTGraph, engine: String, graphviz: Graphviz) throws(GraphvizError) -> GraphLayout
  {
    guard engine != "dot" else { return try graphviz.layout(dot: body.layoutText, engine: engine) }
    let separated = ParallelEdges.separate(body)
    var layout = try graphviz.layout(dot: separated.graph.layoutText, engine: engine)
    let routedEdges = body.attributes["splines"] != .plain("false")
    let ends = Set((routedEdges ? body.edges : separated.extras.map(\.edge)).flatMap { [$0.from, $0.to] })
    let outlines = try NodeOutlines.read(ends, of: body, layout: layout, graphviz: graphviz)
    if routedEdges { ArrowTips.clip(&layout, graph: separated.graph, outlines: outlines) }
    ParallelEdges.draw(separated.extras, into: &layout, outlines: outlines)
    return layout
  }

  /// `body` with its nodes pinned in level bands (``LevelBands``) ordered by `layout`, and the
  /// bands as clusters with their boxes; and the same graph for `nop` to route the edges in. A
  /// label that does not fit inside its node's shape (``NodeLabelFit``) is drawn below it as a text
  /// of its own, which the routing graph holds as an obstacle: edges pass around labels and end on
  /// the nodes' own outlines. Where the edges are not routed around labels (straight edges above
  /// ``LayoutPlan/smallMapLimit`` actors, or none routed: `routeEdges` false, the screen's maps),
  /// such a label stands on a backdrop (``NodeLabelFit/labelNode(of:label:x:y:backdrop:)``).
  private static func banded(
    _ body: DOTGraph, bands: [LevelBands.Band], layout: GraphLayout,
    scale: (size: Double, aspect: Double, rowWidth: Double?),
    routeEdges: Bool, graphviz: Graphviz
  ) throws(GraphvizError) -> (body: DOTGraph, routing: DOTGraph) {
    let labels = try outsideLabels(body, graphviz: graphviz)
    var items: [String: LevelBands.Item] = [:]
    for (name, node) in layout.nodes {
      var item = LevelBands.Item(name: name, x: node.x, y: node.y, width: node.width, height: node.height)
      if let outside = labels[name] {
        item.width = max(node.width, outside.size.width + 4)
        item.height = node.height + NodeLabelFit.gap + outside.size.height + 2
      }
      items[name] = item
    }
    let arranged = LevelBands.arrange(
      bands: bands, items: items, scale: scale.size, aspect: scale.aspect, rowWidth: scale.rowWidth)
    var graph = body
    var obstacles: [DOTNode] = []
    // Only `splines=true` routes edges around the labels; straight edges may cross them.
    let routesAroundLabels = routeEdges && (body.attributes["splines"] ?? .plain("true")) == .plain("true")
    for index in graph.nodes.indices {
      let name = graph.nodes[index].name
      guard let position = arranged.positions[name], let item = items[name] else { continue }
      let shapeHeight = layout.nodes[name]?.height ?? item.height
      let centreY = position.y + item.height / 2 - shapeHeight / 2
      graph.nodes[index].attributes["pos"] = .plain(point(position.x, centreY) + "!")
      if let outside = labels[name] {
        let labelY = position.y - item.height / 2 + (outside.size.height + 2) / 2
        graph.nodes[index].attributes["label"] = .plain("")
        graph.nodes.append(
          NodeLabelFit.labelNode(
            of: body.nodes[index], label: outside.label, x: position.x, y: labelY, backdrop: !routesAroundLabels))
        obstacles.append(
          NodeLabelFit.obstacle(
            name: NodeLabelFit.labelName(of: name), size: outside.size, x: position.x, y: labelY))
      }
    }
    graph.clusters = arranged.clusters
    for name in layoutOnlyAttributes { graph.attributes[name] = nil }
    // The plan's edges: routed around the nodes up to 60 actors, straight above.
    graph.attributes["splines"] = body.attributes["splines"] ?? .plain("true")
    graph.attributes["layout"] = .plain("nop")
    var routing = graph
    routing.nodes.removeAll { $0.name.hasPrefix("label:") }
    routing.nodes += obstacles
    // Edges keep 1 point from every node (the default 3 would find a label touching its node).
    routing.attributes["esep"] = .plain("+1")
    return (graph, routing)
  }

  /// The labels of `body`'s nodes that do not fit inside their shapes, measured, by node name.
  private static func outsideLabels(_ body: DOTGraph, graphviz: Graphviz) throws(GraphvizError) -> [String: (
    label: HTMLLabel, size: (width: Double, height: Double)
  )] {
    var labels: [HTMLLabel] = []
    var labelled: [Int] = []
    for (index, node) in body.nodes.enumerated() {
      if case .html(let label)? = node.attributes["label"] {
        labels.append(label)
        labelled.append(index)
      }
    }
    var outside: [String: (label: HTMLLabel, size: (width: Double, height: Double))] = [:]
    for (position, size) in try measure(labels, graphviz: graphviz).enumerated() {
      let node = body.nodes[labelled[position]]
      let inches = { (key: String) -> Double in
        if case .number(let value)? = node.attributes[key] { return value * 72 }
        return 0
      }
      var shape = "ellipse"
      if case .plain(let name)? = node.attributes["shape"] { shape = name }
      if !NodeLabelFit.fits(label: size, shape: shape, width: inches("width"), height: inches("height")) {
        outside[node.name] = (labels[position], size)
      }
    }
    return outside
  }

  /// How much to enlarge the title and the legend so that they stay legible when a large drawing is
  /// shrunk to fit the paper: 1 while the drawing alone prints at 80 % or more, else the factor that
  /// brings them back to about 80 % (at most 8).
  static func legendMagnification(
    body: GraphLayout.Box, paper: PaperSize, orientation: PageOrientation = .auto
  ) -> Double {
    let printable = orientation.pages(of: paper).map {
      ($0.width - 2 * paper.marginPoints, $0.height - 2 * paper.marginPoints)
    }
    let scale = printable.map { min($0.0 / max(body.width, 1), $0.1 / max(body.height, 1)) }.max() ?? 1
    return min(max(0.8 / scale, 1), 8)
  }

  /// `x,y` for a `pos` attribute.
  static func point(_ x: Double, _ y: Double) -> String {
    DOTEscaping.number(x) + "," + DOTEscaping.number(y)
  }

  /// Graph attributes that only the first pass needs (nop2 must not move anything).
  static let layoutOnlyAttributes = [
    "overlap", "sep", "esep", "K", "nodesep", "ranksep", "newrank", "rankdir", "smoothing", "mindist", "concentrate",
    "start", "maxiter", "ratio", "pack", "packmode",
  ]

  /// `body` with every node at its laid-out position, edges with their splines, clusters with
  /// their boxes, and the graph attributes of the second pass.
  private static func positioned(_ body: DOTGraph, layout: GraphLayout) -> DOTGraph {
    var graph = body
    for index in graph.nodes.indices {
      if let node = layout.nodes[graph.nodes[index].name] {
        graph.nodes[index].attributes["pos"] = .plain(point(node.x, node.y))
      }
    }
    for index in graph.edges.indices {
      guard case .plain(let id)? = graph.edges[index].attributes["id"], let geometry = layout.edges[id] else {
        continue
      }
      for (name, value) in geometry.sorted(by: { $0.key < $1.key }) {
        graph.edges[index].attributes[name] = .plain(value)
      }
    }
    for index in graph.clusters.indices {
      for (name, value) in (layout.clusters[graph.clusters[index].name] ?? [:]).sorted(by: { $0.key < $1.key }) {
        graph.clusters[index].attributes[name] = .plain(value)
      }
    }
    for name in layoutOnlyAttributes { graph.attributes[name] = nil }
    graph.attributes["layout"] = .plain("nop2")
    graph.attributes["notranslate"] = .bool(true)
    graph.attributes["pad"] = .number(0)
    graph.attributes["margin"] = .number(0)
    graph.attributes["outputorder"] = .plain("edgesfirst")
    // Every edge has its geometry; an edge the engine could not route is drawn straight (never
    // routed in this pass: see ParallelEdges).
    graph.attributes["splines"] = .plain("line")
    return graph
  }

  // MARK: - Text

  /// A text to measure and draw: a key, its label.
  struct TextLabel {
    var key: String
    var label: HTMLLabel
  }

  /// The title and every legend text, keyed "title", "heading:i", "item:i:j".
  static func textLabels(for drawing: MapDrawing, magnification: Double = 1) -> [TextLabel] {
    // Graphviz reads an HTML label's POINT-SIZE as a whole number (it drops the fraction).
    let size = { (points: Double) in (points * magnification).rounded(.up) }
    var titleMarkup =
      HTMLLabel(markup: HTMLLabel.escape(wrappedTitle(drawing.title), lineBreak: "<BR ALIGN=\"LEFT\"/>")).bold
      .font(size: size(MapTypography.titleSize)).markup + "<BR ALIGN=\"LEFT\"/>"
    for line in drawing.subtitles {
      titleMarkup +=
        HTMLLabel(markup: HTMLLabel.escape(line, lineBreak: "<BR ALIGN=\"LEFT\"/>"))
        .font(size: size(MapTypography.subtitleSize), color: MapTypography.mutedColor).markup + "<BR ALIGN=\"LEFT\"/>"
    }
    var labels = [TextLabel(key: "title", label: HTMLLabel(markup: titleMarkup))]
    for (sectionIndex, section) in drawing.legend.sections.enumerated() {
      labels.append(
        TextLabel(
          key: "heading:\(sectionIndex)",
          label: HTMLLabel.text(section.title).bold.font(size: size(MapTypography.legendHeadingSize))))
      for (itemIndex, item) in section.items.enumerated() {
        let text = LegendBlock.wrapped(item.text)
        labels.append(
          TextLabel(
            key: "item:\(sectionIndex):\(itemIndex)",
            label: HTMLLabel(
              markup: HTMLLabel.escape(text, lineBreak: "<BR ALIGN=\"LEFT\"/>") + "<BR ALIGN=\"LEFT\"/>"
            )
            .font(size: size(MapTypography.legendSize))))
      }
    }
    return labels
  }

  /// Titles longer than this many characters are broken after the map's name.
  static let titleLineLength = 60

  /// `title` on two lines, the map's name then the model's, when it is longer than
  /// ``titleLineLength`` (a long title on one line would set the width of a tall map's page).
  static func wrappedTitle(_ title: String) -> String {
    guard title.count > titleLineLength, let dash = title.range(of: " — ") else { return title }
    return String(title[..<dash.lowerBound]) + " —\n" + String(title[dash.upperBound...])
  }

  /// The size in points of each label, measured by Graphviz with the maps' font.
  static func measure(_ labels: [HTMLLabel], graphviz: Graphviz) throws(GraphvizError) -> [(
    width: Double, height: Double
  )] {
    guard !labels.isEmpty else { return [] }
    var graph = DOTGraph(
      name: "measure", attributes: ["charset": .plain("UTF-8")],
      nodeDefaults: [
        "shape": .plain("plaintext"), "margin": .number(0), "width": .number(0), "height": .number(0),
        "fontname": .plain(MapTypography.fontName), "fontcolor": .plain(MapTypography.textColor),
      ])
    for (index, label) in labels.enumerated() {
      graph.nodes.append(DOTNode("t\(index)", ["label": .html(label), "pos": .plain("0,0")]))
    }
    let layout = try graphviz.layout(dot: graph.layoutText, engine: "nop")
    return labels.indices.map { index in
      let node = layout.nodes["t\(index)"]
      return (node?.width ?? 0, node?.height ?? 0)
    }
  }

  // MARK: - Arrangement

  /// Where the legend goes and on which page orientation.
  struct Arrangement {
    var columns: [[LegendBlock.Piece]]
    var legendOrigin: (x: Double, y: Double)
    var legendWidth: Double
    var legendHeight: Double
    var page: (width: Double, height: Double)
    var scale: Double

    /// The top of the legend.
    var legendTop: Double { legendOrigin.y }
  }

  /// Tries the legend below and to the right of the drawing (or where `placement` says), in every
  /// column count (whole sections, or items flowed across columns), on the pages `orientation`
  /// allows, and keeps the arrangement that prints the drawing largest, and of those (within
  /// 0.1 %) the one whose legend is smallest. (The legend's own size is the renderer's: ``MapRenderer`` sizes it so that
  /// it prints legibly and takes at most ``LegendPlacement/maximumPageShare`` of the page.)
  static func arrangement(
    body: GraphLayout.Box, title: (width: Double, height: Double), legend: LegendBlock, paper: PaperSize,
    orientation: PageOrientation = .auto, placement: LegendPlacement? = nil
  ) -> Arrangement {
    let placements: [LegendPlacement] =
      switch placement {
      case .side?: [.side]
      case .bottom?: [.bottom]
      default: [.bottom, .side]
      }
    var best: Arrangement?
    // Whole sections in 1 to n columns, then the items flowed into 2 to 6 columns.
    let candidates =
      (1...max(1, legend.sections.count)).map { legend.columns(count: $0) }
      + (2...maximumLegendColumns).map { legend.flowed(count: $0) }
    for side in placements {
      for columns in candidates {
        let size = legend.size(of: columns)
        let origin: (x: Double, y: Double)
        if legend.sections.isEmpty {
          origin = (body.minX, body.minY)
        } else if side == .bottom {
          origin = (body.minX, body.minY - gap)
        } else {
          origin = (body.maxX + gap, body.maxY)
        }
        let minX = min(body.minX, origin.x)
        let maxX = max(body.maxX, origin.x + size.width, body.minX + title.width)
        let minY = min(body.minY, origin.y - size.height)
        let maxY = max(body.maxY, origin.y) + gap + title.height
        let width = max(maxX - minX, 1)
        let height = max(maxY - minY, 1)
        for page in orientation.pages(of: paper) {
          let scale = min(
            (page.width - 2 * paper.marginPoints) / width, (page.height - 2 * paper.marginPoints) / height,
            maximumScale)
          let area = size.width * size.height
          // A larger drawing first; at (about) the same scale, the legend taking less of the page.
          let better = best.map {
            scale > $0.scale * 1.001 || scale > $0.scale * 0.999 && area < $0.legendWidth * $0.legendHeight * 0.99
          }
          if better ?? true {
            best = Arrangement(
              columns: columns, legendOrigin: origin, legendWidth: size.width, legendHeight: size.height,
              page: page, scale: scale)
          }
        }
      }
    }
    let portrait = paper.portraitPoints
    return best
      ?? Arrangement(
        columns: [], legendOrigin: (body.minX, body.minY), legendWidth: 0, legendHeight: 0,
        page: (portrait.width, portrait.height), scale: 1)
  }
}

/// The result of composing a map: the final graph, ready for `nop2`.
package struct ComposedMap: Sendable, Equatable {
  /// The composed graph (every position fixed, `layout=nop2`).
  package var graph: DOTGraph
  /// The plan of the first pass.
  package var plan: LayoutPlan
  /// Graphviz's warnings during the layout.
  package var warnings: [String]
  /// The page's scale: printed points per point of the drawing.
  package var scale: Double = 1
  /// How much the title and the legend were enlarged.
  package var legendScale: Double = 1
  /// The share of the page the legend takes.
  package var legendShare: Double = 0
  /// The share of the printable width left blank beside the map.
  package var blankWidth: Double = 0
  /// The share of the printable height left blank above and below the map.
  package var blankHeight: Double = 0
  /// With ``LegendPlacement/page``, the legend's own page (the same paper, every position fixed).
  package var legendPage: DOTGraph?
  /// The drawing's height over its width, before the title and the legend are added.
  package var bodyAspect: Double = 1
  /// The drawing's width at which the map would fill the printable width at this scale, its legend
  /// (if at the side) beside it; wider than the drawing where the page is left blank across.
  package var fillingWidth: Double = 0

  /// The composed graph as DOT.
  package var dot: String { graph.dotText }
}
