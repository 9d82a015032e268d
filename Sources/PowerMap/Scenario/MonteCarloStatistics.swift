/// The running statistics of one commitment over the samples of a Monte Carlo run, fed in sample
/// order: how many samples were viable and blocked, ΣV (summed in sample order, so that the mean
/// is the same number as summing every value at the end) and what the percentiles need.
///
/// Up to ``MonteCarloSimulation/exactPercentileLimit`` samples every value is kept and p05, p95 are
/// the exact nearest-rank percentiles of ``MonteCarloCommitment``. Above it only a
/// ``MonteCarloHistogram`` is kept (fixed size), and p05, p95 are its estimates, within one bin
/// width of the exact values. Memory is O(min(N, limit)) values or one histogram, never O(N) above
/// the limit.
struct MonteCarloStatistics: Sendable {
  /// τ of the commitment.
  let threshold: Double
  private(set) var count = 0
  private(set) var viable = 0
  private(set) var blocked = 0
  private(set) var total = 0.0
  private var values: [Double] = []
  private var histogram: MonteCarloHistogram?

  /// Statistics for a run of `samples` samples of a commitment with threshold `threshold` whose V
  /// is at least `lowerBound` (and at most 1).
  init(threshold: Double, lowerBound: Double, samples: Int) {
    self.threshold = threshold
    if samples <= MonteCarloSimulation.exactPercentileLimit {
      values.reserveCapacity(samples)
    } else {
      histogram = MonteCarloHistogram(lower: min(lowerBound, -1), upper: 1)
    }
  }

  /// Whether the percentiles are exact (every value is kept).
  var isExact: Bool { histogram == nil }

  /// Adds the next sample's V; returns whether it is viable.
  mutating func add(_ viability: Double) -> Bool {
    count += 1
    total += viability
    if histogram != nil {
      histogram?.add(viability)
    } else {
      values.append(viability)
    }
    switch CommitmentStatus(viability: viability, threshold: threshold) {
    case .viable:
      viable += 1
      return true
    case .blocked: blocked += 1
    case .atRisk: break
    }
    return false
  }

  /// The outcome of commitment `id` (precondition: at least one sample); releases the kept values.
  mutating func outcome(id: String) -> MonteCarloCommitment {
    precondition(count > 0, "Monte Carlo needs at least one sample")
    let low = MonteCarloCommitment.nearestRank(percent: 5, count: count)
    let high = MonteCarloCommitment.nearestRank(percent: 95, count: count)
    let p05: Double
    let p95: Double
    if let histogram {
      p05 = histogram.value(rank: low)
      p95 = histogram.value(rank: high)
    } else {
      values.sort()
      p05 = values[low - 1]
      p95 = values[high - 1]
      values = []
    }
    let pViable = Double(viable) / Double(count)
    let pBlocked = Double(blocked) / Double(count)
    return MonteCarloCommitment(
      id: id, pViable: pViable, pBlocked: pBlocked, meanViability: total / Double(count), p05: p05, p95: p95,
      pViableStandardError: MonteCarloCommitment.standardError(pViable, samples: count),
      pBlockedStandardError: MonteCarloCommitment.standardError(pBlocked, samples: count))
  }
}
