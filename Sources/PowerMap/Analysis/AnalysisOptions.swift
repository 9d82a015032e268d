/// Choices for a whole ``StakeholderAnalysis``.
package struct AnalysisOptions: Sendable, Equatable {
  /// Network measure choices (betweenness method, dominator root).
  package var network: NetworkOptions

  /// Options with the given network choices (the defaults of ``NetworkOptions``).
  package init(network: NetworkOptions = NetworkOptions()) {
    self.network = network
  }

  /// Options that ask for exact betweenness (`--exact-betweenness`) or not.
  package init(exactBetweenness: Bool, dominatorRoot: String? = nil) {
    self.network = NetworkOptions(exactBetweenness: exactBetweenness, dominatorRoot: dominatorRoot)
  }
}
