extension DocumentDecoder {
  /// The step of a scenario that removed an actor: its position and probability.
  struct RemovalStep {
    var path: String
    var probability: Double
  }

  /// `remove: ID`, with a hint for the forms new users write: a list of ids, or a mapping.
  mutating func decodeRemove(_ value: DocumentNode, path: String) -> ScenarioAction? {
    switch value.content {
    case .sequence(let elements):
      let ids = elements.compactMap(Self.scalarText).map(Diagnostic.excerpt)
      var hint = "write one step per actor: '- remove: \(ids.first ?? "ID")'"
      if ids.count > 1 { hint += ", then '- remove: \(ids[1])'" + (ids.count > 2 ? " and so on" : "") }
      diagnostics.error(value.location, path, "'remove' takes one actor id, not a list", hint: hint)
      return nil
    case .mapping(let entries):
      let actor = entries.first { $0.key == "actor" || $0.key == "id" }.flatMap { Self.scalarText($0.value) }
      diagnostics.error(
        value.location, path, "'remove' takes one actor id, not a mapping",
        hint: "write '- remove: \(actor.map(Diagnostic.excerpt) ?? "ID")'")
      return nil
    case .scalar:
      return id(value, path).map { actor in
        checkActorReference(actor, at: value.location, path: path)
        return .remove(actor: actor)
      }
    }
  }

  /// The step's value without a `probability` key written inside its braces, which is reported:
  /// the probability goes beside the step, at the indentation of its kind.
  mutating func withoutMisplacedProbability(_ value: DocumentNode, kind: String, path: String) -> DocumentNode {
    guard case .mapping(let entries) = value.content,
      let misplaced = entries.first(where: { $0.key == "probability" })
    else { return value }
    let rest = entries.filter { $0.key != "probability" }
    let probability = Self.scalarText(misplaced.value).map(Diagnostic.excerpt) ?? "0.3"
    var example = "{…}"
    let fields = rest.compactMap { entry in
      Self.scalarText(entry.value).map { "\(Diagnostic.excerpt(entry.key)): \(Diagnostic.excerpt($0))" }
    }
    if fields.count == rest.count, !fields.isEmpty, fields.joined().count <= 60 {
      example = "{" + fields.joined(separator: ", ") + "}"
    }
    diagnostics.error(
      misplaced.keyLocation, "\(path).probability", "'probability' goes beside the step, not inside its braces",
      hint:
        "put it on its own line, lined up with '\(kind)': '- \(kind): \(example)' then '  probability: \(probability)'")
    return DocumentNode(.mapping(rest), at: value.location)
  }

  static func scalarText(_ node: DocumentNode) -> String? {
    if case .scalar(let text, _) = node.content { return text }
    return nil
  }

  /// Warns about a step that names an actor an earlier step of the same scenario removed: the
  /// step leaves it as it was (a removed actor's values are frozen; a link to it is not added).
  mutating func warnAboutRemovedActors(
    _ step: ScenarioStep, at location: SourcePosition, path: String, removed: inout [String: RemovalStep]
  ) {
    let effect: String
    var actors: [String]
    switch step.action {
    case .remove(let actor):
      if let earlier = removed[actor] {
        warnRemoved(actor, earlier, at: location, path: path, effect: "removing it again changes nothing")
      } else {
        removed[actor] = RemovalStep(path: path, probability: step.probability)
      }
      return
    case .add(let actor):
      removed[actor.id] = nil
      return
    case .set(let update): (actors, effect) = ([update.actor], "this step leaves its values as they were")
    case .shift(let shift): (actors, effect) = ([shift.actor], "this step leaves its values as they were")
    case .transition(let transition):
      (actors, effect) = (transition.actors, "the transition leaves its values as they were")
    case .cut(let from, let to, _):
      (actors, effect) = ([from, to], "its removal already dropped its relations, except others' depends-on on it")
    case .link(let relation):
      (actors, effect) = ([relation.from, relation.to], "a relation with a removed actor is not added")
    }
    actors = actors.filter { removed[$0] != nil }
    for actor in Set(actors).sorted() {
      if let earlier = removed[actor] { warnRemoved(actor, earlier, at: location, path: path, effect: effect) }
    }
  }

  private mutating func warnRemoved(
    _ actor: String, _ earlier: RemovalStep, at location: SourcePosition, path: String, effect: String
  ) {
    let when = earlier.probability < 1 ? " (in the runs where that step happens)" : ""
    diagnostics.warning(
      location, path, "'\(actor)' was removed by \(earlier.path): \(effect)\(when)",
      hint: "drop this step, or move it before the removal")
  }
}
