/// How a map's page is turned.
///
/// `auto` follows one rule for every map: the orientation in which the map — drawing, title and
/// legend, laid out for that page — prints largest; landscape when both print alike.
public enum PageOrientation: String, Sendable, CaseIterable, Codable {
  /// Taller than wide.
  case portrait
  /// Wider than tall.
  case landscape
  /// Whichever prints the map largest (landscape on a tie).
  case auto

  /// The rule of `auto`, as `--help` states it.
  public static let autoRule =
    "auto turns the page the way the whole map (drawing, title and legend) prints largest, landscape on a tie; "
    + "the same rule for every map"

  /// The pages (width, height) in points that this orientation allows for `paper`, landscape first.
  package func pages(of paper: PaperSize) -> [(width: Double, height: Double)] {
    let portrait = paper.portraitPoints
    let landscape = (width: portrait.height, height: portrait.width)
    switch self {
    case .portrait: return [portrait]
    case .landscape: return [landscape]
    case .auto: return [landscape, portrait]
    }
  }
}
