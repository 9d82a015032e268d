import Foundation

/// The smallest text sizes of a composed map as printed (after the page's scale), and the sizes
/// the page calls for: actor names at least 12 pt on A3 (9 pt on smaller paper), every other text
/// at least 7 pt.
struct PrintedTextSizes: Equatable {
  /// The smallest actor name, in points on the page; nil when the map draws no name.
  var names: Double?
  /// The smallest other text of the drawing, in points on the page.
  var others: Double?
  /// The smallest text of the title and the legend, in points on the page.
  var legend: Double?

  /// The least size of an actor's name on `paper`.
  static func minimumName(on paper: PaperSize) -> Double { paper == .a3 ? 12 : 9 }
  /// The least size of every other text.
  static let minimumOther = 7.0
  /// The size the legend's smallest text is printed at (a little above the minimum, so that the
  /// legend takes no more of the page than it needs).
  static let legendTarget = 7.6

  /// The sizes of `graph`'s texts times `scale`. A name is the first font of the bold label of an
  /// actor (`actor:…`), of its label drawn outside (`label:actor:…`) or of its grid label
  /// (`grid:label:…`).
  init(graph: DOTGraph, scale: Double) {
    var names: [Double] = []
    var others: [Double] = []
    var legend: [Double] = []
    for node in graph.nodes {
      guard case .html(let label)? = node.attributes["label"] else { continue }
      let sizes = Self.fontSizes(label.markup)
      if node.name.hasPrefix("legend:") || node.name.hasPrefix("map:") {
        legend += sizes
        continue
      }
      // An actor labelled by its id (regular weight) is not named: its id is a text like the others.
      let isName =
        label.markup.contains("<B>") && ["actor:", "label:actor:", "grid:label:"].contains { node.name.hasPrefix($0) }
      if isName, let first = sizes.first {
        names.append(first)
        others += sizes.dropFirst()
      } else {
        others += sizes
      }
    }
    for cluster in graph.clusters {
      if case .number(let size)? = cluster.attributes["fontsize"] { others.append(size) }
    }
    self.names = names.min().map { $0 * scale }
    self.others = others.min().map { $0 * scale }
    self.legend = legend.min().map { $0 * scale }
  }

  /// How much larger the drawing's texts must print to reach the minimums on `paper` (1 when they
  /// do).
  func drawingShortfall(on paper: PaperSize) -> Double {
    var factor = 1.0
    if let names { factor = max(factor, Self.minimumName(on: paper) / names) }
    if let others { factor = max(factor, Self.minimumOther / others) }
    return factor
  }

  /// Every `POINT-SIZE` of an HTML label, in order.
  static func fontSizes(_ markup: String) -> [Double] {
    var sizes: [Double] = []
    var rest = markup[...]
    while let range = rest.range(of: "POINT-SIZE=\"") {
      let digits = rest[range.upperBound...].prefix { $0 != "\"" }
      // Graphviz drops the fraction of a POINT-SIZE.
      if let size = Double(digits) { sizes.append(size.rounded(.down)) }
      rest = rest[range.upperBound...]
    }
    return sizes
  }
}
