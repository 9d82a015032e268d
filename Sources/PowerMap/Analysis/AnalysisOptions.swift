/// Choices for a whole ``StakeholderAnalysis``.
public struct AnalysisOptions: Sendable, Equatable {
  /// Network measure choices (betweenness method, dominator root).
  public var network: NetworkOptions

  /// Options with the given network choices (the defaults of ``NetworkOptions``).
  public init(network: NetworkOptions = NetworkOptions()) {
    self.network = network
  }

  /// Options that ask for exact betweenness (`--exact-betweenness`) or not.
  public init(exactBetweenness: Bool, dominatorRoot: String? = nil) {
    self.network = NetworkOptions(exactBetweenness: exactBetweenness, dominatorRoot: dominatorRoot)
  }
}
