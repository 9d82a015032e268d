/// Rule 10 of <doc:Rules>, Monte Carlo: the odds of every commitment when declared stances are
/// uncertain and scenario steps may or may not happen.
///
/// **Sample k** (k = 0 … N − 1) draws from its own generator,
/// `SeededGenerator(seed: seed, stream: UInt64(k))` (xoshiro256**, see NetworkAnalysis), in this
/// exact order:
///
/// 1. for every model actor i, in model order: one `nextGaussian()` g (Marsaglia's polar method;
///    the spare of a pair serves the next actor), εᵢ = uncertaintyᵢ · g, sᵢ ← clamp(sᵢ + εᵢ, −1, 1)
///    and each declared position p ← clamp(p + εᵢ, −1, 1) — a draw is made even when
///    uncertaintyᵢ = 0 (then nothing changes), so the stream does not depend on the
///    uncertainties; actors added by `add` steps get no noise;
/// 2. for every step of every scenario — scenarios in the order given, each one's steps in order —
///    one `nextUniform()` u in [0, 1), the step happening when u < p (so p = 1 always, p = 0
///    never); a draw is made for every step, whatever its p;
/// 3. the steps that happen are applied in order to the model with the noisy stances, and rules
///    1–3 give V of every commitment (rule 2's issues solved in lanes), rule 3's baselines being
///    p⁰ and q⁰ of the model. Rule 4 (concentration) enters no output and is not computed.
///    Without scenarios, only the noise varies: the plan as it stands is sampled.
///
/// Then per commitment P(viable), P(blocked), mean V, the nearest-rank 5th and 95th percentiles
/// and the standard errors (``MonteCarloCommitment``), and for the plan the distribution of the
/// number of viable commitments (``ViableCountDistribution``).
///
/// **Determinism.** A sample depends only on (model, scenarios, seed, k), and results are stored by
/// sample index and aggregated in index order, so the result — and its JSON — is byte-identical
/// for any `jobs` and across reruns.
///
/// **Speed.** Nothing is resolved by id per sample: rule 3 runs on `ResolvedPlan`, and what a
/// combination of steps does apart from stances (presence, powers, rule 1, Ŵ of rule 2) is
/// computed once per combination and worker and cached (`SampleStructure`); a sample then costs
/// its draws, the replay of its steps' stance changes and its share of the Friedkin–Johnsen
/// solves: the samples of a chunk that share their steps are solved eight sets of initial
/// opinions at a time (each sample's general stance and its issues), one SIMD lane each
/// (`MonteCarloWorker.evaluate(samples:into:)`). The values are bit-identical to applying the
/// steps to a ``ModelState`` and running ``PlanEvaluation`` (unit tests check it sample by sample).
///
/// **Limits and memory.** N is at most ``maximumSamples`` (10,000,000, for the command line and
/// batch files alike). The samples' viabilities are folded in sample order into streaming
/// statistics per commitment (`MonteCarloAccumulator`) as soon as their chunk and every earlier
/// one are done, with a bounded number of chunks in flight (`ParallelChunks`). Up to
/// ``exactPercentileLimit`` samples the viabilities of each commitment are kept for exact
/// percentiles (C × N values); above it each commitment keeps a fixed `MonteCarloHistogram`
/// (4,096 bins) instead, so memory stops growing with N, and p05, p95 are estimated within one bin
/// width. Every other output — P(viable), P(blocked), mean V, standard errors, the viable-count
/// distribution — is exact (the same numbers as storing everything) at any N.
package enum MonteCarloSimulation {
  /// The number of samples a worker takes at a time (fixed; cancellation is checked between chunks).
  package static let chunkSize = 64
  /// The largest number of samples a run may ask for, everywhere (`--samples`, batch files).
  package static let maximumSamples = 10_000_000
  /// ``maximumSamples`` for messages: "10,000,000".
  package static let maximumSamplesText = "10,000,000"
  /// Up to this many samples p05 and p95 are exact; above it they are the histogram's estimates.
  package static let exactPercentileLimit = 100_000

  /// Whether `samples` is a valid sample count: 1 … ``maximumSamples``.
  package static func isValidSampleCount(_ samples: Int) -> Bool {
    (1...maximumSamples).contains(samples)
  }

  /// Runs `samples` samples of `model` under `scenarios` (applied in order) with `seed`.
  ///
  /// - Parameters:
  ///   - model: the model.
  ///   - scenarios: the scenarios whose steps each sample draws, in order (none for the model as it is).
  ///   - samples: 1 ≤ N ≤ ``maximumSamples`` (else ``ScenarioRunError/invalidSampleCount(_:)``).
  ///   - seed: the run's seed; sample k draws from a generator seeded by (seed, k).
  ///   - jobs: the number of worker tasks (values below 1 count as 1); the result does not depend on it.
  ///   - progress: called with the number of samples done after each chunk of ``chunkSize``;
  ///     calls are serialised and increasing, made from worker tasks.
  /// - Throws: `CancellationError` when the calling task is cancelled (checked between chunks).
  package static func run(
    model: Model, scenarios: [Scenario], samples: Int, seed: UInt64, jobs: Int,
    progress: (@Sendable (Int) -> Void)? = nil
  ) async throws -> MonteCarloResult {
    guard isValidSampleCount(samples) else { throw ScenarioRunError.invalidSampleCount(samples) }
    let sampler = MonteCarloSampler(model: model, scenarios: scenarios, seed: seed)
    let commitments = sampler.commitmentCount
    let initial = MonteCarloAccumulator(
      samples: samples, thresholds: sampler.thresholds, lowerBounds: sampler.viabilityLowerBounds)
    var accumulator = try await ParallelChunks.fold(
      count: samples, chunkSize: chunkSize, jobs: jobs, into: initial,
      makeWorker: { MonteCarloWorker(sampler: sampler) },
      body: { worker, items in
        var viabilities = [Double](repeating: 0, count: items.count * commitments)
        worker.evaluate(samples: items, into: &viabilities)
        return viabilities
      },
      combine: { accumulator, items, viabilities in accumulator.add(block: viabilities, rows: items.count) },
      progress: progress)
    return accumulator.result(samples: samples, seed: seed, ids: model.commitments.map(\.id))
  }
}
