/// A map before composition: the graph to lay out, how to lay it out, its title and legend.
///
/// The builders (``PowerMapBuilder``, ``GridMapBuilder``, ``CommitmentsMapBuilder``,
/// ``ScenarioMapBuilder``) produce one; ``MapComposer`` lays out ``body``, adds the title and the
/// legend around it, fits everything to the paper and hands back the final DOT.
package struct MapDrawing: Sendable, Equatable {
  /// The graph the layout engine sees (nodes and edges of the map itself).
  package var body: DOTGraph
  /// The engine and options.
  package var plan: LayoutPlan
  /// The title's first line (bold).
  package var title: String
  /// The lines under the title.
  package var subtitles: [String]
  /// The legend.
  package var legend: MapLegend
  /// The level clusters to arrange in bands when the plan asks for them (``LayoutPlan/levelBands``),
  /// top band first.
  var bands: [LevelBands.Band] = []

  /// A drawing with every part given.
  package init(body: DOTGraph, plan: LayoutPlan, title: String, subtitles: [String], legend: MapLegend) {
    self.body = body
    self.plan = plan
    self.title = title
    self.subtitles = subtitles
    self.legend = legend
  }
}
