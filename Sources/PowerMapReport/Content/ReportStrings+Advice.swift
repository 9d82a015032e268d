import PowerMap
import PowerMapGraphviz

/// The words of the report's "What would it take" section (rule 11).
extension ReportStrings {
  /// The section's heading; with `robust`, its robust form.
  func adviceHeading(robust: Bool) -> String {
    robust
      ? Localized(
        en: "What would it take to survive the loss of any one ally",
        es: "Qué haría falta para resistir la pérdida de un aliado cualquiera")[language]
      : Localized(en: "What would it take", es: "Qué haría falta")[language]
  }

  /// What the section shows; with `robust`, its robust form (rule 11 against the loss of any one
  /// ally, rule 9's removal).
  func adviceNote(robust: Bool) -> String {
    guard !robust else {
      return Localized(
        en: "Robust form: for each commitment that does not survive the loss of any one ally (its owner aside), the "
          + "smallest stance shift of one actor that makes it viable and still viable after any single loss, on that "
          + "commitment or overall, and the actors whose listing among its needs does. Shifts are tried on the grid "
          + "+0.01 … +2.00 in order, so each is the smallest that works.",
        es: "Forma robusta: para cada compromiso que no resiste la pérdida de un aliado cualquiera (salvo su "
          + "responsable), el menor cambio de postura de un actor que lo vuelve viable y lo mantiene viable tras "
          + "cualquier pérdida, en ese compromiso o en general, y los actores cuya inclusión entre sus necesidades lo "
          + "logra. Se prueban los cambios +0,01 … +2,00 en orden, así que cada uno es el menor que funciona.")[
          language]
    }
    return Localized(
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

  /// When every commitment is viable (with `robust`: survives the loss of any one ally).
  func adviceNothingToDo(robust: Bool) -> String {
    let phrase =
      robust
      ? (
        en: "Every commitment stays viable after the loss of any one ally.",
        es: "Todos los compromisos siguen viables tras la pérdida de un aliado cualquiera."
      )
      : (en: "Every commitment is viable.", es: "Todos los compromisos son viables.")
    return Localized(phrase)[language]
  }

  /// After a viable commitment's status, in the robust form: it does not survive some single loss.
  var adviceNotRobust: String {
    Localized(en: "but not robust", es: "pero no robusto")[language]
  }

  /// "Engage", "Recruit" and the scopes.
  var adviceEngage: String { Localized(en: "engage", es: "convencer a")[language] }
  /// Before the cheapest engagement, and before the other moves after it.
  var adviceCheapest: String { Localized(en: "cheapest: ", es: "lo más barato: ")[language] }
  var adviceAlso: String { Localized(en: "also: ", es: "también: ")[language] }
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

  /// Why nothing works: the owner is gone, or no single move on the grid does it (with `robust`:
  /// makes it survive any one loss).
  func adviceNoMove(ownerRemoved: Bool, robust: Bool) -> String {
    if ownerRemoved {
      return Localized(
        en: "its owner is removed: no stance makes it viable",
        es: "su responsable fue retirado: ninguna postura lo vuelve viable")[language]
    }
    return robust
      ? Localized(
        en: "no single actor's shift of up to +2.00 and no single recruit makes it survive the loss of any one ally",
        es: "ningún cambio de postura de un solo actor hasta +2,00 ni ninguna incorporación le permite resistir la "
          + "pérdida de un aliado cualquiera")[language]
      : Localized(
        en: "no single actor's shift of up to +2.00 and no single recruit makes it viable",
        es: "ningún cambio de postura de un solo actor hasta +2,00 ni ninguna incorporación lo vuelve viable")[language]
  }
}
