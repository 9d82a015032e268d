import Foundation

/// Maps drawn for the newest version only: at most one drawing of each map is in flight, and a
/// request that arrives while an older version's drawing runs waits for it, then gets the newest
/// version's (drawn once, shared). Graphviz draws one map at a time, so without this, edits
/// faster than a drawing would queue drawings of versions nobody looks at any more.
struct LatestDrawings: Sendable {
  /// A drawing and the version it shows.
  typealias Drawing = (data: Data, version: Int)

  /// The finished drawing of each map, with its version.
  private var done: [String: Drawing] = [:]
  /// The drawing in flight of each map.
  private var drawing: [String: Task<Drawing, any Error>] = [:]

  /// The finished drawing of `key` when it shows `version` or newer.
  func finished(_ key: String, atLeast version: Int) -> Drawing? {
    done[key].flatMap { $0.version >= version ? $0 : nil }
  }

  /// The drawing of `key` in flight, if any.
  func inFlight(_ key: String) -> Task<Drawing, any Error>? {
    drawing[key]
  }

  /// Records a drawing started for `key`.
  mutating func started(_ key: String, _ task: Task<Drawing, any Error>) {
    drawing[key] = task
  }

  /// Records that the drawing of `key` ended, with `result` when it succeeded.
  mutating func ended(_ key: String, _ result: Drawing?) {
    drawing[key] = nil
    if let result, result.version >= (done[key]?.version ?? 0) { done[key] = result }
  }
}
