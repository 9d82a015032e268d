/// The words of the one-commitment map (``CommitmentMapBuilder``), in English and Spanish; the
/// words it shares with the other maps come from ``MapStrings``.
enum CommitmentMapStrings {
  /// A fixed phrase.
  enum Key: Sendable, CaseIterable {
    case title, actorColumn, termColumn, net, weakest, threshold, weakestNeed, ownerRemoved, noNeeds
    case readingSection, symbols, netRule, viabilityRule, pressureRule, clamped
  }

  /// The phrase for `key` in `language`.
  static func text(_ key: Key, _ language: MapLanguage) -> String {
    table(key)[language]
  }

  // swift-format-ignore
  private static func table(_ key: Key) -> Localized {
    switch key {
    case .title: Localized(en: "Commitment", es: "Compromiso")
    case .actorColumn: Localized(en: "actor", es: "actor")
    case .termColumn: Localized(en: "p̂·q·s*", es: "p̂·q·s*")
    case .net: Localized(en: "net", es: "neto")
    case .weakest: Localized(en: "weakest", es: "la más débil")
    case .threshold: Localized(en: "threshold", es: "umbral")
    case .weakestNeed: Localized(en: "weakest need", es: "necesidad más débil")
    case .ownerRemoved: Localized(en: "owner removed: V = −1", es: "responsable retirado: V = −1")
    case .noNeeds: Localized(en: "no need listed", es: "ninguna necesidad")
    case .readingSection: Localized(en: "How to read it", es: "Cómo leerlo")
    case .symbols: Localized(en: "p̂ effective power · q interest · s* effective stance", es: "p̂ poder efectivo · q interés · s* postura efectiva")
    case .netRule: Localized(en: "net = Σ p̂·q·s* ÷ Σ p⁰·q⁰ (baseline power × interest), within −1…1", es: "neto = Σ p̂·q·s* ÷ Σ p⁰·q⁰ (poder × interés de base), entre −1 y 1")
    case .viabilityRule: Localized(en: "V = weakest net − Σ pressure of the obstacles", es: "V = neto más débil − Σ presión de los obstáculos")
    case .pressureRule: Localized(en: "pressure = severity × (1 − mitigation) × opposition", es: "presión = severidad × (1 − mitigación) × oposición")
    case .clamped: Localized(en: "capped", es: "acotado")
    }
  }
}
