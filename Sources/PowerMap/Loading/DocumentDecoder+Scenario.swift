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
    decodeMapping(node, allowing: AllowedKeys.scenario, path: path, what: "a scenario") { decoder, reader in
      let id = decoder.require("id", in: &reader, path, what: "scenario").flatMap {
        decoder.id($0, Self.path(path, "id"))
      }
      let title = decoder.text(at: "title", of: &reader, path, .title)
      let description = decoder.text(at: "description", of: &reader, path, .description)
      let steps = decoder.require("steps", in: &reader, path, what: "scenario").flatMap {
        decoder.decodeSteps($0, path: Self.path(path, "steps"))
      }
      guard let id, let steps else { return nil }
      return Scenario(id: id, title: title, description: description, steps: steps)
    }
  }

  /// The steps of a scenario; actors an `add` step declares are known to the steps after it only.
  private mutating func decodeSteps(_ node: DocumentNode, path: String) -> [ScenarioStep]? {
    let savedActors = actorIDs
    defer { actorIDs = savedActors }
    var removed: [String: RemovalStep] = [:]
    return list(node, path) { decoder, child, index in
      let stepPath = "\(path)[\(index)]"
      let step = decoder.decodeStep(child, path: stepPath)
      if let step {
        decoder.warnAboutRemovedActors(step, at: child.location, path: stepPath, removed: &removed)
      }
      return step
    }
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
    decodeMapping(node, allowing: AllowedKeys.set, path: path, what: "a set step") { decoder, reader in
      let actor = decoder.actorReference(&reader, path: path)
      let commitment = decoder.commitmentReference(&reader, path: path, others: ["power", "interest", "affiliation"])
      let power = decoder.number(at: "power", of: &reader, path, in: 0...1)
      let interest = decoder.number(at: "interest", of: &reader, path, in: 0...1)
      let stance = decoder.number(at: "stance", of: &reader, path, in: -1...1)
      let affiliation = decoder.text(at: "affiliation", of: &reader, path, .label)
      return actor.map {
        .set(
          ActorUpdate(
            actor: $0, power: power, interest: interest, stance: stance, affiliation: affiliation,
            commitment: commitment))
      }
    }
  }

  private mutating func decodeShift(_ node: DocumentNode, path: String) -> ScenarioAction? {
    decodeMapping(node, allowing: AllowedKeys.shift, path: path, what: "a shift step") { decoder, reader in
      let actor = decoder.actorReference(&reader, path: path)
      let commitment = decoder.commitmentReference(&reader, path: path, others: ["power", "interest"])
      let shifts = (
        stance: decoder.number(at: "stance", of: &reader, path, in: -2...2),
        power: decoder.number(at: "power", of: &reader, path, in: -1...1),
        interest: decoder.number(at: "interest", of: &reader, path, in: -1...1)
      )
      return actor.map {
        .shift(
          ActorShift(
            actor: $0, stance: shifts.stance, power: shifts.power, interest: shifts.interest, commitment: commitment))
      }
    }
  }

  /// A step's `commitment` (the position form of `set` and `shift`): a known commitment id, with
  /// `stance` required and none of `others` given.
  private mutating func commitmentReference(_ reader: inout MappingReader, path: String, others: [String]) -> String? {
    guard let node = reader.value("commitment") else { return nil }
    guard let commitment = id(node, "\(path).commitment") else { return nil }
    checkCommitmentReference(commitment, at: node.location, path: "\(path).commitment")
    if !reader.contains("stance") {
      diagnostics.error(
        node.location, path, "a step with 'commitment' needs 'stance'",
        hint: "give the position on '\(commitment)' (set) or the amount to move it by (shift)")
    }
    for key in others where reader.contains(key) {
      diagnostics.error(
        node.location, "\(path).\(key)", "a step with 'commitment' changes only a position, not '\(key)'",
        hint: "write '\(key)' in a step of its own, without 'commitment'")
    }
    return commitment
  }

  private mutating func decodeTransition(_ node: DocumentNode, path: String) -> ScenarioAction? {
    let errorsBefore = diagnostics.errorCount
    let read = readMapping(node, allowing: AllowedKeys.transition, path: path, what: "a transition step") {
      decoder, reader in
      (transition: decoder.transitionFields(&reader, path: path), stanceNode: reader.value("stance"))
    }
    guard let (transition, stanceNode) = read else { return nil }
    if transition.stance != nil && transition.shift != nil, let stanceNode {
      diagnostics.error(
        stanceNode.location, path, "a transition sets 'stance' or shifts it by 'shift', not both",
        hint: "keep one of the two")
    }
    if transition.actors.isEmpty && transition.affiliation == nil && diagnostics.errorCount == errorsBefore {
      diagnostics.error(
        node.location, path, "the transition selects no actor",
        hint: "give 'actors: [ID, …]' or 'affiliation: PARTY' (optionally with 'kinds')")
    }
    guard diagnostics.errorCount == errorsBefore else { return nil }
    return .transition(transition)
  }

  /// The keys of a transition, read in their documented order. A missing or invalid `to` is
  /// reported, so the empty `to` that stands in for it is never used.
  private mutating func transitionFields(_ reader: inout MappingReader, path: String) -> Transition {
    let actors = reader.value("actors").flatMap { actorList($0, "\(path).actors") } ?? []
    let affiliation = text(at: "affiliation", of: &reader, path, .label)
    let kinds = reader.value("kinds").flatMap { kindsNode in
      list(kindsNode, "\(path).kinds") { decoder, child, index in
        decoder.choice(child, "\(path).kinds[\(index)]", what: "actor kind", as: ActorKind.self)
      }
    }
    let to = require("to", in: &reader, path, what: "transition").flatMap { text($0, "\(path).to", .label) }
    return Transition(
      actors: actors, affiliation: affiliation, kinds: kinds, to: to ?? "",
      stance: number(at: "stance", of: &reader, path, in: -1...1),
      shift: number(at: "shift", of: &reader, path, in: -2...2),
      power: number(at: "power", of: &reader, path, in: 0...1))
  }

  private mutating func decodeCut(_ node: DocumentNode, path: String) -> ScenarioAction? {
    let errorsBefore = diagnostics.errorCount
    let read = readMapping(node, allowing: AllowedKeys.cut, path: path, what: "a cut step") { decoder, reader in
      let from = decoder.requiredID("from", of: &reader, path, what: "cut step")
      let to = decoder.requiredID("to", of: &reader, path, what: "cut step")
      let kind = reader.value("kind").flatMap {
        decoder.choice($0, "\(path).kind", what: "relation kind", as: RelationKind.self)
      }
      return (from: from, to: to, kind: kind)
    }
    guard let (from, to, kind) = read else { return nil }
    if let from { checkActorReference(from.id, at: from.location, path: "\(path).from") }
    if let to { checkActorReference(to.id, at: to.location, path: "\(path).to") }
    guard diagnostics.errorCount == errorsBefore, let from, let to else { return nil }
    return .cut(from: from.id, to: to.id, kind: kind)
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
