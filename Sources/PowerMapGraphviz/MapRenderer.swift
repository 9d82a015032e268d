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
  /// The smallest ``MapOptions/drawingScale`` of a map of more than ``LevelBands/packedLimit``
  /// actors (above ``LayoutPlan/smallMapLimit`` most of them labelled by id): its labels, not its
  /// nodes, fill the page, so its nodes are smaller still, so that the page holds them.
  static let minimumLargeDrawingScale = 0.3

  /// The most of the printable page a map leaves blank across or down before its bands are
  /// reshaped.
  static let maximumBlank = 0.08

  /// The most times a map is laid out again with larger texts.
  static let fittingPasses = 6
  /// The most times a map of more than ``LayoutPlan/smallMapLimit`` actors is laid out again: its
  /// named actors are found as well.
  static let largeFittingPasses = 8
  /// The most times an overview is laid out again: it finds how many actors it draws one by one,
  /// and each pass is quick (a hundred-odd nodes).
  static let overviewFittingPasses = 12

  /// Whether the map of `context` is fitted to its paper (``fitted(_:)``): the power and scenario
  /// maps drawn in full up to ``LayoutPlan/bandedMapLimit`` actors or as an overview, the
  /// one-commitment map up to ``LayoutPlan/smallMapLimit`` actors and the grid unless it draws an
  /// overview.
  private static func fits(_ context: MapContext) -> Bool {
    let actors = context.analysis.state.actors.count
    switch context.options.kind {
    case .grid: return !context.options.drawsOverview(actorCount: actors)
    case .commitments: return false
    case .commitment: return actors <= LayoutPlan.smallMapLimit
    case .power, .scenario:
      return actors <= LayoutPlan.bandedMapLimit || context.options.drawsOverview(actorCount: actors)
    }
  }

  /// The composed map of `context`, its texts enlarged until they print at their minimum sizes
  /// (``PrintedTextSizes``): the layout is made for the page, with nodes, gaps and texts at the
  /// sizes they print at, not shrunk afterwards; above ``LayoutPlan/smallMapLimit`` actors, as
  /// many of the most powerful actors are named as the page holds with their names at the
  /// minimum, the others labelled by id (``MapOptions/namedActors``). The maps ``fits(_:)`` names
  /// are fitted; the others are composed once (laid out again only to fill a page left blank,
  /// ``filled(_:options:)``), so their render times stay as they were.
  private static func fitted(_ context: MapContext) throws(MapError) -> ComposedMap {
    // A map for the screen, redrawn on every edit: one layout with straight edges (routing the
    // splines around the nodes takes most of a map's time).
    if !context.options.fitsPaper { return try compose(drawing(context), options: context.options, routeEdges: false) }
    return try finished(fitting(context), context: context)
  }

  /// A map fitted to one page: the options it is fitted with and its composition; `final` when the
  /// composition is the map as drawn, else it is composed once more with its edges routed
  /// (``finished(_:context:)``).
  private struct Fitting {
    var options: MapOptions
    var composed: ComposedMap
    var final: Bool
  }

  /// The map of `fitting` as drawn: composed with its options and its edges routed, its legend
  /// sized again on that layout.
  ///
  /// A legend sized again may leave the page blank where the fitting did not: a legend wider than
  /// the drawing, once smaller, no longer sets the page's width. Such a map is reshaped once more
  /// (``reshape(_:for:)``) with the legend at its new size, and the composition closer to the
  /// page's rules (``fitShortfall(_:paper:)``) is kept.
  private static func finished(_ fitting: Fitting, context: MapContext) throws(MapError) -> ComposedMap {
    guard !fitting.final else { return fitting.composed }
    // The last layout routes the edges, which moves the page's scale a little: the legend is sized
    // again in printed points on it, so that it keeps its share of the page and its minimum.
    let composed = try finalComposition(context, options: fitting.options)
    guard max(composed.blankWidth, composed.blankHeight) > maximumBlank else { return composed }
    var options = fitting.options
    reshape(&options, for: composed, final: true)
    options.legendScale = composed.legendScale
    let reshaped = try finalComposition(context, options: options)
    let paper = options.paper
    return fitShortfall(reshaped, paper: paper) < fitShortfall(composed, paper: paper) ? reshaped : composed
  }

  /// The map of `context` with `options`, its edges routed and its legend sized in printed points.
  private static func finalComposition(_ context: MapContext, options: MapOptions) throws(MapError) -> ComposedMap {
    let final = MapContext(analysis: context.analysis, baseline: context.baseline, options: options)
    return try compose(drawing(final), options: options, keepsLegendRules: true)
  }

  /// The map of `context` fitted to its page (see ``fitted(_:)``). An overview whose groups by
  /// level and kind do not keep the page's rules (``fitShortfall(_:paper:)`` above
  /// ``coarserGroupingShortfall``: texts below their minimums, the page left blank or the legend
  /// too large, as where 35 groups' labels fill A4) is fitted again with one group per level
  /// (``OverviewGrouping/level``), and the fitting that keeps the rules better is kept, the coarser
  /// on a tie.
  private static func fitting(_ context: MapContext) throws(MapError) -> Fitting {
    let fine = try fittingPasses(context)
    guard fits(context), context.options.drawsOverview(actorCount: context.analysis.state.actors.count),
      context.options.overviewGrouping == .levelAndKind
    else { return fine }
    let paper = context.options.paper
    let shortfall = fitShortfall(fine.composed, paper: paper)
    guard shortfall > coarserGroupingShortfall else { return fine }
    var options = context.options
    options.overviewGrouping = .level
    let coarse = try fittingPasses(MapContext(analysis: context.analysis, baseline: context.baseline, options: options))
    return fitShortfall(coarse.composed, paper: paper) <= shortfall ? coarse : fine
  }

  /// How far an overview with groups by level and kind may fall short of the page's rules before
  /// it is fitted with groups by level (``fitting(_:)``): its texts 0.2 % below their minimums, or
  /// 2 % more of the page blank than ``maximumBlank``.
  static let coarserGroupingShortfall = 0.02

  /// The passes of ``fitting(_:)``: the maps ``fits(_:)`` names laid out until their texts print at
  /// their minimums, with straight edges; the others composed as drawn (``filled(_:options:)``).
  private static func fittingPasses(_ context: MapContext) throws(MapError) -> Fitting {
    var options = context.options
    guard fits(context) else {
      return Fitting(options: options, composed: try filled(context, options: options), final: true)
    }
    let actors = context.analysis.state.actors.count
    let large = actors > LayoutPlan.smallMapLimit && options.kind != .grid
    // Above ``LevelBands/packedLimit`` actors the labels, not the nodes, fill the page: the nodes
    // and gaps may shrink further so that the labels print at their minimum.
    let crowded = actors > LevelBands.packedLimit && options.kind != .grid
    // An overview draws as many actors one by one as the page holds named (``MapOverview``).
    let overview = options.drawsOverview(actorCount: actors)
    let smallest = crowded ? minimumLargeDrawingScale : minimumDrawingScale
    if overview { options.namedActors = options.namedActors ?? MapOverview.topStart(on: options.paper) }
    var composed = try compose(drawing(context), options: options, routeEdges: false)
    // A crowded map's passes may oscillate: the pass that comes closest is kept.
    var best = (shortfall: Double.infinity, options: options, composed: composed)
    for _ in 0..<(overview ? overviewFittingPasses : crowded ? largeFittingPasses : fittingPasses) {
      let shortfall = fitShortfall(composed, paper: options.paper)
      if shortfall <= best.shortfall { best = (shortfall, options, composed) }
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
      if blank > maximumBlank { reshape(&options, for: composed) }
      if crowded {
        // An overview fills the page (its bands reshaped) before it draws fewer actors one by one.
        fitLabels(
          &options, printed: printed, smallest: smallest, overview: overview, cut: !overview || blank <= maximumBlank)
      } else if body > 1.001 {
        // Smaller nodes and gaps around texts of the same size.
        options.drawingScale = max(options.drawingScale / (body * 1.05), smallest)
      }
      // The legend at the size it prints.
      options.legendScale = composed.legendScale * legend
      let enlarged = MapContext(analysis: context.analysis, baseline: context.baseline, options: options)
      composed = try compose(drawing(enlarged), options: options, routeEdges: false)
    }
    if crowded, fitShortfall(composed, paper: options.paper) > best.shortfall {
      options = best.options
      options.legendScale = options.legendScale ?? best.composed.legendScale
      composed = best.composed
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
    return Fitting(options: options, composed: composed, final: false)
  }

  /// How far `composed` falls short of the page's rules: its texts below their minimums (ten times
  /// the factor they lack), more than ``maximumBlank`` of the page blank, the legend above its share
  /// of the page; 0 when it keeps them all.
  static func fitShortfall(_ composed: ComposedMap, paper: PaperSize) -> Double {
    let printed = PrintedTextSizes(graph: composed.graph, scale: composed.scale)
    let legend = printed.legend.map { PrintedTextSizes.minimumOther / $0 } ?? 1
    return 10 * (max(printed.drawingShortfall(on: paper), legend) - 1)
      + max(max(composed.blankWidth, composed.blankHeight) - maximumBlank, 0)
      + max(composed.legendShare - LegendPlacement.maximumPageShare, 0)
  }

  /// The labels of a map of more than ``LayoutPlan/smallMapLimit`` actors fitted to the page: the
  /// nodes and gaps made smaller until the ids and values print at their minimum, and then, if
  /// they still do not, fewer actors named; the names of the actors named set in the size that
  /// prints at the names' minimum (``MapOptions/nameScale``): a few names, larger than the rest. An
  /// `overview` draws a quarter fewer actors one by one at a time (its groups set much of its
  /// extent), a banded map names 40 % fewer; none fewer unless `cut`.
  private static func fitLabels(
    _ options: inout MapOptions, printed: PrintedTextSizes, smallest: Double, overview: Bool = false, cut: Bool = true
  ) {
    let others = printed.others.map { PrintedTextSizes.minimumOther / $0 } ?? 1
    let names = printed.names.map { PrintedTextSizes.minimumName(on: options.paper) / $0 } ?? 1
    if names > 1.001 || names < 0.95 { options.nameScale = max(options.nameScale * names * 1.02, 1) }
    guard others > 1.001 else { return }
    if options.drawingScale <= smallest * 1.0001 && cut {
      let named = options.namedActors ?? PowerMapBuilder.fullLabelLimit
      options.namedActors = Int((Double(named) * (overview ? 0.75 : 0.6)).rounded(.down))
    }
    options.drawingScale = max(options.drawingScale / (others * 1.05), smallest)
  }

  /// `options` reshaped to fill a page that `composed` leaves more than ``maximumBlank`` blank
  /// across or down: the grid's plot taller or wider (within 2:3 and 3:2: the data keep their scale
  /// on each axis), the level bands narrower or wider, or a layered map (`dot`) stretched along the
  /// axis left blank (``MapOptions/bodyRatio``). For the `final` layout (``finished(_:context:)``),
  /// bands left blank across have their rows stretched to the page's width at the same scale
  /// (``MapOptions/bandRowWidth``): one reshape must fill the page, and wider rows at the same
  /// height do.
  private static func reshape(_ options: inout MapOptions, for composed: ComposedMap, final: Bool = false) {
    let blank = max(composed.blankWidth, composed.blankHeight)
    let taller = composed.blankHeight > composed.blankWidth
    if options.kind == .grid {
      let factor = taller ? 1 + blank : 1 / (1 + blank)
      options.gridAspect = min(max(options.gridAspect * factor, 2.0 / 3), 1.5)
    } else if composed.plan.levelBands {
      if final && !taller {
        // The rows stretched to the page's width (past a legend below that sets it).
        options.bandRowWidth = composed.fillingWidth - 2 * LevelBands.padding * options.drawingScale
      } else {
        // Wider bands wrap into fewer rows, and come out lower as well as wider.
        options.bandAspect *= taller ? 1 / (1 + 2 * blank) : 1 + 2 * blank
      }
    } else if composed.plan.engine == "dot" {
      // The body's height over its width, grown by the share left blank (dot spreads the ranks or
      // the nodes of a rank to reach it; it never shrinks a drawing).
      let aspect = composed.bodyAspect
      options.bodyRatio = taller ? aspect / (1 - blank) : aspect * (1 - blank)
    }
  }

  /// The map of `context` composed once, and laid out again (at most twice) while it leaves more
  /// than ``maximumBlank`` of the page blank across or down and its engine can be stretched to
  /// fill it (``reshape(_:for:)``).
  private static func filled(_ context: MapContext, options: MapOptions) throws(MapError) -> ComposedMap {
    var options = options
    var composed = try compose(drawing(context), options: options)
    for _ in 0..<2 where max(composed.blankWidth, composed.blankHeight) > maximumBlank {
      guard composed.plan.engine == "dot", !composed.plan.levelBands else { break }
      reshape(&options, for: composed)
      let stretched = MapContext(analysis: context.analysis, baseline: context.baseline, options: options)
      composed = try compose(drawing(stretched), options: options)
    }
    return composed
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

  private static func compose(
    _ drawing: MapDrawing, options: MapOptions, routeEdges: Bool = true, keepsLegendRules: Bool = false
  ) throws(MapError) -> ComposedMap {
    var drawing = drawing
    if let ratio = options.bodyRatio, drawing.plan.engine == "dot" {
      drawing.body.attributes["ratio"] = .number(ratio)
    }
    do {
      return try MapComposer.compose(
        drawing, paper: options.paper, orientation: options.orientation, legend: options.legend,
        drawingScale: options.drawingScale, legendScale: options.legendScale,
        bandShape: (options.bandAspect, options.bandRowWidth), routeEdges: routeEdges, forScreen: !options.fitsPaper,
        keepsLegendRules: keepsLegendRules)
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
