extension DocumentDecoder {
  /// Decodes and validates a whole model; nil when it has errors (all recorded).
  mutating func decodeModel(_ root: DocumentNode) -> Model? {
    guard
      var top = MappingReader(root, allowing: AllowedKeys.model, path: "", what: "a model", diagnostics: &diagnostics)
    else { return nil }
    if top.contains("steps") && !top.contains("actors") {
      diagnostics.error(
        root.location, "", "this is a scenario file, not a model",
        hint: Diagnostic.scenarioFileHint)
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
    resolveCommitmentReferences(commitmentIDs)
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
    readMapping(node, allowing: AllowedKeys.defaults, path: "defaults", what: "defaults") { decoder, reader in
      let path = "defaults"
      if let value = decoder.number(at: "stubbornness", of: &reader, path, in: 0...1, openLowerBound: true) {
        decoder.defaults.stubbornness = value
      }
      if let value = decoder.number(at: "threshold", of: &reader, path, in: 0...1) {
        decoder.defaults.threshold = value
      }
      if let value = decoder.number(at: "uncertainty", of: &reader, path, in: 0...1) {
        decoder.defaults.uncertainty = value
      }
    }
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
    return decodeMapping(node, allowing: AllowedKeys.actor, path: path(), what: "an actor") { decoder, reader in
      let id = decoder.require("id", in: &reader, path(), what: "actor").flatMap { decoder.id($0, "\(path()).id") }
      let name = decoder.require("name", in: &reader, path(), what: "actor").flatMap {
        decoder.text($0, "\(path()).name", .name)
      }
      let short = decoder.text(at: "short", of: &reader, path(), .name)
      let kind = decoder.require("kind", in: &reader, path(), what: "actor").flatMap {
        decoder.choice($0, "\(path()).kind", what: "actor kind", as: ActorKind.self)
      }
      let level = decoder.require("level", in: &reader, path(), what: "actor").flatMap {
        decoder.choice($0, "\(path()).level", what: "level", as: ActorLevel.self)
      }
      let power = decoder.requiredNumber("power", of: &reader, path(), what: "actor", in: 0...1)
      let interest = decoder.requiredNumber("interest", of: &reader, path(), what: "actor", in: 0...1)
      let stance = decoder.requiredNumber("stance", of: &reader, path(), what: "actor", in: -1...1)
      let stubbornness = decoder.number(at: "stubbornness", of: &reader, path(), in: 0...1, openLowerBound: true)
      let uncertainty = decoder.number(at: "uncertainty", of: &reader, path(), in: 0...1)
      let legitimacy = decoder.number(at: "legitimacy", of: &reader, path(), in: 0...1)
      let urgency = decoder.number(at: "urgency", of: &reader, path(), in: 0...1)
      let affiliation = decoder.text(at: "affiliation", of: &reader, path(), .label)
      let tags = reader.value("tags").flatMap { tagsNode in
        decoder.list(tagsNode, "\(path()).tags") { decoder, child, index in
          decoder.text(child, "\(path()).tags[\(index)]", .label)
        }
      }
      let positions = reader.value("positions").flatMap { decoder.decodePositions($0, path: "\(path()).positions") }
      guard let id, let name, let kind, let level, let power, let interest, let stance else { return nil }
      return Actor(
        id: id, name: name, short: short, kind: kind, level: level, power: power, interest: interest, stance: stance,
        stubbornness: stubbornness ?? decoder.defaults.stubbornness,
        uncertainty: uncertainty ?? decoder.defaults.uncertainty, legitimacy: legitimacy, urgency: urgency,
        affiliation: affiliation, tags: tags ?? [], positions: positions ?? [:])
    }
  }

  /// An actor's `positions`: a mapping from commitment ids of the model to stances in [−1, 1].
  private mutating func decodePositions(_ node: DocumentNode, path: String) -> [String: Double]? {
    guard case .mapping(let entries) = node.content else {
      diagnostics.error(
        node.location, path, "expected a mapping from commitment ids to stances, found \(node.kindDescription)",
        hint: "write e.g. 'positions: {public-works-data: 0.9}'")
      return nil
    }
    var positions: [String: Double] = [:]
    for entry in entries {
      let entryPath = "\(path).\(entry.key)"
      checkCommitmentReference(entry.key, at: entry.keyLocation, path: entryPath)
      if let stance = number(entry.value, entryPath, in: -1...1) { positions[entry.key] = stance }
    }
    return positions
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
    let read = readMapping(node, allowing: AllowedKeys.relation, path: path(), what: "a relation") { decoder, reader in
      let from = decoder.requiredID("from", of: &reader, path(), what: "relation")
      let to = decoder.requiredID("to", of: &reader, path(), what: "relation")
      let kind = decoder.require("kind", in: &reader, path(), what: "relation").flatMap {
        decoder.choice($0, "\(path()).kind", what: "relation kind", as: RelationKind.self)
      }
      let weight = decoder.number(at: "weight", of: &reader, path(), in: 0...1, openLowerBound: true)
      return (from: from, to: to, kind: kind, weight: weight)
    }
    guard let (from, to, kind, weight) = read else { return nil }
    if let from, let position = checkActorReference(from.id, at: from.location, path: "\(path()).from") {
      markRelated(position)
    }
    if let to, let position = checkActorReference(to.id, at: to.location, path: "\(path()).to") {
      markRelated(position)
    }
    if let from, let to, from.id == to.id {
      diagnostics.error(
        node.location, path(), "a relation from '\(from.id)' to itself", hint: "relations link two different actors")
      return nil
    }
    guard let from, let to, let kind else { return nil }
    return Relation(from: from.id, to: to.id, kind: kind, weight: weight ?? 0.5)
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
        decoder.decodeCommitment(child, path: "commitments[\(index)]", firstLine: &firstLine)
      } ?? []
    for (position, commitment) in commitments.enumerated() where ids[commitment.id] == nil {
      ids[commitment.id] = position
    }
    for id in firstLine.keys where ids[id] == nil { ids[id] = -1 }
    return commitments
  }

  private mutating func decodeCommitment(_ node: DocumentNode, path: String, firstLine: inout [String: Int])
    -> Commitment?
  {
    let read = readMapping(node, allowing: AllowedKeys.commitment, path: path, what: "a commitment") {
      decoder, reader in
      let id = decoder.uniqueID(of: &reader, path, what: "commitment", firstLine: &firstLine)
      let title = decoder.text(at: "title", of: &reader, path, .title)
      let owner = decoder.requiredID("owner", of: &reader, path, what: "commitment")
      if let owner { decoder.checkActorReference(owner.id, at: owner.location, path: "\(path).owner") }
      let needs = decoder.require("needs", in: &reader, path, what: "commitment").flatMap {
        decoder.decodeNeeds($0, path: "\(path).needs")
      }
      let threshold = decoder.number(at: "threshold", of: &reader, path, in: 0...1)
      return (id: id, title: title, owner: owner, needs: needs, threshold: threshold)
    }
    guard let (id, title, owner, needs, threshold) = read else { return nil }
    if let owner, let needs, !needs.allListings.contains(owner.id) {
      diagnostics.warning(
        owner.location, "\(path).owner", "the owner '\(owner.id)' appears in none of the commitment's needs",
        hint: "list it under authority, acceptance or ability if it is needed")
    }
    guard let id, let owner, let needs else { return nil }
    return Commitment(
      id: id, title: title ?? id, owner: owner.id, needs: needs, threshold: threshold ?? defaults.threshold)
  }

  private mutating func decodeNeeds(_ node: DocumentNode, path: String) -> CommitmentNeeds? {
    let read = readMapping(node, allowing: AllowedKeys.needs, path: path, what: "the needs") { decoder, reader in
      let authorityNode = reader.value("authority")
      let authority = authorityNode.flatMap { decoder.actorList($0, "\(path).authority") }
      let acceptance = reader.value("acceptance").flatMap { decoder.actorList($0, "\(path).acceptance") } ?? []
      let ability = reader.value("ability").flatMap { decoder.actorList($0, "\(path).ability") } ?? []
      return (authorityNode: authorityNode, authority: authority, acceptance: acceptance, ability: ability)
    }
    guard let (authorityNode, authority, acceptance, ability) = read else { return nil }
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
      decoder.decodeObstacle(child, path: "obstacles[\(index)]", commitmentIDs: commitmentIDs, firstLine: &firstLine)
    } ?? []
  }

  private mutating func decodeObstacle(
    _ node: DocumentNode, path: String, commitmentIDs: [String: Int], firstLine: inout [String: Int]
  ) -> Obstacle? {
    let read = readMapping(node, allowing: AllowedKeys.obstacle, path: path, what: "an obstacle") { decoder, reader in
      let id = decoder.uniqueID(of: &reader, path, what: "obstacle", firstLine: &firstLine)
      let kind = decoder.require("kind", in: &reader, path, what: "obstacle").flatMap {
        decoder.choice($0, "\(path).kind", what: "obstacle kind", as: ObstacleKind.self)
      }
      let title = decoder.text(at: "title", of: &reader, path, .title)
      let blocksNode = decoder.require("blocks", in: &reader, path, what: "obstacle")
      let blocks = blocksNode.flatMap { decoder.decodeBlocks($0, path: "\(path).blocks", commitmentIDs: commitmentIDs) }
      let severity = decoder.requiredNumber("severity", of: &reader, path, what: "obstacle", in: 0...1)
      let holders = reader.value("holders").flatMap { decoder.actorList($0, "\(path).holders") } ?? []
      let mitigators = reader.value("mitigators").flatMap { decoder.actorList($0, "\(path).mitigators") } ?? []
      let obstacle = (id: id, kind: kind, title: title, blocks: blocks, severity: severity)
      return (obstacle: obstacle, holders: holders, mitigators: mitigators, blocksNode: blocksNode)
    }
    guard let (obstacle, holders, mitigators, blocksNode) = read else { return nil }
    if let blocks = obstacle.blocks, blocks.isEmpty, let blocksNode {
      diagnostics.warning(
        blocksNode.location, "\(path).blocks", "the obstacle blocks no commitment",
        hint: "list the commitments it stands in the way of, or remove it")
    }
    guard let id = obstacle.id, let kind = obstacle.kind, let blocks = obstacle.blocks,
      let severity = obstacle.severity
    else { return nil }
    return Obstacle(
      id: id, kind: kind, title: obstacle.title ?? id, blocks: blocks, severity: severity, holders: holders,
      mitigators: mitigators)
  }

  /// The commitments an obstacle blocks: each must be declared; a repeat is warned about.
  private mutating func decodeBlocks(_ node: DocumentNode, path: String, commitmentIDs: [String: Int]) -> [String]? {
    var firstListed: [String: Int] = [:]
    return list(node, path) { decoder, element, position -> String? in
      guard let target = decoder.id(element, "\(path)[\(position)]") else { return nil }
      decoder.warnIfRepeated(target, at: element.location, path: path, index: position, first: &firstListed)
      if commitmentIDs[target] == nil {
        decoder.diagnostics.error(
          element.location, "\(path)[\(position)]", "unknown commitment '\(target)'",
          hint: DidYouMean.suggestion(for: target, among: commitmentIDs.keys).map { "did you mean '\($0)'?" }
            ?? "obstacles block commitments declared under commitments")
      }
      return target
    }
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
