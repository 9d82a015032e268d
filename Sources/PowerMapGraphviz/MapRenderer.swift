import Foundation
import PowerMap

/// Draws the maps of DESIGN.md "Maps" for a model, in-process through Graphviz.
///
///     let map = try MapRenderer.render(
///       model: model, scenarios: scenarios, options: MapOptions(kind: .power, language: .es, paper: .a3),
///       format: .pdf)
///     try map.data.write(to: url)
///
/// Rendering goes through ``Graphviz/shared``, whose lock serialises every call into Graphviz, so
/// maps may be rendered from any number of tasks (they queue for Graphviz).
public enum MapRenderer {
  /// The map as a drawing: the graph to lay out, the plan, the title and the legend.
  package static func drawing(model: Model, scenarios: [Scenario], options: MapOptions) throws(MapError) -> MapDrawing {
    try drawing(MapContext(model: model, scenarios: scenarios, options: options))
  }

  /// The map of an analysis already made (of its model after its scenarios) in `format`; for the
  /// scenario map, `baseline` is the model's analysis without scenarios (computed when nil). A
  /// report that has both saves two analyses per map.
  package static func render(
    analysis: StakeholderAnalysis, baseline: StakeholderAnalysis? = nil, options: MapOptions, format: MapFormat
  ) throws(MapError) -> RenderedMap {
    let drawing = try drawing(MapContext(analysis: analysis, baseline: baseline, options: options))
    let composed: ComposedMap
    do {
      composed = try MapComposer.compose(drawing, paper: options.paper)
    } catch {
      throw .graphviz(error)
    }
    return try render(composed, format: format, dpi: options.dpi)
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
      guard !scenarios.isEmpty else { throw .scenarioRequired }
      return ScenarioMapBuilder(context: context).drawing()
    case .grid:
      do {
        return try GridMapBuilder(context: context).drawing()
      } catch {
        throw .graphviz(error)
      }
    case .commitments:
      return CommitmentsMapBuilder(context: context).drawing()
    }
  }

  /// The composed map: the drawing laid out, with title and legend, fitted to the paper.
  package static func compose(model: Model, scenarios: [Scenario], options: MapOptions) throws(MapError) -> ComposedMap
  {
    let drawing = try drawing(model: model, scenarios: scenarios, options: options)
    do {
      return try MapComposer.compose(drawing, paper: options.paper)
    } catch {
      throw .graphviz(error)
    }
  }

  /// The map in `format`.
  public static func render(model: Model, scenarios: [Scenario], options: MapOptions, format: MapFormat)
    throws(MapError) -> RenderedMap
  {
    let composed = try compose(model: model, scenarios: scenarios, options: options)
    return try render(composed, format: format, dpi: options.dpi)
  }

  /// A composed map in `format` (PNG at `dpi` pixels per inch).
  package static func render(_ composed: ComposedMap, format: MapFormat, dpi: Int = 150) throws(MapError) -> RenderedMap
  {
    guard let graphvizFormat = format.graphvizFormat else {
      return RenderedMap(data: Data(composed.dot.utf8), warnings: composed.warnings, plan: composed.plan)
    }
    var graph = composed.graph
    if format == .png { graph.attributes["dpi"] = .number(Double(dpi)) }
    do {
      let output = try Graphviz.shared.render(dot: graph.dotText, engine: "nop2", format: graphvizFormat)
      return RenderedMap(data: output.data, warnings: composed.warnings + output.warnings, plan: composed.plan)
    } catch {
      throw .graphviz(error)
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
