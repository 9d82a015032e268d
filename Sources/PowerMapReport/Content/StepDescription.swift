import PowerMap
import PowerMapGraphviz

/// A scenario step in words for the report: `remove ORFIS`, `transition → MORENA: …` (in Spanish
/// `retira ORFIS`, `transición → MORENA: …`).
enum StepDescription {
  /// The step `step` of a scenario in `language`, with actor ids replaced by `name(id)` (raw text:
  /// the caller escapes it) and numbers as the model gives them.
  static func describe(_ step: ScenarioStep, language: MapLanguage = .en, name: (String) -> String) -> String {
    let words = Words(language)
    let map = MapStrings(language)
    var text: String
    switch step.action {
    case .remove(let actor):
      text = "\(words.remove) \(name(actor))"
    case .set(let update):
      text =
        "\(words.set) \(name(update.actor)): "
        + fields(update.power, update.interest, update.stance, update.affiliation, words: words)
    case .shift(let shift):
      text =
        "\(words.shift) \(name(shift.actor)): "
        + fields(shift.power, shift.interest, shift.stance, nil, signed: true, words: words)
    case .transition(let transition):
      var selection = transition.actors.map(name)
      if let affiliation = transition.affiliation {
        let kinds = transition.kinds.map { " (" + $0.map(map.kind).joined(separator: ", ") + ")" } ?? ""
        selection.append("\(words.affiliation) \(affiliation)\(kinds)")
      }
      text = "\(words.transition) → \(transition.to): " + selection.joined(separator: "; ")
      if let stance = transition.stance { text += "; \(words.stance) = \(number(stance))" }
      if let shift = transition.shift { text += "; \(words.stance) \(signedNumber(shift))" }
      if let power = transition.power { text += "; \(words.power) = \(number(power))" }
    case .cut(let from, let to, let kind):
      text = "\(words.cut) \(name(from)) → \(name(to))" + (kind.map { " (\(map.relation($0)))" } ?? "")
    case .link(let relation):
      text =
        "\(words.link) \(name(relation.from)) → \(name(relation.to)) "
        + "(\(map.relation(relation.kind)), \(number(relation.weight)))"
    case .add(let actor):
      text = "\(words.add) \(actor.name) [\(actor.id)]"
    }
    if step.probability < 1 { text += " · p = \(number(step.probability))" }
    return text
  }

  private static func fields(
    _ power: Double?, _ interest: Double?, _ stance: Double?, _ affiliation: String?, signed: Bool = false,
    words: Words
  ) -> String {
    let show = signed ? signedNumber : number
    let equals = signed ? "" : "= "
    var parts: [String] = []
    if let power { parts.append("\(words.power) \(equals)\(show(power))") }
    if let interest { parts.append("\(words.interest) \(equals)\(show(interest))") }
    if let stance { parts.append("\(words.stance) \(equals)\(show(stance))") }
    if let affiliation { parts.append("\(words.affiliation) = \(affiliation)") }
    return parts.joined(separator: ", ")
  }

  /// The words of the step kinds and fields; in English they are the model file's own keys.
  private struct Words {
    let remove, set, shift, transition, cut, link, add: String
    let power, interest, stance, affiliation: String

    init(_ language: MapLanguage) {
      if language == .es {
        (remove, set, shift, transition, cut, link, add) = (
          "retira", "fija", "desplaza", "transición", "corta", "enlaza", "agrega"
        )
        (power, interest, stance, affiliation) = ("poder", "interés", "postura", "afiliación")
      } else {
        (remove, set, shift, transition, cut, link, add) = (
          "remove", "set", "shift", "transition", "cut", "link", "add"
        )
        (power, interest, stance, affiliation) = ("power", "interest", "stance", "affiliation")
      }
    }
  }

  private static func number(_ value: Double) -> String {
    ReportNumber.shortest(value)
  }

  private static func signedNumber(_ value: Double) -> String {
    (value >= 0 ? "+" : "") + ReportNumber.shortest(value)
  }
}
