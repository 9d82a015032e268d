/// SplitMix64 (Steele, Lea & Flood 2014, "Fast splittable pseudorandom number generators"): the seeder of
/// ``SeededGenerator``, and the small seeded stream of the package's model generators and fuzz
/// mutations (the same numbers on every platform).
package struct SplitMix64: RandomNumberGenerator, Sendable {
  /// The Weyl-sequence increment, ⌊2⁶⁴/φ⌋ rounded to odd.
  static let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15

  package var state: UInt64

  /// A stream started at `state`.
  package init(state: UInt64) {
    self.state = state
  }

  /// Advances the state by ``gamma`` and returns its mix.
  package mutating func next() -> UInt64 {
    state &+= Self.gamma
    return Self.mix(state)
  }

  /// A double in [0, 1) from the top 53 bits of the next output.
  package mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

  /// The next output modulo `bound` (> 0): slightly biased, but the same on every platform.
  package mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

  /// The SplitMix64 finaliser (a variant of MurmurHash3's fmix64); a bijection of `UInt64`.
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
