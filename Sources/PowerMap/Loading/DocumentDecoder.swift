/// Turns a ``DocumentNode`` tree into model values, checking every rule of <doc:ModelFormat> on
/// the way and recording every problem, located, instead of stopping at the first.
///
/// The decoder is split by subject: `+Values` (numbers, ids, lists), `+Model` (the top level,
/// actors, relations, commitments, obstacles), `+Scenario` (scenarios and their steps).
struct DocumentDecoder {
  var diagnostics: DiagnosticCollector
  /// The actors known so far, id → position, for reference checks. nil when a scenario file is
  /// validated on its own, without a model to resolve ids against.
  var actorIDs: [String: Int]?
  /// The model's commitment ids, once known; references met before (actors' positions are
  /// decoded before the commitments) wait in `pendingCommitmentReferences`.
  var commitmentIDs: [String: Int]?
  var pendingCommitmentReferences: [(id: String, location: SourcePosition, path: String)] = []
  var defaults = ModelDefaults()
  /// Per actor position: whether some relation names it (for the isolated-actor warning),
  /// recorded while references are checked so the ids are looked up once.
  var relatedActors: [Bool] = []
  /// The locations of YAML plain scalars that a ` #` comment follows on the same line (from
  /// ``YAMLDocumentReader``), for the warning on names and titles cut by a comment.
  var commentCuts: Set<SourcePosition> = []

  init(file: String, actorIDs: [String: Int]? = nil, commitmentIDs: [String: Int]? = nil) {
    self.diagnostics = DiagnosticCollector(file: file)
    self.actorIDs = actorIDs
    self.commitmentIDs = commitmentIDs
  }

  /// Takes the YAML reader's notes: warns about the tags it ignored, and keeps the values a
  /// comment follows for the check of names and titles.
  mutating func take(_ notes: YAMLDocumentReader.Notes) {
    for (tag, location) in notes.unknownTags {
      diagnostics.warning(
        location, "", "the YAML tag '\(tag)' is not understood and is ignored",
        hint: "remove it: model files need no tags; the value is read as written")
    }
    commentCuts = notes.commentCuts
  }

  /// Records an error when `id` is not a known actor (does nothing without a model); returns the
  /// actor's position when it is known and decoded.
  @discardableResult
  mutating func checkActorReference(_ id: String, at location: SourcePosition, path: @autoclosure () -> String)
    -> Int?
  {
    guard let actorIDs else { return nil }
    if let position = actorIDs[id] { return position >= 0 ? position : nil }
    let hint = diagnostics.wantsHints ? DidYouMean.actorHint(for: id, among: actorIDs) : nil
    diagnostics.error(location, path(), "unknown actor '\(id)'", hint: hint ?? "every id must be declared under actors")
    return nil
  }

  /// Checks that `id` names a commitment of the model, now or (before the commitments are read)
  /// once they are; an unknown id is an error with a did-you-mean hint.
  mutating func checkCommitmentReference(_ id: String, at location: SourcePosition, path: String) {
    guard let commitmentIDs else {
      pendingCommitmentReferences.append((id, location, path))
      return
    }
    guard commitmentIDs[id] == nil else { return }
    diagnostics.error(
      location, path, "unknown commitment '\(id)'",
      hint: DidYouMean.suggestion(for: id, among: commitmentIDs.keys).map { "did you mean '\($0)'?" }
        ?? "positions and steps name commitments declared under commitments")
  }

  /// Sets the model's commitment ids and checks the references that waited for them.
  mutating func resolveCommitmentReferences(_ ids: [String: Int]) {
    commitmentIDs = ids
    let pending = pendingCommitmentReferences
    pendingCommitmentReferences = []
    for reference in pending { checkCommitmentReference(reference.id, at: reference.location, path: reference.path) }
  }
}
