/// A phrase in every language the maps and reports speak. The maps' words (``MapStrings``), the
/// overview maps' and the report's (`ReportStrings`) are tables of these, so a phrase is picked
/// in one place.
package struct Localized: Sendable, Hashable {
  /// The English phrase.
  package let en: String
  /// The Spanish phrase.
  package let es: String

  /// The phrase `en` in English and `es` in Spanish.
  package init(en: String, es: String) {
    self.en = en
    self.es = es
  }

  /// The phrase in `language`.
  package subscript(language: MapLanguage) -> String {
    switch language {
    case .en: en
    case .es: es
    }
  }
}

extension Localized {
  /// The pair `(en, es)`, as a table of pairs writes it.
  package init(_ pair: (en: String, es: String)) {
    self.init(en: pair.en, es: pair.es)
  }
}
