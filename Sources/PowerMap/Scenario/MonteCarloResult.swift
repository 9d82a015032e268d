/// The result of a Monte Carlo run (rule 10 of <doc:Rules>): the `monteCarlo` object of
/// `simulate --json`.
///
///     {"samples": N, "seed": S,
///      "commitments": [{"id", "pViable", "pBlocked", "meanViability", "p05", "p95",
///                       "pViableStandardError", "pBlockedStandardError"}],
///      "viableCount": {"distribution": [n₀, …, n_C], "mean"}}
///
/// Commitments are in model order (see ``MonteCarloCommitment`` for the definitions and
/// ``ViableCountDistribution`` for the plan). The value depends only on the model, the scenarios,
/// N and S — not on the number of workers — so its encoding is byte-identical across runs.
package struct MonteCarloResult: Sendable, Codable, Equatable {
  /// N, the number of samples.
  package var samples: Int
  /// S, the seed.
  package var seed: UInt64
  /// Every commitment's outcome, in model order.
  package var commitments: [MonteCarloCommitment]
  /// The distribution of the number of viable commitments.
  package var viableCount: ViableCountDistribution

  /// A result with every field given.
  package init(
    samples: Int, seed: UInt64, commitments: [MonteCarloCommitment], viableCount: ViableCountDistribution
  ) {
    self.samples = samples
    self.seed = seed
    self.commitments = commitments
    self.viableCount = viableCount
  }

  /// Aggregates per-sample viabilities given in consecutive blocks of samples: in each block,
  /// `block[r · C + c]` is V of commitment `c` (of `ids`, with thresholds `thresholds`) in the block's
  /// sample `r`, and the blocks follow each other in sample order (``MonteCarloAccumulator``).
  init(samples: Int, seed: UInt64, ids: [String], thresholds: [Double], blocks: [[Double]]) {
    let commitmentCount = ids.count
    var accumulator = MonteCarloAccumulator(
      samples: samples, thresholds: thresholds, lowerBounds: thresholds.map { _ in -1 })
    if commitmentCount == 0 {
      accumulator.add(block: [], rows: samples)
    } else {
      for block in blocks { accumulator.add(block: block, rows: block.count / commitmentCount) }
    }
    self = accumulator.result(samples: samples, seed: seed, ids: ids)
  }
}
