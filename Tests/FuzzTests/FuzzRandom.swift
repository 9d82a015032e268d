import NetworkAnalysis

/// A seeded SplitMix64 generator: the same seed gives the same mutations on every platform.
struct FuzzRandom: RandomNumberGenerator {
  private var stream: SplitMix64

  init(seed: UInt64) {
    stream = SplitMix64(state: seed)
  }

  mutating func next() -> UInt64 { stream.next() }

  /// A uniform integer in `0..<bound` (`bound` > 0).
  mutating func below(_ bound: Int) -> Int {
    Int.random(in: 0..<bound, using: &self)
  }

  /// A random element of a non-empty array.
  mutating func pick<Element>(_ elements: [Element]) -> Element {
    elements[below(elements.count)]
  }

  /// True with probability `numerator`/`denominator`.
  mutating func chance(_ numerator: Int, in denominator: Int) -> Bool {
    below(denominator) < numerator
  }
}
