import PowerMap

extension PowerMapBuilder {
  /// Above ``LayoutPlan/smallMapLimit`` actors (and up to the overview's threshold), the most
  /// actors labelled in full, the most powerful first, before the page is fitted
  /// (``MapOptions/namedActors``, fewer when the page holds fewer names at their minimum size); the
  /// others are labelled by their short id.
  static let fullLabelLimit = 30
  /// The longest short id drawn, in characters (a longer id is cut with "…").
  static let shortIdLength = 10

  /// Whether the actor at `index` is labelled in full (name and values): always on maps of up to
  /// ``LayoutPlan/smallMapLimit`` actors and on overviews, else when it is among the
  /// ``namedCount`` actors of highest effective power (ties by position). The others are
  /// labelled by their id alone, so that the labels stay large on the page; the SVG's tooltip
  /// keeps every value.
  func labelsInFull(_ index: Int) -> Bool {
    let power = context.analysis.effectivePower
    guard power.count > LayoutPlan.smallMapLimit,
      !MapOverview.applies(actorCount: power.count, options: context.options)
    else { return true }
    let stronger = power.indices.filter { (power[$0], -$0) > (power[index], -index) }.count
    return stronger < namedCount
  }

  /// How many actors are named in full on a map of more than ``LayoutPlan/smallMapLimit`` actors.
  var namedCount: Int { context.options.namedActors ?? Self.fullLabelLimit }

  /// The label of an actor labelled by its id: the id (cut at ``shortIdLength``), in regular
  /// weight at the values' size: a text like the values (at least 7 pt on the page), not a name.
  static func shortLabel(id: String) -> HTMLLabel {
    HTMLLabel.text(MapText.abbreviated(id, width: shortIdLength)).font(size: MapTypography.valueSize)
  }

  /// The legend's note on the actors labelled by id: how many are named, or that none is.
  var shortLabelNote: String {
    let count = namedCount
    let spanish = context.options.language == .es
    guard count > 0 else {
      return spanish
        ? "cada actor por su id (nombre y valores en la descripción emergente)"
        : "every actor by id (name and values in the tooltip)"
    }
    guard count > 1 else {
      return spanish
        ? "solo el de más poder con nombre; los demás por su id (nombre y valores en la descripción emergente)"
        : "only the most powerful named; the others by id (name and values in the tooltip)"
    }
    return spanish
      ? "solo los \(count) de más poder con nombre; los demás por su id (nombre y valores en la descripción emergente)"
      : "only the \(count) most powerful named; the others by id (name and values in the tooltip)"
  }
}
