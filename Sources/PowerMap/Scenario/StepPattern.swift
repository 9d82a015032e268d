/// Which steps of a Monte Carlo sample happened, as a bit set: bit `i` of `words[i / 64]` for
/// step `i` in the order of ``MonteCarloSimulation`` (scenarios in order, each one's steps in
/// order). The key of the per-worker cache of ``SampleStructure``s.
struct StepPattern: Hashable, Sendable {
  private(set) var words: [UInt64]

  /// A pattern of `count` steps, none happening.
  init(count: Int) {
    words = [UInt64](repeating: 0, count: (count + 63) / 64)
  }

  /// Sets the bits from `included`, in place (no allocation when the storage is not shared).
  mutating func assign(_ included: [Bool]) {
    for word in words.indices { words[word] = 0 }
    for (index, happens) in included.enumerated() where happens {
      words[index / 64] |= 1 << UInt64(index % 64)
    }
  }
}
