/// Loads model and scenario files (YAML or JSON) into validated values.
///
/// Loading only reads: an input file is never modified. Every problem in a file is reported at
/// once, as located ``Diagnostic``s thrown in a ``DiagnosticsError``; warnings of a valid file
/// come back with the result.
package enum ModelLoader {
  /// A valid model and the warnings its file raised.
  package struct LoadedModel: Sendable {
    package var model: Model
    package var warnings: [Diagnostic]
  }

  /// What a file turned out to hold, for `powermap validate`.
  package enum DocumentKind: String, Sendable, Codable {
    case model, scenario
  }

  /// The result of validating one file: its kind (when it could be told) and every diagnostic.
  package struct ValidationReport: Sendable, Codable {
    package var file: String
    package var kind: DocumentKind?
    package var diagnostics: [Diagnostic]
    package var isValid: Bool { !diagnostics.contains { $0.severity == .error } }
    /// The number of errors found, including those past the listing cap.
    package var errorCount: Int { count(of: .error) }
    /// The number of warnings found, including those past the listing cap.
    package var warningCount: Int { count(of: .warning) }

    private func count(of severity: Diagnostic.Severity) -> Int {
      diagnostics.reduce(0) { total, diagnostic in
        diagnostic.severity == severity ? total + (diagnostic.omitted ?? 1) : total
      }
    }
  }

  /// Loads and validates the model in `path`.
  package static func load(contentsOf path: String, displayName: String? = nil) throws(DiagnosticsError) -> LoadedModel
  {
    let source = try SourceText(contentsOf: path, displayName: displayName)
    return try load(source)
  }

  /// Loads and validates a model from bytes; `file` names it in messages.
  package static func load(bytes: [UInt8], file: String) throws(DiagnosticsError) -> LoadedModel {
    try load(SourceText(bytes: bytes, file: file))
  }

  private static func load(_ source: SourceText) throws(DiagnosticsError) -> LoadedModel {
    var notes = YAMLDocumentReader.Notes()
    let root = try source.parse(notes: &notes)
    var decoder = DocumentDecoder(file: source.file)
    decoder.take(notes)
    let model = decoder.decodeModel(root)
    let diagnostics = decoder.diagnostics.finished()
    guard let model else { throw DiagnosticsError(diagnostics) }
    return LoadedModel(model: model, warnings: diagnostics)
  }

  /// Loads a scenario file (one scenario: `id`, `title`, `steps`). With a model, every actor it
  /// names is checked against the model's actors and `addedActors` (those that scenarios applied
  /// before it add).
  package static func loadScenario(
    contentsOf path: String, against model: Model?, addedActors: [String] = [], displayName: String? = nil
  ) throws(DiagnosticsError) -> Scenario {
    try loadScenario(SourceText(contentsOf: path, displayName: displayName), against: model, addedActors: addedActors)
  }

  /// Loads a scenario (YAML or JSON) from bytes, as ``loadScenario(contentsOf:against:addedActors:displayName:)``
  /// does from a file; `file` names it in messages.
  package static func loadScenario(
    bytes: [UInt8], file: String, against model: Model?, addedActors: [String] = []
  ) throws(DiagnosticsError) -> Scenario {
    try loadScenario(SourceText(bytes: bytes, file: file), against: model, addedActors: addedActors)
  }

  private static func loadScenario(
    _ source: SourceText, against model: Model?, addedActors: [String]
  ) throws(DiagnosticsError) -> Scenario {
    var notes = YAMLDocumentReader.Notes()
    let root = try source.parse(notes: &notes)
    var known = model?.actorIndex()
    for id in addedActors { known?[id] = Int.max }
    let commitments = model.map { model in
      Dictionary(model.commitments.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
    var decoder = DocumentDecoder(file: source.file, actorIDs: known, commitmentIDs: commitments)
    decoder.take(notes)
    let scenario = decoder.decodeScenario(root, path: "")
    let diagnostics = decoder.diagnostics.finished()
    guard let scenario else { throw DiagnosticsError(diagnostics) }
    return scenario
  }

  /// Checks a scenario that is already decoded (from a model or a file) against a model: every
  /// actor it names must exist there or be added by an earlier step. `file` names the source.
  package static func check(_ scenario: Scenario, against model: Model, file: String) -> [Diagnostic] {
    var known = Set(model.actors.map(\.id))
    var problems: [Diagnostic] = []
    func require(_ id: String, _ path: String) {
      if !known.contains(id) {
        let hint = DidYouMean.suggestion(for: id, among: known).map { "did you mean '\($0)'?" }
        problems.append(
          Diagnostic(.error, file: file, location: nil, path: path, message: "unknown actor '\(id)'", hint: hint))
      }
    }
    let commitments = Set(model.commitments.map(\.id))
    func requireCommitment(_ id: String?, _ path: String) {
      guard let id, !commitments.contains(id) else { return }
      let hint = DidYouMean.suggestion(for: id, among: commitments).map { "did you mean '\($0)'?" }
      problems.append(
        Diagnostic(.error, file: file, location: nil, path: path, message: "unknown commitment '\(id)'", hint: hint))
    }
    for (index, step) in scenario.steps.enumerated() {
      let path = "steps[\(index)].\(step.action.kindName)"
      switch step.action {
      case .remove(let actor): require(actor, path)
      case .set(let update):
        require(update.actor, path + ".actor")
        requireCommitment(update.commitment, path + ".commitment")
      case .shift(let shift):
        require(shift.actor, path + ".actor")
        requireCommitment(shift.commitment, path + ".commitment")
      case .transition(let transition):
        for (position, actor) in transition.actors.enumerated() { require(actor, path + ".actors[\(position)]") }
      case .cut(let from, let to, _):
        require(from, path + ".from")
        require(to, path + ".to")
      case .link(let relation):
        require(relation.from, path + ".from")
        require(relation.to, path + ".to")
      case .add(let actor):
        if known.contains(actor.id) {
          problems.append(
            Diagnostic(
              .error, file: file, location: nil, path: path + ".id", message: "the actor '\(actor.id)' already exists"))
        }
        known.insert(actor.id)
      }
    }
    return problems
  }

  /// Validates one file, model or scenario (told apart by their keys), without throwing.
  package static func validate(contentsOf path: String, displayName: String? = nil) -> ValidationReport {
    let name = displayName ?? path
    let root: DocumentNode
    var notes = YAMLDocumentReader.Notes()
    do {
      root = try SourceText(contentsOf: path, displayName: name).parse(notes: &notes)
    } catch {
      return ValidationReport(file: name, kind: nil, diagnostics: error.diagnostics)
    }
    var decoder = DocumentDecoder(file: name)
    decoder.take(notes)
    let kind: DocumentKind
    if case .mapping(let entries) = root.content, entries.contains(where: { $0.key == "steps" }),
      !entries.contains(where: { $0.key == "actors" })
    {
      kind = .scenario
      _ = decoder.decodeScenario(root, path: "")
    } else {
      kind = .model
      _ = decoder.decodeModel(root)
    }
    return ValidationReport(file: name, kind: kind, diagnostics: decoder.diagnostics.finished())
  }
}
