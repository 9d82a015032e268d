import Foundation
import PowerMap

extension GridMapBuilder {
  /// Squares per side of the density grid of a big model.
  static let densityCells = 25

  /// The fill of a square holding `count` actors when the fullest holds `fullest`: a translucent
  /// grey, its opacity from 6 % (one actor) to 45 % (the fullest) in proportion to the count, so the
  /// quadrants, grid lines and names stay visible beneath.
  static func densityFill(count: Int, fullest: Int) -> String {
    let fraction = fullest > 1 ? Double(count - 1) / Double(fullest - 1) : 1
    let alpha = Int((16 + 99 * min(max(fraction, 0), 1)).rounded())
    return MapPalette.densityInk + String(format: "%02x", alpha)
  }

  /// One square per cell of a ``densityCells`` × ``densityCells`` grid over the plot holding at
  /// least one actor not in `shown`, at its (interest, effective power), shaded by how many.
  func densityNodes(side: Double, shown: Set<Int>) -> (nodes: [DOTNode], fullest: Int) {
    let analysis = context.analysis
    let cells = Self.densityCells
    var counts: [Int: Int] = [:]
    for index in analysis.state.actors.indices where !shown.contains(index) {
      let x = min(max(analysis.state.actors[index].interest, 0), 1)
      let y = min(max(analysis.effectivePower[index], 0), 1)
      let cell = min(Int(y * Double(cells)), cells - 1) * cells + min(Int(x * Double(cells)), cells - 1)
      counts[cell, default: 0] += 1
    }
    let fullest = counts.values.max() ?? 1
    let step = side / Double(cells)
    let strings = context.strings
    let nodes = counts.keys.sorted().compactMap { cell -> DOTNode? in
      guard let count = counts[cell] else { return nil }
      let (row, column) = (cell / cells, cell % cells)
      let range = { (start: Int) in
        String(format: "%.2f–%.2f", Double(start) / Double(cells), Double(start + 1) / Double(cells))
      }
      return DOTNode(
        "grid:density:\(cell)",
        [
          "shape": .plain("box"), "style": .plain("filled"), "penwidth": .number(0),
          "color": .plain(Self.densityFill(count: count, fullest: fullest)),
          "fillcolor": .plain(Self.densityFill(count: count, fullest: fullest)), "fixedsize": .bool(true),
          "width": .number(step / 72), "height": .number(step / 72), "label": .plain(""),
          "pos": .plain(MapComposer.point((Double(column) + 0.5) * step, (Double(row) + 0.5) * step)),
          "tooltip": .text(
            "\(count) " + strings[overview: count == 1 ? .actor : .actors] + ": " + strings[.interest] + " "
              + range(column) + ", "
              + strings[.power] + " " + range(row)),
        ])
    }
    return (nodes, fullest)
  }

  /// Three density samples (1 actor, the geometric middle, the fullest square) and the note.
  func densitySection(fullest: Int) -> MapLegend.Section {
    let strings = context.strings
    let middle = Int(Double(fullest).squareRoot().rounded())
    let counts = [1, middle, fullest].reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
    let items = counts.map { count in
      MapLegend.Item(
        .node(
          [
            "shape": .plain("box"), "style": .plain("filled"), "penwidth": .number(0),
            "fillcolor": .plain(Self.densityFill(count: count, fullest: fullest)),
            "color": .plain(Self.densityFill(count: count, fullest: fullest)),
          ], width: 14, height: 14), "\(count) " + strings[overview: count == 1 ? .actor : .actors])
    }
    return MapLegend.Section(
      title: strings[overview: .densitySection],
      items: items + [
        MapLegend.Item(.none, MapText.wrapped(strings[overview: .densityNote], width: 44)),
        MapLegend.Item(.none, strings[overview: .fullNote]),
      ])
  }
}
