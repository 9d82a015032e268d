/// The distribution of the number of viable commitments over the samples of a Monte Carlo run.
///
///     distribution[j] = #{samples in which exactly j commitments are viable},  j = 0 … C
///     mean            = Σ_j j · distribution[j] / N
///
/// The counts add up to the number of samples N; C is the number of commitments.
package struct ViableCountDistribution: Sendable, Codable, Equatable {
  /// The number of samples with exactly j viable commitments, for j = 0 … C.
  package var distribution: [Int]
  /// The mean number of viable commitments.
  package var mean: Double

  /// A distribution with every field given.
  package init(distribution: [Int], mean: Double) {
    self.distribution = distribution
    self.mean = mean
  }

  /// The distribution with `distribution[j]` samples having j viable commitments (precondition: at
  /// least one sample); the mean is Σ_j j · distribution[j] / N, the sum taken in integers.
  init(distribution: [Int]) {
    let samples = distribution.reduce(0, +)
    precondition(samples > 0, "Monte Carlo needs at least one sample")
    let total = distribution.indices.reduce(0) { $0 + $1 * distribution[$1] }
    self.init(distribution: distribution, mean: Double(total) / Double(samples))
  }
}
