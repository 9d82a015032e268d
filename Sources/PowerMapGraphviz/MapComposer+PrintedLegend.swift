extension MapComposer {
  /// The title and the legend of a drawing measured at one magnification and arranged around its
  /// laid-out body.
  struct PlacedLegend {
    /// How much the title and the legend are enlarged.
    var magnification: Double
    /// The title and the legend's texts.
    var texts: [TextLabel]
    /// The legend, measured.
    var legend: LegendBlock
    /// The title's size in points.
    var title: (width: Double, height: Double)
    /// Where the legend goes, on which page, and the page's scale.
    var choice: Arrangement

    /// The legend's share of the page as printed.
    var share: Double {
      choice.legendWidth * choice.legendHeight * choice.scale * choice.scale / (choice.page.width * choice.page.height)
    }

    /// The smallest text of the title and the legend as printed, in points; nil without texts.
    var smallestText: Double? {
      texts.flatMap { PrintedTextSizes.fontSizes($0.label.markup) }.min().map { $0 * choice.scale }
    }
  }

  /// The title and the legend of `drawing` at `magnification`, measured and arranged around `body`
  /// (``arrangement(body:title:legend:paper:orientation:placement:)``).
  static func placedLegend(
    _ drawing: MapDrawing, body: GraphLayout.Box, magnification: Double, paper: PaperSize,
    orientation: PageOrientation, placement: LegendPlacement?, graphviz: Graphviz
  ) throws(GraphvizError) -> PlacedLegend {
    let texts = textLabels(for: drawing, magnification: magnification)
    let sizes = try measure(texts.map(\.label), graphviz: graphviz)
    var sizeByKey: [String: (width: Double, height: Double)] = [:]
    for (text, size) in zip(texts, sizes) { sizeByKey[text.key] = size }
    let legend = LegendBlock(legend: drawing.legend, sizes: sizeByKey, magnification: magnification)
    let title = sizeByKey["title"] ?? (0, 0)
    let choice = arrangement(
      body: body, title: title, legend: legend, paper: paper, orientation: orientation, placement: placement)
    return PlacedLegend(magnification: magnification, texts: texts, legend: legend, title: title, choice: choice)
  }

  /// `placed` sized again in printed points against its final layout, when it breaks the page's
  /// rules for the legend: more than ``LegendPlacement/maximumPageShare`` of the page, or a text
  /// printing below ``PrintedTextSizes/minimumOther``.
  ///
  /// The page's scale depends on the legend's size and the legend's printed size on the scale, so
  /// the legend is measured and arranged again (the body is not laid out again: only the
  /// arrangement moves) until it prints at ``PrintedTextSizes/legendTarget`` within its share, or
  /// at the least size that keeps its share; its texts never fall below the minimum for its share.
  static func printedLegend(
    _ placed: PlacedLegend, drawing: MapDrawing, body: GraphLayout.Box, paper: PaperSize,
    orientation: PageOrientation, placement: LegendPlacement?, graphviz: Graphviz
  ) throws(GraphvizError) -> PlacedLegend {
    var placed = placed
    let maximumShare = LegendPlacement.maximumPageShare
    for _ in 0..<legendPasses {
      guard !drawing.legend.sections.isEmpty, let printed = placed.smallestText, printed > 0 else { break }
      guard placed.share > maximumShare || printed < PrintedTextSizes.minimumOther else { break }
      var factor = PrintedTextSizes.legendTarget / printed
      // The printed area grows with the square of the printed size.
      if placed.share * factor * factor > maximumShare { factor = (maximumShare * 0.97 / placed.share).squareRoot() }
      factor = max(factor, (PrintedTextSizes.minimumOther + 0.05) / printed)
      guard abs(factor - 1) > 0.002 else { break }
      placed = try placedLegend(
        drawing, body: body, magnification: placed.magnification * factor, paper: paper, orientation: orientation,
        placement: placement, graphviz: graphviz)
    }
    return placed
  }

  /// The most times the legend is measured again against the final layout (``printedLegend``).
  static let legendPasses = 4
}
