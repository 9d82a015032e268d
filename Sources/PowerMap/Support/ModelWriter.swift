import Foundation

/// Writes a model as a file that ``ModelLoader`` reads back to the same value: YAML for people
/// (block style, one actor per block, relations one per line) or JSON for programs.
///
/// Text is always double-quoted in YAML, so names such as `no`, `1.0` or `a: b` survive, and
/// UTF-8 is written as is. Optional fields equal to the model's defaults are left out.
package enum ModelWriter {
  package static func json(_ model: Model) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(model), as: UTF8.self) + "\n"
  }

  package static func yaml(_ model: Model) -> String {
    var out = "schema: \(model.schema)\n"
    out += "name: \(quoted(model.name))\n"
    out += "language: \(quoted(model.language))\n"
    let defaults = model.defaults
    out += "defaults: {stubbornness: \(number(defaults.stubbornness)), threshold: \(number(defaults.threshold)), "
    out += "uncertainty: \(number(defaults.uncertainty))}\n"
    out += "actors:\n"
    for actor in model.actors {
      out += "  - id: \(actor.id)\n"
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
      if !actor.tags.isEmpty { out += "    tags: [\(actor.tags.map(quoted).joined(separator: ", "))]\n" }
    }
    if !model.relations.isEmpty {
      out += "relations:\n"
      for relation in model.relations {
        out += "  - {from: \(relation.from), to: \(relation.to), kind: \(relation.kind.rawValue), "
        out += "weight: \(number(relation.weight))}\n"
      }
    }
    if !model.commitments.isEmpty {
      out += "commitments:\n"
      for commitment in model.commitments {
        out += "  - id: \(commitment.id)\n"
        out += "    title: \(quoted(commitment.title))\n"
        out += "    owner: \(commitment.owner)\n"
        out += "    needs:\n"
        out += "      authority: [\(commitment.needs.authority.joined(separator: ", "))]\n"
        if !commitment.needs.acceptance.isEmpty {
          out += "      acceptance: [\(commitment.needs.acceptance.joined(separator: ", "))]\n"
        }
        if !commitment.needs.ability.isEmpty {
          out += "      ability: [\(commitment.needs.ability.joined(separator: ", "))]\n"
        }
        if commitment.threshold != defaults.threshold { out += "    threshold: \(number(commitment.threshold))\n" }
      }
    }
    if !model.obstacles.isEmpty {
      out += "obstacles:\n"
      for obstacle in model.obstacles {
        out += "  - id: \(obstacle.id)\n"
        out += "    kind: \(obstacle.kind.rawValue)\n"
        out += "    title: \(quoted(obstacle.title))\n"
        out += "    blocks: [\(obstacle.blocks.joined(separator: ", "))]\n"
        out += "    severity: \(number(obstacle.severity))\n"
        if !obstacle.holders.isEmpty { out += "    holders: [\(obstacle.holders.joined(separator: ", "))]\n" }
        if !obstacle.mitigators.isEmpty { out += "    mitigators: [\(obstacle.mitigators.joined(separator: ", "))]\n" }
      }
    }
    if !model.scenarios.isEmpty, let data = try? JSONEncoder().encode(model.scenarios) {
      // Flow style: JSON is valid YAML, and scenarios are rare in imported models.
      out += "scenarios: \(String(decoding: data, as: UTF8.self))\n"
    }
    return out
  }

  /// A YAML double-quoted scalar; escapes `"`, `\` and control characters.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "\r": result += "\\r"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) || scalar.value == 0x2028
          || scalar.value == 0x2029 || scalar.value == 0xFEFF
        {
          result += String(format: "\\u%04X", scalar.value)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  /// The shortest text that reads back as the same Double.
  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return "\(value)"
  }
}
