/// SplitMix64 (Steele, Lea & Flood 2014, "Fast splittable pseudorandom number generators"): the seeder of
/// ``SeededGenerator``.
struct SplitMix64: Sendable {
  /// The Weyl-sequence increment, ⌊2⁶⁴/φ⌋ rounded to odd.
  static let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15

  var state: UInt64

  /// Advances the state by ``gamma`` and returns its mix.
  mutating func next() -> UInt64 {
    state &+= Self.gamma
    return Self.mix(state)
  }

  /// The SplitMix64 finaliser (a variant of MurmurHash3's fmix64); a bijection of `UInt64`.
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
