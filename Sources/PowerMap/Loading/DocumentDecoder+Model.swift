extension DocumentDecoder {
  /// Decodes and validates a whole model; nil when it has errors (all recorded).
  mutating func decodeModel(_ root: DocumentNode) -> Model? {
    guard
      var top = MappingReader(root, allowing: AllowedKeys.model, path: "", what: "a model", diagnostics: &diagnostics)
    else { return nil }
    if top.contains("steps") && !top.contains("actors") {
      diagnostics.error(
        root.location, "", "this is a scenario file, not a model",
        hint: "pass it with --scenario FILE together with a model")
      return nil
    }
    let schema = decodeSchema(&top)
    let name = require("name", in: &top, "", what: "model").flatMap { text($0, "name", .name) }
    let language = top.value("language").flatMap { decodeLanguage($0) } ?? "en"
    if let node = top.value("defaults") { decodeDefaults(node) }

    var actors: [Actor] = []
    actorIDs = [:]
    if let node = require("actors", in: &top, "", what: "model") {
      actors = decodeActors(node)
    }
    var relations: [Relation] = []
    if let node = top.value("relations") {
      relations = list(node, "relations") { decoder, child, index in decoder.decodeRelation(child, index: index) } ?? []
    }
    var commitmentIDs: [String: Int] = [:]
    var commitments: [Commitment] = []
    if let node = top.value("commitments") {
      commitments = decodeCommitments(node, ids: &commitmentIDs)
    }
    var obstacles: [Obstacle] = []
    if let node = top.value("obstacles") {
      obstacles = decodeObstacles(node, commitmentIDs: commitmentIDs)
    }
    var scenarios: [Scenario] = []
    if let node = top.value("scenarios") {
      scenarios = decodeScenarioList(node)
    }
    top.finish(path: { $0 }, diagnostics: &diagnostics)
    warnAboutIsolatedActors(actors: actors, relations: relations, root: root)

    guard !diagnostics.hasErrors, let name else { return nil }
    return Model(
      schema: schema ?? Model.schemaIdentifier, name: name, language: language, defaults: defaults, actors: actors,
      relations: relations, commitments: commitments, obstacles: obstacles, scenarios: scenarios)
  }

  private mutating func decodeSchema(_ top: inout MappingReader) -> String? {
    guard let node = top.value("schema") else {
      diagnostics.warning(
        top.node.location, "schema", "no 'schema' key", hint: "start the file with 'schema: \(Model.schemaIdentifier)'")
      return nil
    }
    guard let schema = string(node, "schema") else { return nil }
    if schema != Model.schemaIdentifier {
      diagnostics.error(
        node.location, "schema", "unsupported schema '\(Diagnostic.excerpt(schema))'",
        hint: "this version reads '\(Model.schemaIdentifier)'")
    }
    return schema
  }

  /// `language`: a BCP 47 tag such as `es`, `en` or `es-MX`.
  private mutating func decodeLanguage(_ node: DocumentNode) -> String? {
    guard let tag = string(node, "language") else { return nil }
    guard TextRules.isLanguageTag(tag) else {
      let code = TextRules.languageCode(forName: tag).map { "write '\($0)' for that language" }
      diagnostics.error(
        node.location, "language", "'\(Diagnostic.excerpt(tag))' is not a language tag",
        hint: code ?? "use a BCP 47 tag such as 'es', 'en' or 'es-MX'")
      return nil
    }
    return tag
  }

  private mutating func decodeDefaults(_ node: DocumentNode) {
    guard
      var reader = MappingReader(
        node, allowing: AllowedKeys.defaults, path: "defaults", what: "defaults", diagnostics: &diagnostics)
    else {
      return
    }
    if let value = reader.value("stubbornness"),
      let number = number(value, "defaults.stubbornness", in: 0...1, openLowerBound: true)
    {
      defaults.stubbornness = number
    }
    if let value = reader.value("threshold"), let number = number(value, "defaults.threshold", in: 0...1) {
      defaults.threshold = number
    }
    if let value = reader.value("uncertainty"), let number = number(value, "defaults.uncertainty", in: 0...1) {
      defaults.uncertainty = number
    }
    reader.finish(path: { "defaults.\($0)" }, diagnostics: &diagnostics)
  }

  // MARK: Actors

  private mutating func decodeActors(_ node: DocumentNode) -> [Actor] {
    var firstLocation: [String: SourcePosition] = [:]
    var undecodedIDs: [String] = []
    let actors: [Actor] =
      list(node, "actors") { decoder, child, index in
        guard let actor = decoder.decodeActor(child, path: "actors[\(index)]") else {
          if let id = Self.rawID(of: child) { undecodedIDs.append(id) }
          return nil
        }
        if let first = firstLocation[actor.id] {
          decoder.diagnostics.error(
            child.location, "actors[\(index)].id", "duplicate actor id '\(actor.id)'",
            hint: "first declared at line \(first.line)")
          return nil
        }
        firstLocation[actor.id] = child.location
        return actor
      } ?? []
    var ids = [String: Int](minimumCapacity: actors.count)
    for (position, actor) in actors.enumerated() { ids[actor.id] = position }
    relatedActors = Array(repeating: false, count: actors.count)
    // Actors that failed to decode still count as declared, so their ids cause no second error.
    for id in undecodedIDs where ids[id] == nil { ids[id] = -1 }
    actorIDs = ids
    return actors
  }

  /// One actor mapping; used by the model's `actors` and by the scenario step `add`.
  mutating func decodeActor(_ node: DocumentNode, path makePath: @autoclosure () -> String) -> Actor? {
    // The path is built only when a problem is reported: it costs an allocation per actor.
    let path = makePath
    guard
      var reader = MappingReader(
        node, allowing: AllowedKeys.actor, path: path(), what: "an actor", diagnostics: &diagnostics)
    else { return nil }
    let errorsBefore = diagnostics.errorCount
    let id = require("id", in: &reader, path(), what: "actor").flatMap { self.id($0, "\(path()).id") }
    let name = require("name", in: &reader, path(), what: "actor").flatMap { text($0, "\(path()).name", .name) }
    let short = reader.value("short").flatMap { text($0, "\(path()).short", .name) }
    let kind = require("kind", in: &reader, path(), what: "actor").flatMap {
      choice($0, "\(path()).kind", what: "actor kind", as: ActorKind.self)
    }
    let level = require("level", in: &reader, path(), what: "actor").flatMap {
      choice($0, "\(path()).level", what: "level", as: ActorLevel.self)
    }
    let power = require("power", in: &reader, path(), what: "actor").flatMap {
      number($0, "\(path()).power", in: 0...1)
    }
    let interest = require("interest", in: &reader, path(), what: "actor").flatMap {
      number($0, "\(path()).interest", in: 0...1)
    }
    let stance = require("stance", in: &reader, path(), what: "actor").flatMap {
      number($0, "\(path()).stance", in: -1...1)
    }
    let stubbornness = reader.value("stubbornness").flatMap {
      number($0, "\(path()).stubbornness", in: 0...1, openLowerBound: true)
    }
    let uncertainty = reader.value("uncertainty").flatMap { number($0, "\(path()).uncertainty", in: 0...1) }
    let legitimacy = reader.value("legitimacy").flatMap { number($0, "\(path()).legitimacy", in: 0...1) }
    let urgency = reader.value("urgency").flatMap { number($0, "\(path()).urgency", in: 0...1) }
    let affiliation = reader.value("affiliation").flatMap { text($0, "\(path()).affiliation", .label) }
    let tags = reader.value("tags").flatMap { tagsNode in
      list(tagsNode, "\(path()).tags") { decoder, child, index in
        decoder.text(child, "\(path()).tags[\(index)]", .label)
      }
    }
    reader.finish(path: { "\(path()).\($0)" }, diagnostics: &diagnostics)
    guard diagnostics.errorCount == errorsBefore, let id, let name, let kind, let level, let power, let interest,
      let stance
    else { return nil }
    return Actor(
      id: id, name: name, short: short, kind: kind, level: level, power: power, interest: interest, stance: stance,
      stubbornness: stubbornness ?? defaults.stubbornness, uncertainty: uncertainty ?? defaults.uncertainty,
      legitimacy: legitimacy, urgency: urgency, affiliation: affiliation, tags: tags ?? [])
  }

  /// The `id` text of a mapping node, valid or not, for an actor that failed to decode.
  static func rawID(of node: DocumentNode) -> String? {
    guard case .mapping(let entries) = node.content, let entry = entries.first(where: { $0.key == "id" }),
      case .scalar(let text, _) = entry.value.content
    else { return nil }
    return text
  }

  // MARK: Relations

  /// One relation; used by the model's `relations` and by the scenario step `link`.
  mutating func decodeRelation(_ node: DocumentNode, index: Int, basePath: String = "relations") -> Relation? {
    let path = { basePath == "relations" ? "relations[\(index)]" : basePath }
    guard
      var reader = MappingReader(
        node, allowing: AllowedKeys.relation, path: path(), what: "a relation", diagnostics: &diagnostics)
    else {
      return nil
    }
    let fromNode = require("from", in: &reader, path(), what: "relation")
    let toNode = require("to", in: &reader, path(), what: "relation")
    let from = fromNode.flatMap { self.id($0, "\(path()).from") }
    let to = toNode.flatMap { self.id($0, "\(path()).to") }
    let kind = require("kind", in: &reader, path(), what: "relation").flatMap {
      choice($0, "\(path()).kind", what: "relation kind", as: RelationKind.self)
    }
    let weight = reader.value("weight").flatMap { number($0, "\(path()).weight", in: 0...1, openLowerBound: true) }
    reader.finish(path: { "\(path()).\($0)" }, diagnostics: &diagnostics)
    if let from, let fromNode, let position = checkActorReference(from, at: fromNode.location, path: "\(path()).from") {
      markRelated(position)
    }
    if let to, let toNode, let position = checkActorReference(to, at: toNode.location, path: "\(path()).to") {
      markRelated(position)
    }
    if let from, let to, from == to {
      diagnostics.error(
        node.location, path(), "a relation from '\(from)' to itself", hint: "relations link two different actors")
      return nil
    }
    guard let from, let to, let kind else { return nil }
    return Relation(from: from, to: to, kind: kind, weight: weight ?? 0.5)
  }

  /// Notes that a relation names the actor at `position` (relations of scenario steps too).
  private mutating func markRelated(_ position: Int) {
    if position < relatedActors.count { relatedActors[position] = true }
  }

  // MARK: Commitments

  private mutating func decodeCommitments(_ node: DocumentNode, ids: inout [String: Int]) -> [Commitment] {
    var firstLine: [String: Int] = [:]
    let commitments: [Commitment] =
      list(node, "commitments") { decoder, child, index in
        let path = "commitments[\(index)]"
        guard
          var reader = MappingReader(
            child, allowing: AllowedKeys.commitment, path: path, what: "a commitment", diagnostics: &decoder.diagnostics
          )
        else { return nil }
        let idNode = decoder.require("id", in: &reader, path, what: "commitment")
        let id = idNode.flatMap { decoder.id($0, "\(path).id") }
        if let id, let idNode {
          if let line = firstLine[id] {
            decoder.diagnostics.error(
              idNode.location, "\(path).id", "duplicate commitment id '\(id)'", hint: "first declared at line \(line)")
          } else {
            firstLine[id] = idNode.location.line
          }
        }
        let title = reader.value("title").flatMap { decoder.text($0, "\(path).title", .title) }
        let ownerNode = decoder.require("owner", in: &reader, path, what: "commitment")
        let owner = ownerNode.flatMap { decoder.id($0, "\(path).owner") }
        if let owner, let ownerNode {
          decoder.checkActorReference(owner, at: ownerNode.location, path: "\(path).owner")
        }
        let needs = decoder.require("needs", in: &reader, path, what: "commitment").flatMap {
          decoder.decodeNeeds($0, path: "\(path).needs")
        }
        let threshold = reader.value("threshold").flatMap { decoder.number($0, "\(path).threshold", in: 0...1) }
        reader.finish(path: { "\(path).\($0)" }, diagnostics: &decoder.diagnostics)
        if let owner, let needs, let ownerNode, !needs.allListings.contains(owner) {
          decoder.diagnostics.warning(
            ownerNode.location, "\(path).owner", "the owner '\(owner)' appears in none of the commitment's needs",
            hint: "list it under authority, acceptance or ability if it is needed")
        }
        guard let id, let owner, let needs else { return nil }
        return Commitment(
          id: id, title: title ?? id, owner: owner, needs: needs, threshold: threshold ?? decoder.defaults.threshold)
      } ?? []
    for (position, commitment) in commitments.enumerated() where ids[commitment.id] == nil {
      ids[commitment.id] = position
    }
    for id in firstLine.keys where ids[id] == nil { ids[id] = -1 }
    return commitments
  }

  private mutating func decodeNeeds(_ node: DocumentNode, path: String) -> CommitmentNeeds? {
    guard
      var reader = MappingReader(
        node, allowing: AllowedKeys.needs, path: path, what: "the needs", diagnostics: &diagnostics)
    else {
      return nil
    }
    let authorityNode = reader.value("authority")
    let authority = authorityNode.flatMap { actorList($0, "\(path).authority") }
    let acceptance = reader.value("acceptance").flatMap { actorList($0, "\(path).acceptance") } ?? []
    let ability = reader.value("ability").flatMap { actorList($0, "\(path).ability") } ?? []
    reader.finish(path: { "\(path).\($0)" }, diagnostics: &diagnostics)
    guard let authorityNode else {
      diagnostics.error(
        node.location, "\(path).authority", "a commitment needs authority",
        hint: "list the actors whose authority the commitment rests on under needs.authority")
      return nil
    }
    guard let authority else { return nil }
    if authority.isEmpty, case .sequence(let elements) = authorityNode.content, elements.isEmpty {
      diagnostics.error(
        authorityNode.location, "\(path).authority", "a commitment needs authority: the list is empty",
        hint: "name at least one actor whose authority the commitment rests on")
      return nil
    }
    return CommitmentNeeds(authority: authority, acceptance: acceptance, ability: ability)
  }

  // MARK: Obstacles

  private mutating func decodeObstacles(_ node: DocumentNode, commitmentIDs: [String: Int]) -> [Obstacle] {
    var firstLine: [String: Int] = [:]
    return list(node, "obstacles") { decoder, child, index -> Obstacle? in
      let path = "obstacles[\(index)]"
      guard
        var reader = MappingReader(
          child, allowing: AllowedKeys.obstacle, path: path, what: "an obstacle", diagnostics: &decoder.diagnostics)
      else { return nil }
      let idNode = decoder.require("id", in: &reader, path, what: "obstacle")
      let id = idNode.flatMap { decoder.id($0, "\(path).id") }
      if let id, let idNode {
        if let line = firstLine[id] {
          decoder.diagnostics.error(
            idNode.location, "\(path).id", "duplicate obstacle id '\(id)'", hint: "first declared at line \(line)")
        } else {
          firstLine[id] = idNode.location.line
        }
      }
      let kind = decoder.require("kind", in: &reader, path, what: "obstacle").flatMap {
        decoder.choice($0, "\(path).kind", what: "obstacle kind", as: ObstacleKind.self)
      }
      let title = reader.value("title").flatMap { decoder.text($0, "\(path).title", .title) }
      let blocksNode = decoder.require("blocks", in: &reader, path, what: "obstacle")
      var firstListed: [String: Int] = [:]
      let blocks = blocksNode.flatMap { blocksNode in
        decoder.list(blocksNode, "\(path).blocks") { decoder, element, position -> String? in
          guard let target = decoder.id(element, "\(path).blocks[\(position)]") else { return nil }
          decoder.warnIfRepeated(
            target, at: element.location, path: "\(path).blocks", index: position, first: &firstListed)
          if commitmentIDs[target] == nil {
            decoder.diagnostics.error(
              element.location, "\(path).blocks[\(position)]", "unknown commitment '\(target)'",
              hint: DidYouMean.suggestion(for: target, among: commitmentIDs.keys).map { "did you mean '\($0)'?" }
                ?? "obstacles block commitments declared under commitments")
          }
          return target
        }
      }
      let severity = decoder.require("severity", in: &reader, path, what: "obstacle").flatMap {
        decoder.number($0, "\(path).severity", in: 0...1)
      }
      let holders = reader.value("holders").flatMap { decoder.actorList($0, "\(path).holders") } ?? []
      let mitigators = reader.value("mitigators").flatMap { decoder.actorList($0, "\(path).mitigators") } ?? []
      reader.finish(path: { "\(path).\($0)" }, diagnostics: &decoder.diagnostics)
      if let blocks, blocks.isEmpty, let blocksNode {
        decoder.diagnostics.warning(
          blocksNode.location, "\(path).blocks", "the obstacle blocks no commitment",
          hint: "list the commitments it stands in the way of, or remove it")
      }
      guard let id, let kind, let blocks, let severity else { return nil }
      return Obstacle(
        id: id, kind: kind, title: title ?? id, blocks: blocks, severity: severity, holders: holders,
        mitigators: mitigators)
    } ?? []
  }

  // MARK: Warnings

  private mutating func warnAboutIsolatedActors(actors: [Actor], relations: [Relation], root: DocumentNode) {
    guard !actors.isEmpty else { return }
    let connected = relatedActors
    guard case .mapping(let entries) = root.content,
      let actorsEntry = entries.first(where: { $0.key == "actors" }),
      case .sequence(let nodes) = actorsEntry.value.content
    else { return }
    var position = 0
    for (index, node) in nodes.enumerated() {
      guard position < actors.count else { break }
      // Actors that failed to decode are absent from `actors`; match by id.
      guard case .mapping(let fields) = node.content,
        let idEntry = fields.first(where: { $0.key == "id" }),
        case .scalar(let id, _) = idEntry.value.content, id == actors[position].id
      else { continue }
      if !connected[position] {
        diagnostics.warning(
          node.location, "actors[\(index)]", "the actor '\(id)' has no relations",
          hint: "link it to the actors it influences or depends on, or remove it")
      }
      position += 1
    }
  }
}
