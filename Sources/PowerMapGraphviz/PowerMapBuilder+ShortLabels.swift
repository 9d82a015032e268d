import PowerMap

extension PowerMapBuilder {
  /// Above ``LayoutPlan/smallMapLimit`` actors (and up to the overview's threshold), the most
  /// actors labelled in full, the most powerful first; the others are labelled by their short id.
  static let fullLabelLimit = 30
  /// The longest short id drawn, in characters (a longer id is cut with "…").
  static let shortIdLength = 10

  /// Whether the actor at `index` is labelled in full (name and values): always on maps of up to
  /// ``LayoutPlan/smallMapLimit`` actors and on overviews, else when it is among the
  /// ``fullLabelLimit`` actors of highest effective power (ties by position). The others are
  /// labelled by their id alone, so that the labels stay large on the page; the SVG's tooltip
  /// keeps every value.
  func labelsInFull(_ index: Int) -> Bool {
    let power = context.analysis.effectivePower
    guard power.count > LayoutPlan.smallMapLimit,
      !MapOverview.applies(actorCount: power.count, options: context.options)
    else { return true }
    let stronger = power.indices.filter { (power[$0], -$0) > (power[index], -index) }.count
    return stronger < Self.fullLabelLimit
  }

  /// The label of an actor labelled by its id: the id (cut at ``shortIdLength``), bold, at the
  /// names' size.
  static func shortLabel(id: String) -> HTMLLabel {
    HTMLLabel.text(MapText.abbreviated(id, width: shortIdLength)).bold.font(size: MapTypography.nameSize)
  }
}
