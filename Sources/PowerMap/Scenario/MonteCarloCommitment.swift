/// The Monte Carlo outcome of one commitment (rule 10 of <doc:Rules>), over N samples with
/// viabilities V₁ … V_N:
///
///     pViable       = #{k : V_k ≥ τ} / N          pBlocked = #{k : V_k < 0} / N
///     meanViability = Σ_k V_k / N                 (summed in sample order)
///     p05, p95      = nearest-rank percentiles: with V₍₁₎ ≤ … ≤ V₍N₎ sorted,
///                     p05 = V₍⌈5N/100⌉₎ and p95 = V₍⌈95N/100⌉₎ (ranks computed in integers, at least 1),
///                     exact up to ``MonteCarloSimulation/exactPercentileLimit`` samples; above it,
///                     estimated within one bin width (at most 0.0005 for an unblocked commitment)
///                     by ``MonteCarloHistogram``
///     pViableStandardError = √(pViable (1 − pViable) / N), likewise pBlockedStandardError
///
/// The status of each sample is ``CommitmentStatus`` of V_k against the commitment's threshold τ.
/// Up to the exact limit, p05 and p95 are values that occurred in some sample and the interval
/// [p05, p95] holds at least 90 % of the samples.
package struct MonteCarloCommitment: Sendable, Codable, Equatable {
  /// The commitment's id.
  package var id: String
  /// The share of samples in which the commitment is viable.
  package var pViable: Double
  /// The share of samples in which it is blocked.
  package var pBlocked: Double
  /// The mean viability over the samples.
  package var meanViability: Double
  /// The 5th percentile of V (nearest rank).
  package var p05: Double
  /// The 95th percentile of V (nearest rank).
  package var p95: Double
  /// √(pViable (1 − pViable) / N).
  package var pViableStandardError: Double
  /// √(pBlocked (1 − pBlocked) / N).
  package var pBlockedStandardError: Double

  /// An outcome with every field given.
  package init(
    id: String, pViable: Double, pBlocked: Double, meanViability: Double, p05: Double, p95: Double,
    pViableStandardError: Double, pBlockedStandardError: Double
  ) {
    self.id = id
    self.pViable = pViable
    self.pBlocked = pBlocked
    self.meanViability = meanViability
    self.p05 = p05
    self.p95 = p95
    self.pViableStandardError = pViableStandardError
    self.pBlockedStandardError = pBlockedStandardError
  }

  /// The outcome of commitment `id` with threshold `threshold` from its viability in every sample,
  /// in sample order; precondition: at least one sample.
  init(id: String, threshold: Double, viabilities: [Double]) {
    precondition(!viabilities.isEmpty, "Monte Carlo needs at least one sample")
    let count = viabilities.count
    var viable = 0
    var blocked = 0
    var total = 0.0
    for viability in viabilities {
      switch CommitmentStatus(viability: viability, threshold: threshold) {
      case .viable: viable += 1
      case .blocked: blocked += 1
      case .atRisk: break
      }
      total += viability
    }
    let sorted = viabilities.sorted()
    let pViable = Double(viable) / Double(count)
    let pBlocked = Double(blocked) / Double(count)
    self.init(
      id: id, pViable: pViable, pBlocked: pBlocked, meanViability: total / Double(count),
      p05: sorted[Self.nearestRank(percent: 5, count: count) - 1],
      p95: sorted[Self.nearestRank(percent: 95, count: count) - 1],
      pViableStandardError: Self.standardError(pViable, samples: count),
      pBlockedStandardError: Self.standardError(pBlocked, samples: count))
  }

  /// The nearest rank of the `percent`-th percentile of `count` sorted values: ⌈percent·count/100⌉,
  /// at least 1 (1-based), computed in integers so that no rounding moves it (as
  /// percent·⌊count/100⌋ + ⌈percent·(count mod 100)/100⌉, which cannot overflow for percent in 0 … 100).
  package static func nearestRank(percent: Int, count: Int) -> Int {
    max(1, percent * (count / 100) + (percent * (count % 100) + 99) / 100)
  }

  /// The standard error of a proportion `p` estimated from `samples` samples: √(p (1 − p) / N).
  package static func standardError(_ p: Double, samples: Int) -> Double {
    (p * (1 - p) / Double(samples)).squareRoot()
  }
}
