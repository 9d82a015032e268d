import Foundation
import PowerMap

/// The texts of the grid map, measured in one call to Graphviz: the actors' labels, the tick
/// labels, the two axis titles and the quadrant names, each with its size in points.
struct GridTexts {
  typealias Size = (width: Double, height: Double)

  /// The tick values, 0 to 1 by 0.1.
  let ticks = (0...10).map { Double($0) / 10 }
  let actorLabels: [HTMLLabel]
  let tickLabels: [HTMLLabel]
  let axisLabels: [HTMLLabel]
  let quadrantLabels: [HTMLLabel]
  let actorSizes: [Size]
  let tickSizes: [Size]
  let axisSizes: [Size]
  let quadrantSizes: [Size]

  /// The texts of a grid showing the actors `shown` (indices into the analysed state).
  init(shown: [Int], context: MapContext) throws(GraphvizError) {
    let strings = context.strings
    let analysis = context.analysis
    actorLabels = shown.map { index in
      HTMLLabel.text(analysis.state.actors[index].actor.short).bold.font(size: 11) + HTMLLabel.text(" ")
        + HTMLLabel.text(MapNumber.signed(analysis.effectiveStance[index])).font(size: 10)
    }
    tickLabels = ticks.map { HTMLLabel.text(String(format: "%.1f", $0)).font(size: 9) }
    axisLabels = [strings[.interestAxis], strings[.powerAxis]].map {
      HTMLLabel.text($0).bold.font(size: MapTypography.nameSize)
    }
    quadrantLabels = PowerInterestQuadrant.allCases.map {
      HTMLLabel.text(strings.quadrant($0)).bold.font(size: MapTypography.quadrantSize)
    }
    let sizes = try MapComposer.measure(actorLabels + tickLabels + axisLabels + quadrantLabels, graphviz: .shared)
    var remaining = sizes[...]
    func take(_ count: Int) -> [Size] {
      defer { remaining = remaining.dropFirst(count) }
      return Array(remaining.prefix(count))
    }
    actorSizes = take(actorLabels.count)
    tickSizes = take(tickLabels.count)
    axisSizes = take(axisLabels.count)
    quadrantSizes = take(quadrantLabels.count)
  }
}
