/// A sequence or mapping that ``YAMLEventReader`` has opened and not yet closed.
///
/// Its elements (or entries) live on the reader's shared stacks from `start` on, so that each
/// closed collection is copied once into an array of exactly its size.
struct YAMLNodeFrame {
  /// What a mapping key is told apart by: its text and its resolved tag (nil for text, the core
  /// schema's `str`, which plain, quoted and `!`-tagged keys all resolve to).
  struct KeyIdentity: Hashable {
    var text: String
    var tag: String?
  }

  /// A key read, waiting for its value.
  struct PendingKey {
    var text: String
    var location: SourcePosition
    /// A key that is no text (a list or mapping): its value is read and dropped.
    var isDiscarded: Bool
  }

  let isMapping: Bool
  let location: SourcePosition
  let anchor: String?
  /// Whether this collection is itself a mapping key (an error, reported once the stream ends).
  let isKey: Bool
  /// Where its elements or entries start on the reader's stack.
  let start: Int
  /// The values in this subtree with every alias expanded, itself included (keys not counted).
  var count = 1
  var pendingKey: PendingKey?
  /// Whether `pendingKey` is set (read on every event without copying the key).
  var hasPendingKey = false
  /// The resolved tags of the keys that have one other than `str`, by entry index.
  var keyTags: [Int: String] = [:]
  /// The keys seen, once the mapping is too large for a linear search.
  var keySet: Set<KeyIdentity>?
  /// Each key given more than once, with the location of its first occurrence.
  var duplicates: [(key: KeyIdentity, location: SourcePosition)] = []

  /// Beyond this many entries, keys are looked up in `keySet`.
  static let linearSearchLimit = 16
  /// Counts saturate here: an alias bomb's expansion can exceed any integer.
  static let countCeiling = 1 << 60

  init(isMapping: Bool, location: SourcePosition, anchor: String?, isKey: Bool, start: Int) {
    self.isMapping = isMapping
    self.location = location
    self.anchor = anchor
    self.isKey = isKey
    self.start = start
  }

  /// Adds a child's expanded count to this subtree's.
  mutating func add(count child: Int) {
    count = min(count + child, Self.countCeiling)
  }

  /// Records `key` (text `text`, resolved tag `tag`) as the next key of this mapping, whose
  /// entries so far are `entries`; a key given before is noted in `duplicates`.
  mutating func noteKey(
    _ text: String, tag: String?, at location: SourcePosition, entries: ArraySlice<DocumentNode.Entry>
  ) {
    let identity = KeyIdentity(text: text, tag: tag)
    if keySet == nil, entries.count >= Self.linearSearchLimit {
      keySet = Set(entries.indices.map { KeyIdentity(text: entries[$0].key, tag: keyTags[$0 - start]) })
    }
    let isRepeated: Bool
    if keySet != nil {
      isRepeated = keySet?.insert(identity).inserted == false
    } else {
      isRepeated = entries.indices.contains { entries[$0].key == text && keyTags[$0 - start] == tag }
    }
    if let tag { keyTags[entries.count] = tag }
    guard isRepeated, !duplicates.contains(where: { $0.key == identity }) else { return }
    let first = entries.indices.first { entries[$0].key == text && keyTags[$0 - start] == tag }
    duplicates.append((identity, first.map { entries[$0].keyLocation } ?? location))
  }
}
