import Foundation

/// Writes a model as a file that ``ModelLoader`` reads back to the same value: YAML for people
/// (block style, one actor per block, relations one per line) or JSON for programs.
///
/// Text is always double-quoted in YAML, so names such as `no`, `1.0` or `a: b` survive, and
/// UTF-8 is written as is. Optional fields equal to the model's defaults are left out.
package enum ModelWriter {
  package static func json(_ model: Model) throws -> String {
    try JSONOutput.text(model) + "\n"
  }

  package static func yaml(_ model: Model) -> String {
    var out = "schema: \(model.schema)\n"
    out += "name: \(quoted(model.name))\n"
    out += "language: \(quoted(model.language))\n"
    let defaults = model.defaults
    out += "defaults: {stubbornness: \(number(defaults.stubbornness)), threshold: \(number(defaults.threshold)), "
    out += "uncertainty: \(number(defaults.uncertainty))}\n"
    out += "actors:\n"
    let commitmentOrder = Dictionary(
      model.commitments.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    for actor in model.actors { out += yaml(actor, defaults: defaults, commitmentOrder: commitmentOrder) }
    if !model.relations.isEmpty {
      out += "relations:\n"
      for relation in model.relations {
        out += "  - {from: \(relation.from), to: \(relation.to), kind: \(relation.kind.rawValue), "
        out += "weight: \(number(relation.weight))}\n"
      }
    }
    if !model.commitments.isEmpty {
      out += "commitments:\n"
      for commitment in model.commitments { out += yaml(commitment, defaults: defaults) }
    }
    if !model.obstacles.isEmpty {
      out += "obstacles:\n"
      for obstacle in model.obstacles { out += yaml(obstacle) }
    }
    if !model.scenarios.isEmpty, let data = try? JSONEncoder().encode(model.scenarios) {
      // Flow style: JSON is valid YAML, and scenarios are rare in imported models.
      out += "scenarios: \(String(decoding: data, as: UTF8.self))\n"
    }
    return out
  }

  /// One actor's block of the `actors` list; its positions in the model's commitment order.
  private static func yaml(_ actor: Actor, defaults: ModelDefaults, commitmentOrder: [String: Int]) -> String {
    var out = "  - id: \(actor.id)\n"
    out += "    name: \(quoted(actor.name))\n"
    if actor.short != actor.name { out += "    short: \(quoted(actor.short))\n" }
    out += "    kind: \(actor.kind.rawValue)\n"
    out += "    level: \(actor.level.rawValue)\n"
    out += "    power: \(number(actor.power))\n"
    out += "    interest: \(number(actor.interest))\n"
    out += "    stance: \(number(actor.stance))\n"
    if actor.stubbornness != defaults.stubbornness { out += "    stubbornness: \(number(actor.stubbornness))\n" }
    if actor.uncertainty != defaults.uncertainty { out += "    uncertainty: \(number(actor.uncertainty))\n" }
    if let legitimacy = actor.legitimacy { out += "    legitimacy: \(number(legitimacy))\n" }
    if let urgency = actor.urgency { out += "    urgency: \(number(urgency))\n" }
    if let affiliation = actor.affiliation { out += "    affiliation: \(quoted(affiliation))\n" }
    out += listLine("tags", actor.tags.map(quoted), indent: 4, unlessEmpty: true)
    guard !actor.positions.isEmpty else { return out }
    out += "    positions:\n"
    let ordered = actor.positions.sorted {
      (commitmentOrder[$0.key] ?? .max, $0.key) < (commitmentOrder[$1.key] ?? .max, $1.key)
    }
    for (commitment, stance) in ordered { out += "      \(commitment): \(number(stance))\n" }
    return out
  }

  /// One commitment's block of the `commitments` list.
  private static func yaml(_ commitment: Commitment, defaults: ModelDefaults) -> String {
    var out = "  - id: \(commitment.id)\n"
    out += "    title: \(quoted(commitment.title))\n"
    out += "    owner: \(commitment.owner)\n"
    out += "    needs:\n"
    out += listLine("authority", commitment.needs.authority, indent: 6)
    out += listLine("acceptance", commitment.needs.acceptance, indent: 6, unlessEmpty: true)
    out += listLine("ability", commitment.needs.ability, indent: 6, unlessEmpty: true)
    if commitment.threshold != defaults.threshold { out += "    threshold: \(number(commitment.threshold))\n" }
    return out
  }

  /// One obstacle's block of the `obstacles` list.
  private static func yaml(_ obstacle: Obstacle) -> String {
    var out = "  - id: \(obstacle.id)\n"
    out += "    kind: \(obstacle.kind.rawValue)\n"
    out += "    title: \(quoted(obstacle.title))\n"
    out += listLine("blocks", obstacle.blocks, indent: 4)
    out += "    severity: \(number(obstacle.severity))\n"
    out += listLine("holders", obstacle.holders, indent: 4, unlessEmpty: true)
    return out + listLine("mitigators", obstacle.mitigators, indent: 4, unlessEmpty: true)
  }

  /// `key: [a, b]` on a line of its own, indented by `indent` spaces; nothing for an empty list
  /// when `unlessEmpty`.
  private static func listLine(_ key: String, _ items: [String], indent: Int, unlessEmpty: Bool = false) -> String {
    if unlessEmpty && items.isEmpty { return "" }
    return String(repeating: " ", count: indent) + "\(key): [\(items.joined(separator: ", "))]\n"
  }

  /// Escapes `"`, `\` and control characters (C0, DEL, C1, the line and paragraph separators and
  /// the byte-order mark) for a YAML double-quoted scalar.
  private static let yamlEscaper = ScalarEscaper(
    ["\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"],
    other: { scalar in
      let value = scalar.value
      let isControl =
        value < 0x20 || value == 0x7F || (0x80..<0xA0).contains(value) || value == 0x2028 || value == 0x2029
        || value == 0xFEFF
      return isControl ? String(format: "\\u%04X", value) : nil
    })

  /// A YAML double-quoted scalar; escapes `"`, `\` and control characters.
  static func quoted(_ text: String) -> String {
    "\"" + yamlEscaper(text) + "\""
  }

  /// The shortest text that reads back as the same Double.
  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return "\(value)"
  }
}
