/// The streaming aggregation of a Monte Carlo run: the samples' viabilities are fed in sample
/// order, block by block, and only per-commitment ``MonteCarloStatistics`` and the viable-count
/// tally are kept — the N × C viabilities are never stored together.
struct MonteCarloAccumulator: Sendable {
  private var statistics: [MonteCarloStatistics]
  /// distribution[j]: the samples so far with exactly j viable commitments.
  private var distribution: [Int]
  private var samplesAdded = 0

  /// An empty accumulator for a run of `samples` samples of commitments with thresholds
  /// `thresholds` whose viabilities are at least `lowerBounds`.
  init(samples: Int, thresholds: [Double], lowerBounds: [Double]) {
    statistics = zip(thresholds, lowerBounds).map {
      MonteCarloStatistics(threshold: $0, lowerBound: $1, samples: samples)
    }
    distribution = [Int](repeating: 0, count: thresholds.count + 1)
  }

  /// Adds the next `rows` samples: `block[r · C + c]` is V of commitment `c` in the block's sample `r`.
  mutating func add(block: [Double], rows: Int) {
    let commitments = statistics.count
    precondition(block.count == rows * commitments, "one viability per sample and commitment")
    for row in 0..<rows {
      var viable = 0
      for commitment in 0..<commitments where statistics[commitment].add(block[row * commitments + commitment]) {
        viable += 1
      }
      distribution[viable] += 1
    }
    samplesAdded += rows
  }

  /// The result of the run (precondition: `samples` samples were added, at least one).
  mutating func result(samples: Int, seed: UInt64, ids: [String]) -> MonteCarloResult {
    precondition(samplesAdded == samples && samples > 0, "one block per sample, at least one sample")
    let commitments = ids.indices.map { statistics[$0].outcome(id: ids[$0]) }
    return MonteCarloResult(
      samples: samples, seed: seed, commitments: commitments,
      viableCount: ViableCountDistribution(distribution: distribution))
  }
}
