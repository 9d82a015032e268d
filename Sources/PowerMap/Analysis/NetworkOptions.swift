/// Choices for the network measures of rule 5 (``NetworkMeasures``).
package struct NetworkOptions: Sendable, Equatable {
  /// Compute exact betweenness whatever the size (`--exact-betweenness`).
  package var exactBetweenness: Bool
  /// Up to this many present actors betweenness is exact (rule 5 of <doc:Rules>: 20,000).
  package var exactBetweennessLimit: Int
  /// Additive error bound ε of sampled normalised betweenness.
  package var betweennessEpsilon: Double
  /// Failure probability δ of the bound.
  package var betweennessDelta: Double
  /// Seed of the pivot sample, so that runs repeat.
  package var betweennessSeed: UInt64
  /// The actor from which dominators are computed, or nil to skip them.
  package var dominatorRoot: String?

  /// The defaults: exact up to 20,000 present actors; above, ε = 0.2 with δ = 0.1, seed 2019; no
  /// dominators.
  ///
  /// ε = 0.2 means k = ⌈ln(2n/δ)/(2ε²)⌉ + 1 = 183 pivots at n = 100,000, which keeps a whole analysis
  /// of 100,000 actors and 500,000 relations to a few seconds (one Brandes pass costs ~10 ms there;
  /// ε = 0.05 would need 2,903 passes, about a minute). Hoeffding's bound is loose — actual errors are
  /// far smaller, and the actors with high betweenness come out in the right order — but it is the
  /// guarantee stated. Lower ε, or `exactBetweenness`, for more.
  package init(
    exactBetweenness: Bool = false, exactBetweennessLimit: Int = 20_000, betweennessEpsilon: Double = 0.2,
    betweennessDelta: Double = 0.1, betweennessSeed: UInt64 = 2019, dominatorRoot: String? = nil
  ) {
    self.exactBetweenness = exactBetweenness
    self.exactBetweennessLimit = exactBetweennessLimit
    self.betweennessEpsilon = betweennessEpsilon
    self.betweennessDelta = betweennessDelta
    self.betweennessSeed = betweennessSeed
    self.dominatorRoot = dominatorRoot
  }
}
