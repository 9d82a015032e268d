import Foundation
import PowerMap

/// The one workshop a server holds: the model, its version (1 at the start, +1 on every accepted
/// change, undo and redo included), the undo and redo stacks, the model's file and the documents
/// computed for the current version.
///
/// Every change goes through this actor, so a change based on a stale version is refused (409)
/// rather than silently overwriting another facilitator's edit.
actor Workshop {
  /// How many earlier models undo (and redo) keep.
  static let historyLimit = 200

  private(set) var model: Model
  private(set) var version = 1
  private(set) var file: ModelFile
  private var undoStack: [Model] = []
  private var redoStack: [Model] = []
  private var cache: [String: Task<Data, any Error>] = [:]
  private var analyses: [String: Task<StakeholderAnalysis, Never>] = [:]
  private var drawings = LatestDrawings()
  /// Where accepted versions are announced (`/api/v1/events`).
  nonisolated let events: EventHub

  init(model: Model, file: ModelFile, events: EventHub) {
    self.model = model
    self.file = file
    self.events = events
  }

  /// The current model with its version.
  var snapshot: WorkshopSnapshot {
    WorkshopSnapshot(
      model: model, version: version, file: file, canUndo: !undoStack.isEmpty, canRedo: !redoStack.isEmpty)
  }

  /// Applies `change` to the current model when `basedOn` is the current version; returns the new
  /// version. `change` throws (an ``APIError``) to refuse the edit; nothing changes then.
  func edit(basedOn: Int, _ change: @Sendable (Model) throws -> Model) throws -> Int {
    try requireCurrent(basedOn)
    let edited = try change(model)
    undoStack.append(model)
    if undoStack.count > Self.historyLimit { undoStack.removeFirst() }
    redoStack.removeAll()
    return accept(edited)
  }

  /// Goes back to the model before the last change (`redo` false) or forward again (`redo` true).
  func step(back: Bool, basedOn: Int) throws -> Int {
    try requireCurrent(basedOn)
    if back {
      guard let previous = undoStack.popLast() else { throw APIError.conflict("there is nothing to undo", version) }
      redoStack.append(model)
      return accept(previous)
    }
    guard let next = redoStack.popLast() else { throw APIError.conflict("there is nothing to redo", version) }
    undoStack.append(model)
    return accept(next)
  }

  /// Records that the model was saved to `saved` (a save as changes the workshop's file).
  func saved(to saved: ModelFile) {
    file = saved
  }

  /// The document `key` names for the current version, computed once by `make` and shared by every
  /// request for it until the version changes; with the version it was computed for.
  func document(_ key: String, make: @escaping @Sendable (WorkshopSnapshot) async throws -> Data) async throws -> (
    Data, Int
  ) {
    let version = self.version
    if let task = cache[key] { return (try await task.value, version) }
    let snapshot = self.snapshot
    let task = Task.detached { try await make(snapshot) }
    cache[key] = task
    return (try await task.value, version)
  }

  /// The analysis of `snapshot`'s model after `scenarios` (which `key` names): computed once per
  /// version and shared by the analysis document and the maps drawn from it; computed apart when
  /// `snapshot` is no longer the current version.
  func analysis(of snapshot: WorkshopSnapshot, key: String, scenarios: [Scenario]) async -> StakeholderAnalysis {
    guard snapshot.version == version else { return StakeholderAnalysis(model: snapshot.model, scenarios: scenarios) }
    if let task = analyses[key] { return await task.value }
    let model = snapshot.model
    let task = Task.detached { StakeholderAnalysis(model: model, scenarios: scenarios) }
    analyses[key] = task
    return await task.value
  }

  /// The map `key` of the current version or a newer one: one drawing of each map at a time
  /// (see ``LatestDrawings``); with the version it shows.
  func drawing(_ key: String, make: @escaping @Sendable (WorkshopSnapshot) async throws -> Data) async throws -> (
    Data, Int
  ) {
    let wanted = version
    while true {
      if let drawing = drawings.finished(key, atLeast: wanted) { return drawing }
      let task: Task<LatestDrawings.Drawing, any Error>
      if let running = drawings.inFlight(key) {
        task = running
      } else {
        let snapshot = self.snapshot
        task = Task.detached { (data: try await make(snapshot), version: snapshot.version) }
        drawings.started(key, task)
      }
      do {
        let drawing = try await task.value
        drawings.ended(key, task, drawing)
        if drawing.version >= wanted { return drawing }
      } catch {
        drawings.ended(key, task, nil)
        throw error
      }
    }
  }

  private func requireCurrent(_ basedOn: Int) throws {
    guard basedOn == version else {
      throw APIError.conflict(
        "the model changed since version \(basedOn) (now \(version)); reload it and edit again", version)
    }
  }

  private func accept(_ edited: Model) -> Int {
    model = edited
    version += 1
    cache.removeAll()
    analyses.removeAll()
    events.publish(.version(version))
    return version
  }
}
