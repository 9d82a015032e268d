import PowerMap
import PowerMapGraphviz

/// The words of the report's "What would it take" section (rule 11).
extension ReportStrings {
  /// The section's heading.
  var adviceHeading: String { Localized(en: "What would it take", es: "Qué haría falta")[language] }

  /// What the section shows.
  var adviceNote: String {
    Localized(
      en: "For each commitment that is not viable: the smallest stance shift of one actor that makes it viable, on "
        + "that commitment or overall, and the actors whose listing among its needs does. Shifts are tried on the "
        + "grid +0.01 … +2.00 in order, so each is the smallest that works.",
      es: "Para cada compromiso que no es viable: el menor cambio de postura de un actor que lo vuelve viable, en ese "
        + "compromiso o en general, y los actores cuya inclusión entre sus necesidades lo logra. Se prueban los "
        + "cambios +0,01 … +2,00 en orden, así que cada uno es el menor que funciona.")[language]
  }

  /// "The plan as it is" or "After: TITLE".
  func adviceSubject(_ scenario: String?) -> String {
    guard let scenario else { return Localized(en: "The plan as it is", es: "El plan tal como está")[language] }
    return Localized(en: "After: ", es: "Tras: ")[language] + scenario
  }

  /// When every commitment is viable.
  var adviceNothingToDo: String {
    Localized(en: "Every commitment is viable.", es: "Todos los compromisos son viables.")[language]
  }

  /// "Engage", "Recruit" and the scopes.
  var adviceEngage: String { Localized(en: "engage", es: "comprometer")[language] }
  var adviceRecruit: String { Localized(en: "recruit", es: "sumar")[language] }
  func adviceScope(_ scope: Engagement.Scope) -> String {
    switch scope {
    case .commitment: Localized(en: "on this commitment", es: "en este compromiso")[language]
    case .general: Localized(en: "overall", es: "en general")[language]
    }
  }

  /// "X to authority".
  func adviceRecruitment(_ actor: String, _ dimension: CommitmentDimension) -> String {
    actor + Localized(en: " to ", es: " en ")[language] + map.dimension(dimension)
  }

  /// Why nothing works: the owner is gone, or no single move on the grid does it.
  func adviceNoMove(ownerRemoved: Bool) -> String {
    ownerRemoved
      ? Localized(
        en: "its owner is removed: no stance makes it viable",
        es: "su responsable fue retirado: ninguna postura lo vuelve viable")[language]
      : Localized(
        en: "no single actor's shift of up to +2.00 and no single recruit makes it viable",
        es: "ningún cambio de postura de un solo actor hasta +2,00 ni ninguna incorporación lo vuelve viable")[language]
  }
}
