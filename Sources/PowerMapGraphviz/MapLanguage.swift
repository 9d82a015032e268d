/// The language of a map's own words (titles, legends, quadrant and status names). The model's
/// names and titles are always drawn as written.
public enum MapLanguage: String, Sendable, CaseIterable, Codable {
  /// English.
  case en
  /// Spanish.
  case es
}
