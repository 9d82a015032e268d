/// A seedable, deterministic random number generator: xoshiro256** (Blackman & Vigna 2018) whose 256-bit state
/// is filled by SplitMix64 (Steele, Lea & Flood 2014), as its authors recommend.
///
/// The sequence depends only on the seed (and stream): it uses integer arithmetic, IEEE-754 `+ − × ÷` and
/// `sqrt` (all exactly rounded), and a logarithm written here in plain arithmetic (fdlibm's `__ieee754_log`)
/// rather than the platform's `log`, so ``nextGaussian()`` too is bit-identical on Linux and macOS.
/// Use ``init(seed:stream:)`` to give Monte Carlo sample `k` its own generator from `(seed, k)`: the result of
/// a run then does not depend on how samples are spread over threads.
///
/// Note that the standard library's `Int.random(in:using:)` and `shuffle(using:)` draw from this generator
/// but their algorithms belong to the standard library; for sequences that must never change, use
/// ``next(below:)`` and ``nextUniform()``.
public struct SeededGenerator: RandomNumberGenerator, Sendable, Hashable {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64
  private var spareGaussian: Double?

  /// A generator whose state is the first four outputs of SplitMix64 started at `seed`.
  public init(seed: UInt64) {
    var mixer = SplitMix64(state: seed)
    s0 = mixer.next()
    s1 = mixer.next()
    s2 = mixer.next()
    s3 = mixer.next()
  }

  /// A generator for stream `stream` of `seed`: state word `i` is word `i` of ``init(seed:)`` XOR word `i` of
  /// SplitMix64 started at `mix(stream)` (SplitMix64's finaliser of `stream + 0x9E3779B97F4A7C15`).
  ///
  /// Two streams of one seed differ in every state word (SplitMix64 outputs are a bijection of its state),
  /// so their sequences are distinct; with a 2²⁵⁶ − 1 period, overlap between the ≤ 2⁶⁴ streams used in
  /// practice is negligible — this is hashing, not the xoshiro jump function, so that stream `k` costs O(1).
  public init(seed: UInt64, stream: UInt64) {
    self.init(seed: seed)
    var mixer = SplitMix64(state: SplitMix64.mix(stream &+ SplitMix64.gamma))
    s0 ^= mixer.next()
    s1 ^= mixer.next()
    s2 ^= mixer.next()
    s3 ^= mixer.next()
  }

  /// The next 64 random bits (xoshiro256**).
  public mutating func next() -> UInt64 {
    let result = rotateLeft(s1 &* 5, 7) &* 9
    let shifted = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= shifted
    s3 = rotateLeft(s3, 45)
    return result
  }

  /// A uniform double in [0, 1): the top 53 bits of ``next()`` times 2⁻⁵³.
  public mutating func nextUniform() -> Double {
    Double(next() >> 11) * 0x1p-53
  }

  /// A uniform integer in `0..<bound` without modulo bias (Lemire 2019, "Fast random integer generation in an
  /// interval", multiply-shift with rejection); precondition `bound > 0`.
  public mutating func next(below bound: Int) -> Int {
    precondition(bound > 0, "bound must be positive")
    let range = UInt64(bound)
    var product = next().multipliedFullWidth(by: range)
    if product.low < range {
      let threshold = (0 &- range) % range
      while product.low < threshold {
        product = next().multipliedFullWidth(by: range)
      }
    }
    return Int(product.high)
  }

  /// A standard normal deviate, by Marsaglia's polar method (Marsaglia & Bray 1964).
  ///
  /// Draws `u, v` uniform in [−1, 1) until `0 < s = u² + v² < 1`, returns `u·√(−2 ln s / s)` and keeps
  /// `v·√(−2 ln s / s)` for the next call. `ln` is ``PortableMath/log(_:)``, so results are the same everywhere.
  public mutating func nextGaussian() -> Double {
    if let spare = spareGaussian {
      spareGaussian = nil
      return spare
    }
    while true {
      let u = 2 * nextUniform() - 1
      let v = 2 * nextUniform() - 1
      let s = u * u + v * v
      if s > 0 && s < 1 {
        let factor = (-2 * PortableMath.log(s) / s).squareRoot()
        spareGaussian = v * factor
        return u * factor
      }
    }
  }

  /// A normal deviate with the given mean and standard deviation: `mean + standardDeviation · nextGaussian()`.
  public mutating func nextGaussian(mean: Double, standardDeviation: Double) -> Double {
    mean + standardDeviation * nextGaussian()
  }

  /// The sampled pivots of Brandes–Pich: `count` distinct nodes of `0..<population`, in increasing order,
  /// chosen by a partial Fisher–Yates shuffle driven by ``next(below:)``.
  mutating func sampleWithoutReplacement(_ count: Int, from population: Int) -> [Int] {
    precondition(count >= 0 && count <= population, "cannot draw \(count) of \(population) without replacement")
    var pool = [Int32](0..<Int32(population))
    for index in 0..<count {
      let pick = index + next(below: population - index)
      pool.swapAt(index, pick)
    }
    return pool[0..<count].map(Int.init).sorted()
  }

  private func rotateLeft(_ value: UInt64, _ count: UInt64) -> UInt64 {
    (value << count) | (value >> (64 - count))
  }
}
