/// Turns a ``DocumentNode`` tree into model values, checking every rule of DESIGN.md "The model
/// file" on the way and recording every problem, located, instead of stopping at the first.
///
/// The decoder is split by subject: `+Values` (numbers, ids, lists), `+Model` (the top level,
/// actors, relations, commitments, obstacles), `+Scenario` (scenarios and their steps).
struct DocumentDecoder {
  var diagnostics: DiagnosticCollector
  /// The actors known so far, id → position, for reference checks. nil when a scenario file is
  /// validated on its own, without a model to resolve ids against.
  var actorIDs: [String: Int]?
  var defaults = ModelDefaults()
  /// Per actor position: whether some relation names it (for the isolated-actor warning),
  /// recorded while references are checked so the ids are looked up once.
  var relatedActors: [Bool] = []

  init(file: String, actorIDs: [String: Int]? = nil) {
    self.diagnostics = DiagnosticCollector(file: file)
    self.actorIDs = actorIDs
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
}
