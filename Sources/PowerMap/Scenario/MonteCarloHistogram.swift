/// The percentile estimator of Monte Carlo runs above ``MonteCarloSimulation/exactPercentileLimit``
/// samples: a fixed-width histogram of a commitment's viabilities over their bounded range.
///
/// V of a commitment lies in [−1 − Σ severity of the obstacles that block it, 1] (its weakest
/// dimension is in [−1, 1], each blocking obstacle subtracts a pressure in [0, severity], and a
/// removed owner gives −1). That range is cut into ``binCount`` bins of equal width
/// w = (upper − lower) / ``binCount``; each bin keeps how many values fell in it and the smallest
/// and largest of them (a value outside the range, which rounding could only make, goes to the
/// nearest end bin). Adding values in any order, or merging histograms, gives the same histogram.
///
/// The value of nearest rank r (1-based) is estimated in the bin b holding rank r: with j the rank
/// within the bin (1 … n_b) and the bin's smallest and largest values m_b ≤ M_b,
///
///     estimate = m_b + (M_b − m_b) · (j − 1) / (n_b − 1)      (m_b when n_b = 1)
///
/// The exact value V₍r₎ lies in the same bin, between m_b and M_b, so |estimate − V₍r₎| ≤ M_b − m_b ≤ w.
/// The estimate is exact when the bin holds one distinct value (a viability that does not vary, or
/// V = −1 when the owner is removed) and for the smallest and largest values of a bin.
struct MonteCarloHistogram: Sendable, Equatable {
  /// The number of bins (so w = (upper − lower) / 4096, at most 0.00049 for a commitment that no
  /// obstacle blocks, with 4,096 × 20 bytes per commitment).
  static let binCount = 4_096

  /// The range covered.
  let lower: Double
  let upper: Double
  private let scale: Double
  private var counts: [UInt32]
  private var minimum: [Double]
  private var maximum: [Double]

  /// An empty histogram over [`lower`, `upper`] (precondition: lower < upper, both finite).
  init(lower: Double, upper: Double) {
    precondition(lower.isFinite && upper.isFinite && lower < upper, "a histogram needs a finite range")
    self.lower = lower
    self.upper = upper
    scale = Double(Self.binCount) / (upper - lower)
    counts = [UInt32](repeating: 0, count: Self.binCount)
    minimum = [Double](repeating: .infinity, count: Self.binCount)
    maximum = [Double](repeating: -.infinity, count: Self.binCount)
  }

  /// The histogram's bound on the estimate's error: the bin width w.
  var binWidth: Double { (upper - lower) / Double(Self.binCount) }

  /// The number of values added.
  var count: Int { counts.reduce(0) { $0 + Int($1) } }

  /// The bin of `value`: ⌊(value − lower) · binCount / (upper − lower)⌋, clamped to the bins.
  func bin(of value: Double) -> Int {
    let position = (value - lower) * scale
    guard position >= 1 else { return 0 }
    guard position < Double(Self.binCount - 1) else { return Self.binCount - 1 }
    return Int(position)
  }

  /// Adds one value (precondition: not NaN; fewer than 2³² values per bin).
  mutating func add(_ value: Double) {
    let index = bin(of: value)
    counts[index] += 1
    if value < minimum[index] { minimum[index] = value }
    if value > maximum[index] { maximum[index] = value }
  }

  /// The estimate of the value of nearest rank `rank` (1 … ``count``), as documented above.
  func value(rank: Int) -> Double {
    var before = 0
    for index in counts.indices where counts[index] > 0 {
      let inBin = Int(counts[index])
      if rank <= before + inBin {
        let within = rank - before
        guard inBin > 1, within > 1 else { return minimum[index] }
        guard within < inBin else { return maximum[index] }
        let span = maximum[index] - minimum[index]
        return minimum[index] + span * Double(within - 1) / Double(inBin - 1)
      }
      before += inBin
    }
    return maximum.last { $0 > -.infinity } ?? 0
  }
}
