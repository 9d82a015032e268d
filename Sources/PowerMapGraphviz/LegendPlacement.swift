/// Where a map's legend goes.
public enum LegendPlacement: String, Sendable, CaseIterable, Codable {
  /// To the right of the drawing.
  case side
  /// Below the drawing.
  case bottom
  /// No legend.
  case none
  /// On a page of its own (PDF only): the map's page has no legend, a second page holds it.
  case page

  /// The share of the page the default legend takes at most (the drawing gets the rest).
  package static let maximumPageShare = 0.2
}
