/// Results Graphviz has already produced, by their whole input: Graphviz lays out and renders the
/// same DOT text (with the same engine and format) to the same result every time, so a result can
/// be handed out again instead of being computed again.
///
/// `powermap serve` redraws its maps on every edit, and an edit that changes a stance only
/// repaints them: the layouts read DOT without paint (``DOTGraph/layoutText``), so those passes
/// are answered from here. The memo is bounded: at most ``entryLimit`` results and ``byteLimit``
/// bytes of inputs and outputs, the least recently used going first; inputs above
/// ``largestInput`` bytes are not kept.
struct GraphvizMemo<Value> {
  /// The most results kept.
  static var entryLimit: Int { 24 }
  /// The most bytes kept, inputs and outputs together.
  static var byteLimit: Int { 32 << 20 }
  /// The largest input kept.
  static var largestInput: Int { 2 << 20 }

  private var entries: [Key: (value: Value, bytes: Int, used: UInt64)] = [:]
  private var clock: UInt64 = 0
  private var bytes = 0

  /// An input as its UTF-8 bytes: hashed and compared as bytes (a `String` key would be hashed
  /// and compared by Unicode canonical equivalence, which costs more than some layouts).
  struct Key: Hashable {
    let bytes: [UInt8]

    init(_ text: String) { bytes = Array(text.utf8) }

    func hash(into hasher: inout Hasher) {
      bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
  }

  /// The result kept for `key`, if any.
  mutating func value(for key: Key) -> Value? {
    guard let entry = entries[key] else { return nil }
    clock += 1
    entries[key]?.used = clock
    return entry.value
  }

  /// Keeps `value` for `key`; `size` is the bytes of `value`.
  mutating func store(_ value: Value, for key: Key, size: Int) {
    let entryBytes = key.bytes.count + size
    guard key.bytes.count <= Self.largestInput, entryBytes <= Self.byteLimit, entries[key] == nil else { return }
    while entries.count >= Self.entryLimit || bytes + entryBytes > Self.byteLimit,
      let oldest = entries.min(by: { $0.value.used < $1.value.used })
    {
      bytes -= oldest.value.bytes
      entries[oldest.key] = nil
    }
    clock += 1
    entries[key] = (value, entryBytes, clock)
    bytes += entryBytes
  }
}
