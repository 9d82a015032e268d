import Foundation
import PowerMap

/// Draws the four maps (``MapKind``) of a simulation's results, in-process through Graphviz. A map
/// takes results and runs no analysis.
///
///     let run = try model.simulate(["pan-to-morena"])
///     let map = try MapRenderer.render(
///       run, options: MapOptions(kind: .power, language: .es, paper: .a3), format: .pdf)
///     try map.data.write(to: url)
///
/// Rendering goes through ``Graphviz/shared``, whose lock serialises every call into Graphviz, so
/// maps may be rendered from any number of tasks (they queue for Graphviz).
public enum MapRenderer {
  /// The map of `run` as a drawing: the graph to lay out, the plan, the title and the legend. The
  /// scenario map draws `SimulationRun.after` against `SimulationRun.before`; the others draw
  /// `SimulationRun.after` (the model as it is when the run has no scenario).
  package static func drawing(_ run: SimulationRun, options: MapOptions) throws(MapError) -> MapDrawing {
    try drawing(MapContext(analysis: run.after, baseline: run.before, options: options))
  }

  /// The map of an analysis already made (of its model after its scenarios) in `format`; the
  /// scenario map needs `baseline`, the model's analysis without scenarios.
  ///
  /// - Throws: ``MapError/scenarioRequired`` for the scenario map of an analysis without scenario
  ///   or without `baseline`.
  package static func render(
    analysis: StakeholderAnalysis, baseline: StakeholderAnalysis? = nil, options: MapOptions, format: MapFormat
  ) throws(MapError) -> RenderedMap {
    try checkLegend(options, format: format)
    let context = MapContext(analysis: analysis, baseline: baseline, options: options)
    return try render(try fitted(context), format: format, dpi: options.dpi)
  }

  private static func drawing(_ context: MapContext) throws(MapError) -> MapDrawing {
    let options = context.options
    let scenarios = context.scenarios
    guard (36...1200).contains(options.dpi) else {
      throw .invalidOption("the PNG resolution must be between 36 and 1200 dpi (got \(options.dpi))")
    }
    switch options.kind {
    case .power:
      return PowerMapBuilder(context: context, before: nil).drawing()
    case .scenario:
      guard !scenarios.isEmpty, let before = context.baseline else { throw .scenarioRequired }
      return ScenarioMapBuilder(context: context, before: before).drawing()
    case .grid:
      do {
        return try GridMapBuilder(context: context).drawing()
      } catch {
        throw .graphviz(error)
      }
    case .commitments:
      return CommitmentsMapBuilder(context: context).drawing()
    case .commitment:
      return CommitmentMapBuilder(context: context, position: try commitmentPosition(context)).drawing()
    }
  }

  /// The position in the model of the commitment the one-commitment map draws.
  ///
  /// - Throws: ``MapError/invalidOption(_:)`` when no commitment is named or the model has none
  ///   with that id (with the closest id as a suggestion).
  private static func commitmentPosition(_ context: MapContext) throws(MapError) -> Int {
    let commitments = context.model.commitments
    guard let id = context.options.commitment else {
      throw .invalidOption(
        "the commitment map needs the id of a commitment: " + commitments.map(\.id).joined(separator: ", "))
    }
    guard let position = commitments.firstIndex(where: { $0.id == id }) else {
      let hint = DidYouMean.hint(for: id, among: commitments.map(\.id)).map { " (hint: \($0))" } ?? ""
      throw .invalidOption("the model has no commitment '\(Diagnostic.excerpt(id))'" + hint)
    }
    return position
  }

  /// The composed map of `run` (see ``drawing(_:options:)``): laid out, with title and legend,
  /// fitted to the paper.
  package static func compose(_ run: SimulationRun, options: MapOptions) throws(MapError) -> ComposedMap {
    try fitted(MapContext(analysis: run.after, baseline: run.before, options: options))
  }

  /// The smallest ``MapOptions/drawingScale``: nodes stay large enough to compare by area.
  static let minimumDrawingScale = 0.5

  /// The most of the printable page a map leaves blank across or down before its bands are
  /// reshaped.
  static let maximumBlank = 0.08

  /// The most times a map is laid out again with larger texts.
  static let fittingPasses = 6

  /// The composed map of `context`, its texts enlarged until they print at their minimum sizes
  /// (``PrintedTextSizes``): the layout is made for the page, with nodes, gaps and texts at the
  /// sizes they print at, not shrunk afterwards. The power and scenario maps of up to
  /// ``LayoutPlan/smallMapLimit`` actors and the grid of up to ``MapOverview/actorThreshold``
  /// actors (or drawn in full) are fitted; bigger maps and the commitments map are composed once,
  /// so their render times stay as they were.
  private static func fitted(_ context: MapContext) throws(MapError) -> ComposedMap {
    var options = context.options
    let actors = context.analysis.state.actors.count
    let fits =
      options.kind == .grid
      ? !options.drawsOverview(actorCount: actors)
      : options.kind != .commitments && actors <= LayoutPlan.smallMapLimit
    // A map for the screen, redrawn on every edit: one layout with straight edges (routing the
    // splines around the nodes takes most of a map's time).
    if !options.fitsPaper { return try compose(drawing(context), options: options, routeEdges: false) }
    guard fits else { return try compose(drawing(context), options: options) }
    var composed = try compose(drawing(context), options: options, routeEdges: false)
    for _ in 0..<fittingPasses {
      let printed = PrintedTextSizes(graph: composed.graph, scale: composed.scale)
      let body = printed.drawingShortfall(on: options.paper)
      var legend = printed.legend.map { PrintedTextSizes.legendTarget / $0 } ?? 1
      if composed.legendShare * legend * legend > LegendPlacement.maximumPageShare {
        // Too large a legend prints smaller: its share of the page comes before its text size (the
        // drawing's names matter more at the table than the legend's).
        legend = (LegendPlacement.maximumPageShare * 0.9 / composed.legendShare).squareRoot()
      }
      // More than 8 % of the page blank beside or above and below the map: bands wider or narrower.
      let blank = max(composed.blankWidth, composed.blankHeight)
      guard body > 1.001 || !(0.9...1.0).contains(1 / legend) || blank > maximumBlank else { break }
      if blank > maximumBlank && options.kind == .grid {
        // The grid's plot taller or wider (within 2:3 and 3:2): the data keep their scale on each axis.
        let factor = composed.blankHeight > composed.blankWidth ? 1 + blank : 1 / (1 + blank)
        options.gridAspect = min(max(options.gridAspect * factor, 2.0 / 3), 1.5)
      } else if blank > maximumBlank {
        options.bandAspect *= composed.blankWidth > composed.blankHeight ? 1 + 2 * blank : 1 / (1 + 2 * blank)
      }
      // Smaller nodes and gaps around texts of the same size; the legend at the size it prints.
      if body > 1.001 { options.drawingScale = max(options.drawingScale / (body * 1.05), minimumDrawingScale) }
      options.legendScale = composed.legendScale * legend
      let enlarged = MapContext(analysis: context.analysis, baseline: context.baseline, options: options)
      composed = try compose(drawing(enlarged), options: options, routeEdges: false)
    }
    // The legend does not end below the minimum where the passes left it oscillating, unless
    // reaching it would take more than its share of the page.
    if let smallest = PrintedTextSizes(graph: composed.graph, scale: composed.scale).legend,
      smallest < PrintedTextSizes.minimumOther
    {
      let factor = (PrintedTextSizes.minimumOther + 0.3) / smallest
      if composed.legendShare * factor * factor <= LegendPlacement.maximumPageShare {
        options.legendScale = composed.legendScale * factor
      }
    }
    options.legendScale = options.legendScale ?? composed.legendScale
    let final = MapContext(analysis: context.analysis, baseline: context.baseline, options: options)
    return try compose(drawing(final), options: options)
  }

  /// The map of `run` in `format` (see ``drawing(_:options:)``).
  public static func render(_ run: SimulationRun, options: MapOptions, format: MapFormat) throws(MapError)
    -> RenderedMap
  {
    try checkLegend(options, format: format)
    return try render(compose(run, options: options), format: format, dpi: options.dpi)
  }

  /// A legend on a page of its own needs a format with pages.
  ///
  /// - Throws: ``MapError/invalidOption(_:)`` for ``LegendPlacement/page`` in any format but PDF.
  private static func checkLegend(_ options: MapOptions, format: MapFormat) throws(MapError) {
    if options.legend == .page && format != .pdf {
      throw .invalidOption(
        "a legend on a page of its own needs PDF output (the map on the first page, the legend on the second); "
          + "for \(format.rawValue.uppercased()) choose the legend side, bottom or none")
    }
  }

  private static func compose(_ drawing: MapDrawing, options: MapOptions, routeEdges: Bool = true) throws(MapError)
    -> ComposedMap
  {
    do {
      return try MapComposer.compose(
        drawing, paper: options.paper, orientation: options.orientation, legend: options.legend,
        drawingScale: options.drawingScale, legendScale: options.legendScale, bandAspect: options.bandAspect,
        routeEdges: routeEdges, forScreen: !options.fitsPaper)
    } catch {
      throw .graphviz(error)
    }
  }

  /// A composed map in `format` (PNG at `dpi` pixels per inch).
  package static func render(_ composed: ComposedMap, format: MapFormat, dpi: Int = 150) throws(MapError) -> RenderedMap
  {
    guard let graphvizFormat = format.graphvizFormat else {
      return RenderedMap(data: Data(composed.dot.utf8), warnings: composed.warnings, plan: composed.plan)
    }
    var graph = composed.graph
    if format == .png { graph.attributes["dpi"] = .number(Double(dpi)) }
    if format == .pdf, let legendPage = composed.legendPage {
      return try renderPages([graph, legendPage], composed: composed)
    }
    do {
      let output = try Graphviz.shared.render(dot: graph.dotText, engine: "nop2", format: graphvizFormat)
      // Graphviz writes clusters in an order that changes from run to run (``SVGClusterOrder``).
      let data =
        format == .svg ? Data(SVGClusterOrder.sorted(String(decoding: output.data, as: UTF8.self)).utf8) : output.data
      return RenderedMap(data: data, warnings: composed.warnings + output.warnings, plan: composed.plan)
    } catch {
      throw .graphviz(error)
    }
  }
}

extension MapRenderer {
  /// `graphs` as one PDF of a page each (the map, then its legend), rendered apart and joined
  /// (``PDFPageJoiner``).
  fileprivate static func renderPages(_ graphs: [DOTGraph], composed: ComposedMap) throws(MapError) -> RenderedMap {
    var pages: [Data] = []
    var warnings = composed.warnings
    do {
      for graph in graphs {
        let output = try Graphviz.shared.render(dot: graph.dotText, engine: "nop2", format: "pdf:cairo")
        pages.append(output.data)
        warnings += output.warnings
      }
    } catch {
      throw .graphviz(error)
    }
    do {
      return RenderedMap(data: try PDFPageJoiner.join(pages), warnings: warnings, plan: composed.plan)
    } catch {
      throw .graphviz(
        .render(format: "pdf", message: "the legend's page could not be joined to the map's: " + error.description))
    }
  }
}

/// A rendered map.
public struct RenderedMap: Sendable {
  /// The file's bytes.
  public var data: Data
  /// Graphviz's warnings, if any.
  public var warnings: [String]
  /// The layout plan that was used.
  package var plan: LayoutPlan
}
