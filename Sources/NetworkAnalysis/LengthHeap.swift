/// A monotone priority queue of (length, node) entries for Dijkstra's search in ``BrandesWorkspace``: pops
/// by length, ties by node id, so that the pop order is a function of the input alone.
///
/// It is a radix heap (Ahuja, Mehlhorn, Orlin & Tarjan 1990, "Faster algorithms for the shortest path
/// problem") over the bit patterns of the lengths, which for non-negative lengths order as the values do.
/// Monotone means that no pushed length is shorter than the last popped one, true of Dijkstra's search with
/// positive edge lengths. Bucket `b` (0..<64) holds the entries whose key first differs from the last popped
/// key at bit `b`; the nodes whose key equals it wait in a list sorted by node. When that list runs out, the
/// lowest non-empty bucket is redistributed around its minimum key, which becomes the last key. An entry
/// only ever moves to lower buckets, so it is touched a few times instead of sifted through log₂ n levels,
/// and every bucket is a contiguous array read and written in order.
///
/// The search uses it with lazy deletion: a node may have several entries, and the caller skips stale ones.
/// The buckets (``makeBuckets(capacity:)``) and the tied list (room for every push of a search) belong to the caller,
/// allocated once for all sources; a bucket doubles when full and keeps its capacity for the next source.
struct LengthHeap {
  struct Entry {
    /// The bit pattern of the length.
    var key: UInt64
    var node: Int32
  }

  /// One bucket: `count` entries at `base`, room for `capacity`.
  struct Bucket {
    var base: UnsafeMutablePointer<Entry>
    var count: Int
    var capacity: Int
  }

  /// The 64 empty buckets a heap works in, with room for `capacity` entries each to begin with; release them
  /// with ``freeBuckets(_:)``.
  static func makeBuckets(capacity: Int) -> UnsafeMutableBufferPointer<Bucket> {
    let buckets = UnsafeMutableBufferPointer<Bucket>.allocate(capacity: 64)
    for index in buckets.indices {
      buckets.initializeElement(
        at: index, to: Bucket(base: .allocate(capacity: capacity), count: 0, capacity: capacity))
    }
    return buckets
  }

  static func freeBuckets(_ buckets: UnsafeMutableBufferPointer<Bucket>) {
    for bucket in buckets { bucket.base.deallocate() }
    buckets.deallocate()
  }

  private let buckets: UnsafeMutableBufferPointer<Bucket>
  /// The nodes whose key equals `last`, by decreasing node (the next one to pop is at the end).
  private let tied: UnsafeMutableBufferPointer<Int32>
  private var tiedCount = 0
  /// Bit `b` set when bucket `b` is not empty.
  private var occupied: UInt64 = 0
  /// The key of the last popped entry (0 before the first pop).
  private var last: UInt64 = 0

  /// An empty heap working in `buckets` (empty, from ``makeBuckets(capacity:)``) and `tied` (room for every push).
  init(buckets: UnsafeMutableBufferPointer<Bucket>, tied: UnsafeMutableBufferPointer<Int32>) {
    self.buckets = buckets
    self.tied = tied
  }

  /// Inserts the entry `(length, node)`; `length` must not be below the last popped length.
  mutating func push(length: Double, node: Int32) {
    let key = length.bitPattern
    assert(key >= last, "a radix heap is monotone")
    if key == last {
      insertTied(node)
    } else {
      append(Entry(key: key, node: node))
    }
  }

  /// Removes the entry with the shortest length, ties by smallest node, and returns its node; `nil` when empty
  /// (the buckets are then empty again, ready for the next search).
  mutating func popMin() -> Int32? {
    if tiedCount == 0 {
      guard occupied != 0 else { return nil }
      refill(bucket: occupied.trailingZeroBitCount)
    }
    tiedCount -= 1
    return tied[tiedCount]
  }

  /// Makes the minimum key of `bucket` the last key: its entries move to `tied` and the rest to lower buckets.
  private mutating func refill(bucket index: Int) {
    let source = buckets[index]
    buckets[index].count = 0
    occupied &= ~(1 << UInt64(index))
    var minimum = UInt64.max
    for position in 0..<source.count { minimum = min(minimum, source.base[position].key) }
    last = minimum
    for position in 0..<source.count {
      let entry = source.base[position]
      if entry.key == minimum {
        tied[tiedCount] = entry.node
        tiedCount += 1
      } else {
        append(entry)
      }
    }
    if tiedCount > 1 {
      var pending = UnsafeMutableBufferPointer(rebasing: tied[..<tiedCount])
      pending.sort(by: >)
    }
  }

  /// Puts `node` among the tied nodes, keeping them by decreasing node.
  private mutating func insertTied(_ node: Int32) {
    var position = tiedCount
    while position > 0 && tied[position - 1] < node {
      tied[position] = tied[position - 1]
      position -= 1
    }
    tied[position] = node
    tiedCount += 1
  }

  /// Appends `entry` (key above `last`) to the bucket its key belongs to.
  @inline(__always)
  private mutating func append(_ entry: Entry) {
    let index = 63 - (entry.key ^ last).leadingZeroBitCount
    let count = buckets[index].count
    if count == buckets[index].capacity { grow(index) }
    buckets[index].base[count] = entry
    buckets[index].count = count + 1
    occupied |= 1 << UInt64(index)
  }

  /// Doubles the capacity of bucket `index`.
  private func grow(_ index: Int) {
    let bucket = buckets[index]
    let capacity = max(16, 2 * bucket.capacity)
    let base = UnsafeMutablePointer<Entry>.allocate(capacity: capacity)
    base.moveInitialize(from: bucket.base, count: bucket.count)
    bucket.base.deallocate()
    buckets[index] = Bucket(base: base, count: bucket.count, capacity: capacity)
  }
}
