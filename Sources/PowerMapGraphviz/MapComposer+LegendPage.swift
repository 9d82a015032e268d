extension MapComposer {
  /// The largest print size of the legend page's texts, in points.
  static let legendPageTextLimit = 12.0

  /// The legend of `drawing` on a page of its own (`--legend page`): the map's title, then the
  /// legend, enlarged to fill the page of `size` points (its texts printing at most at
  /// ``legendPageTextLimit``), at the map page's `scale` so that the samples drawn to scale (the
  /// power circles) keep the size they have on the map. Every position is fixed, for `nop2`.
  static func legendPage(
    _ drawing: MapDrawing, paper: PaperSize, size page: (width: Double, height: Double), scale: Double,
    graphviz: Graphviz = .shared
  ) throws(GraphvizError) -> DOTGraph {
    let printable = ((page.width - 2 * paper.marginPoints) / scale, (page.height - 2 * paper.marginPoints) / scale)
    var magnification = legendPageTextLimit / (MapTypography.legendSize * scale)
    var fitted:
      (
        texts: [TextLabel], legend: LegendBlock, columns: [[LegendBlock.Piece]],
        sizes: [String: (width: Double, height: Double)]
      )?
    // Measured at a size, the legend is arranged in the columns that fill the page best; when it
    // overflows, it is measured again smaller.
    for _ in 0..<8 {
      let texts = textLabels(for: drawing, magnification: magnification)
      var sizes: [String: (width: Double, height: Double)] = [:]
      for (text, size) in zip(texts, try measure(texts.map(\.label), graphviz: graphviz)) { sizes[text.key] = size }
      let legend = LegendBlock(legend: drawing.legend, sizes: sizes, magnification: magnification)
      let title = sizes["title"] ?? (0, 0)
      let candidates =
        (1...max(1, legend.sections.count)).map { legend.columns(count: $0) }
        + (2...maximumLegendColumns).map { legend.flowed(count: $0) }
      let fill = { (columns: [[LegendBlock.Piece]]) -> Double in
        let size = legend.size(of: columns)
        return min(
          printable.0 / max(size.width, title.width, 1), (printable.1 - title.height - gap) / max(size.height, 1))
      }
      guard let best = candidates.max(by: { fill($0) < fill($1) }) else { break }
      fitted = (texts, legend, best, sizes)
      if fill(best) >= 1 { break }
      magnification *= max(fill(best), 0.5) * 0.97
    }
    var graph = DOTGraph(
      name: "legend_page", attributes: drawing.body.attributes, nodeDefaults: drawing.body.nodeDefaults,
      edgeDefaults: drawing.body.edgeDefaults)
    for name in layoutOnlyAttributes { graph.attributes[name] = nil }
    for (name, value) in [
      ("layout", "nop2"), ("notranslate", "true"), ("pad", "0"), ("margin", "0"), ("outputorder", "edgesfirst"),
      ("splines", "line"),
    ] {
      graph.attributes[name] = .plain(value)
    }
    guard let fitted else { return graph }
    let title = fitted.sizes["title"] ?? (0, 0)
    // The title at the top left, the legend under it.
    graph.nodes.append(
      .pinnedText(
        "map:title", fitted.texts.first { $0.key == "title" }?.label ?? HTMLLabel(markup: ""),
        at: point(title.width / 2, -title.height / 2)))
    fitted.legend.place(into: &graph, columns: fitted.columns, origin: (0, -title.height - gap), labels: fitted.texts)
    // The page's corners: the content in the top-left corner of the printable area.
    let left = -paper.marginPoints / scale
    let top = paper.marginPoints / scale
    for (name, x, y) in [
      ("map:corner:lower", left, top - page.height / scale), ("map:corner:upper", left + page.width / scale, top),
    ] {
      graph.nodes.append(.invisiblePoint(name, at: point(x, y)))
    }
    graph.attributes["size"] = .plain(
      DOTEscaping.number(page.width / 72) + "," + DOTEscaping.number(page.height / 72) + "!")
    return graph
  }
}
