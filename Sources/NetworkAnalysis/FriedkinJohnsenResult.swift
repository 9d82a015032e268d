/// The outcome of ``FriedkinJohnsen/solve(initialOpinions:tolerance:maxIterations:)``.
public struct FriedkinJohnsenResult: Sendable, Hashable, Codable {
  /// The final opinions, clamped to [−1, 1].
  public let opinions: [Double]
  /// The number of rounds performed.
  public let iterations: Int
  /// Whether the last round changed no opinion by `tolerance` or more.
  public let converged: Bool
}
