/// How an overview (``MapOverview``) groups the actors it does not draw one by one.
///
/// ``MapRenderer`` fits an overview with groups by level and kind first; when their labels do not
/// fit the page at their minimum sizes (a model whose actors spread over many kinds, on A4), it
/// fits it again with one group per level and keeps the one that keeps the page's rules better.
package enum OverviewGrouping: Sendable {
  /// One group per level and kind, drawn in the kind's shape.
  case levelAndKind
  /// One group per level; a group of several kinds is drawn as a rounded box.
  case level
}
