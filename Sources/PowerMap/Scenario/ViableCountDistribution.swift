/// The distribution of the number of viable commitments over the samples of a Monte Carlo run.
///
///     distribution[j] = #{samples in which exactly j commitments are viable},  j = 0 … C
///     mean            = Σ_j j · distribution[j] / N
///
/// The counts add up to the number of samples N; C is the number of commitments.
public struct ViableCountDistribution: Sendable, Codable, Equatable {
  /// The number of samples with exactly j viable commitments, for j = 0 … C.
  public var distribution: [Int]
  /// The mean number of viable commitments.
  public var mean: Double

  /// A distribution with every field given.
  public init(distribution: [Int], mean: Double) {
    self.distribution = distribution
    self.mean = mean
  }

  /// The distribution of the per-sample counts `counts` (each in 0 … `commitments`); precondition:
  /// at least one sample.
  init(counts: [Int], commitments: Int) {
    precondition(!counts.isEmpty, "Monte Carlo needs at least one sample")
    var distribution = [Int](repeating: 0, count: commitments + 1)
    for count in counts { distribution[count] += 1 }
    self.init(distribution: distribution, mean: Double(counts.reduce(0, +)) / Double(counts.count))
  }
}
