/// The language of a map's own words (titles, legends, quadrant and status names). The model's
/// names and titles are always drawn as written.
public enum MapLanguage: String, Sendable, CaseIterable, Codable {
  /// English.
  case en
  /// Spanish.
  case es
}

extension MapLanguage {
  /// The language of a BCP 47 tag such as a model's `language` (`es`, `es-MX`, `ES`, `en-GB`):
  /// its primary subtag, case-insensitively; nil for a language the maps do not speak.
  public init?(languageTag: String) {
    let primary = languageTag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? ""
    self.init(rawValue: primary.lowercased())
  }
}
