/// Bad arguments to a Monte Carlo run or an ally sweep (the CLI reports them as bad input, exit 2).
package enum ScenarioRunError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Monte Carlo needs 1 to ``MonteCarloSimulation/maximumSamples`` samples.
  case invalidSampleCount(Int)
  /// The number of rows to keep (`top`) must be at least 1.
  case invalidTop(Int)
  /// The dominator root names no actor of the model (or of the scenarios' added actors).
  case unknownRoot(String)
  /// A commitment id names no commitment of the model (advice targets).
  case unknownCommitment(String, known: [String])

  /// A one-line message for the user.
  package var description: String {
    switch self {
    case .invalidSampleCount(let count):
      "the number of samples must be 1 to \(MonteCarloSimulation.maximumSamplesText) (got \(count))"
    case .invalidTop(let top): "the number of rows to keep must be at least 1 (got \(top))"
    case .unknownRoot(let id): "unknown actor '\(id)' given as the dominator root"
    case .unknownCommitment(let id, let known):
      "unknown commitment '\(id)'"
        + (DidYouMean.suggestion(for: id, among: known).map { " (hint: did you mean '\($0)'?)" } ?? "")
    }
  }
}
