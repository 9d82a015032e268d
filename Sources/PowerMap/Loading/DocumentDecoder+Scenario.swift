extension DocumentDecoder {
  static let stepKinds = ["remove", "set", "shift", "transition", "cut", "link", "add"]

  mutating func decodeScenarioList(_ node: DocumentNode) -> [Scenario] {
    var firstLine: [String: Int] = [:]
    return list(node, "scenarios") { decoder, child, index in
      guard let scenario = decoder.decodeScenario(child, path: "scenarios[\(index)]") else { return nil }
      if let line = firstLine[scenario.id] {
        decoder.diagnostics.error(
          child.location, "scenarios[\(index)].id", "duplicate scenario id '\(scenario.id)'",
          hint: "first declared at line \(line)")
        return nil
      }
      firstLine[scenario.id] = child.location.line
      return scenario
    } ?? []
  }

  /// One scenario. Actor references are checked when the decoder knows the model's actors;
  /// actors added by an `add` step are known to the steps after it.
  mutating func decodeScenario(_ node: DocumentNode, path: String) -> Scenario? {
    guard
      var reader = MappingReader(
        node, allowing: AllowedKeys.scenario, path: path, what: "a scenario", diagnostics: &diagnostics)
    else {
      return nil
    }
    let errorsBefore = diagnostics.errorCount
    let prefix = path.isEmpty ? "" : path + "."
    let id = require("id", in: &reader, path, what: "scenario").flatMap { self.id($0, "\(prefix)id") }
    let title = reader.value("title").flatMap { text($0, "\(prefix)title", .title) }
    let description = reader.value("description").flatMap { text($0, "\(prefix)description", .description) }
    let savedActors = actorIDs
    var removed: [String: RemovalStep] = [:]
    let steps = require("steps", in: &reader, path, what: "scenario").flatMap { stepsNode in
      list(stepsNode, "\(prefix)steps") { decoder, child, index in
        let stepPath = "\(prefix)steps[\(index)]"
        let step = decoder.decodeStep(child, path: stepPath)
        if let step {
          decoder.warnAboutRemovedActors(step, at: child.location, path: stepPath, removed: &removed)
        }
        return step
      }
    }
    actorIDs = savedActors
    reader.finish(path: { "\(prefix)\($0)" }, diagnostics: &diagnostics)
    guard diagnostics.errorCount == errorsBefore, let id, let steps else { return nil }
    return Scenario(id: id, title: title, description: description, steps: steps)
  }

  private mutating func decodeStep(_ node: DocumentNode, path: String) -> ScenarioStep? {
    guard case .mapping(let entries) = node.content else {
      diagnostics.error(
        node.location, path, "expected a step (a mapping such as 'remove: ID'), found \(node.kindDescription)")
      return nil
    }
    let kinds = entries.filter { Self.stepKinds.contains($0.key) }
    guard kinds.count == 1, let kindEntry = kinds.first else {
      if kinds.isEmpty {
        let unknown = entries.first { $0.key != "probability" }
        let hint = unknown.flatMap { DidYouMean.suggestion(for: $0.key, among: Self.stepKinds) }.map {
          "did you mean '\($0)'?"
        }
        diagnostics.error(
          unknown?.keyLocation ?? node.location, path,
          unknown.map { "unknown step kind '\($0.key)'" } ?? "a step needs a kind",
          hint: hint ?? "expected one of: " + Self.stepKinds.joined(separator: ", "))
      } else {
        diagnostics.error(
          kinds[1].keyLocation, path, "a step has one kind, found \(kinds.map(\.key).joined(separator: " and "))",
          hint: "split it into one step per kind")
      }
      return nil
    }
    var probability = 1.0
    for entry in entries where entry.key != kindEntry.key {
      if entry.key == "probability" {
        guard let value = number(entry.value, "\(path).probability", in: 0...1) else { return nil }
        probability = value
      } else {
        diagnostics.error(
          entry.keyLocation, "\(path).\(entry.key)", "unknown key '\(entry.key)' in a step",
          hint: DidYouMean.hint(for: entry.key, among: ["probability"] + Self.stepKinds))
      }
    }
    let stepPath = "\(path).\(kindEntry.key)"
    let value = withoutMisplacedProbability(kindEntry.value, kind: kindEntry.key, path: stepPath)
    let action: ScenarioAction?
    switch kindEntry.key {
    case "remove": action = decodeRemove(value, path: stepPath)
    case "set": action = decodeSet(value, path: stepPath)
    case "shift": action = decodeShift(value, path: stepPath)
    case "transition": action = decodeTransition(value, path: stepPath)
    case "cut": action = decodeCut(value, path: stepPath)
    case "link": action = decodeRelation(value, index: 0, basePath: stepPath).map { .link($0) }
    default: action = decodeAdd(value, path: stepPath)
    }
    return action.map { ScenarioStep($0, probability: probability) }
  }

  private mutating func actorReference(_ reader: inout MappingReader, path: String) -> String? {
    guard let node = require("actor", in: &reader, path, what: "step") else { return nil }
    guard let actor = id(node, "\(path).actor") else { return nil }
    checkActorReference(actor, at: node.location, path: "\(path).actor")
    return actor
  }

  private mutating func decodeSet(_ node: DocumentNode, path: String) -> ScenarioAction? {
    guard
      var reader = MappingReader(
        node, allowing: AllowedKeys.set, path: path, what: "a set step", diagnostics: &diagnostics)
    else {
      return nil
    }
    let errorsBefore = diagnostics.errorCount
    let actor = actorReference(&reader, path: path)
    let update = ActorUpdate(
      actor: actor ?? "",
      power: reader.value("power").flatMap { number($0, "\(path).power", in: 0...1) },
      interest: reader.value("interest").flatMap { number($0, "\(path).interest", in: 0...1) },
      stance: reader.value("stance").flatMap { number($0, "\(path).stance", in: -1...1) },
      affiliation: reader.value("affiliation").flatMap { text($0, "\(path).affiliation", .label) })
    reader.finish(path: { "\(path).\($0)" }, diagnostics: &diagnostics)
    guard diagnostics.errorCount == errorsBefore, actor != nil else { return nil }
    return .set(update)
  }

  private mutating func decodeShift(_ node: DocumentNode, path: String) -> ScenarioAction? {
    guard
      var reader = MappingReader(
        node, allowing: AllowedKeys.shift, path: path, what: "a shift step", diagnostics: &diagnostics)
    else {
      return nil
    }
    let errorsBefore = diagnostics.errorCount
    let actor = actorReference(&reader, path: path)
    let shift = ActorShift(
      actor: actor ?? "",
      stance: reader.value("stance").flatMap { number($0, "\(path).stance", in: -2...2) },
      power: reader.value("power").flatMap { number($0, "\(path).power", in: -1...1) },
      interest: reader.value("interest").flatMap { number($0, "\(path).interest", in: -1...1) })
    reader.finish(path: { "\(path).\($0)" }, diagnostics: &diagnostics)
    guard diagnostics.errorCount == errorsBefore, actor != nil else { return nil }
    return .shift(shift)
  }

  private mutating func decodeTransition(_ node: DocumentNode, path: String) -> ScenarioAction? {
    guard
      var reader = MappingReader(
        node, allowing: AllowedKeys.transition, path: path, what: "a transition step", diagnostics: &diagnostics)
    else {
      return nil
    }
    let errorsBefore = diagnostics.errorCount
    let actors = reader.value("actors").flatMap { actorList($0, "\(path).actors") } ?? []
    let affiliation = reader.value("affiliation").flatMap { text($0, "\(path).affiliation", .label) }
    let kinds = reader.value("kinds").flatMap { kindsNode in
      list(kindsNode, "\(path).kinds") { decoder, child, index in
        decoder.choice(child, "\(path).kinds[\(index)]", what: "actor kind", as: ActorKind.self)
      }
    }
    let to = require("to", in: &reader, path, what: "transition").flatMap { text($0, "\(path).to", .label) }
    let stanceNode = reader.value("stance")
    let stance = stanceNode.flatMap { number($0, "\(path).stance", in: -1...1) }
    let shift = reader.value("shift").flatMap { number($0, "\(path).shift", in: -2...2) }
    let power = reader.value("power").flatMap { number($0, "\(path).power", in: 0...1) }
    reader.finish(path: { "\(path).\($0)" }, diagnostics: &diagnostics)
    if stance != nil && shift != nil, let stanceNode {
      diagnostics.error(
        stanceNode.location, path, "a transition sets 'stance' or shifts it by 'shift', not both",
        hint: "keep one of the two")
    }
    if actors.isEmpty && affiliation == nil && diagnostics.errorCount == errorsBefore {
      diagnostics.error(
        node.location, path, "the transition selects no actor",
        hint: "give 'actors: [ID, …]' or 'affiliation: PARTY' (optionally with 'kinds')")
    }
    guard diagnostics.errorCount == errorsBefore, let to else { return nil }
    return .transition(
      Transition(
        actors: actors, affiliation: affiliation, kinds: kinds, to: to, stance: stance, shift: shift, power: power))
  }

  private mutating func decodeCut(_ node: DocumentNode, path: String) -> ScenarioAction? {
    guard
      var reader = MappingReader(
        node, allowing: AllowedKeys.cut, path: path, what: "a cut step", diagnostics: &diagnostics)
    else {
      return nil
    }
    let errorsBefore = diagnostics.errorCount
    let fromNode = require("from", in: &reader, path, what: "cut step")
    let toNode = require("to", in: &reader, path, what: "cut step")
    let from = fromNode.flatMap { id($0, "\(path).from") }
    let to = toNode.flatMap { id($0, "\(path).to") }
    let kind = reader.value("kind").flatMap { choice($0, "\(path).kind", what: "relation kind", as: RelationKind.self) }
    reader.finish(path: { "\(path).\($0)" }, diagnostics: &diagnostics)
    if let from, let fromNode { checkActorReference(from, at: fromNode.location, path: "\(path).from") }
    if let to, let toNode { checkActorReference(to, at: toNode.location, path: "\(path).to") }
    guard diagnostics.errorCount == errorsBefore, let from, let to else { return nil }
    return .cut(from: from, to: to, kind: kind)
  }

  private mutating func decodeAdd(_ node: DocumentNode, path: String) -> ScenarioAction? {
    let known = actorIDs
    actorIDs = nil  // the new actor's own fields refer to no other actor
    let actor = decodeActor(node, path: path)
    actorIDs = known
    guard let actor else { return nil }
    if let known, known[actor.id] != nil {
      diagnostics.error(
        node.location, "\(path).id", "the actor '\(actor.id)' already exists", hint: "use 'set' to change an actor")
      return nil
    }
    actorIDs?[actor.id] = Int.max
    return .add(actor)
  }
}
