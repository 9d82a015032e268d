/// Why a map could not be drawn.
public enum MapError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The scenario map needs at least one scenario.
  case scenarioRequired
  /// The options are out of range (e.g. a dpi outside 36…1200).
  case invalidOption(String)
  /// Graphviz failed; its message is inside.
  case graphviz(GraphvizError)

  /// A message for people.
  public var description: String {
    switch self {
    case .scenarioRequired: "the scenario map needs a scenario"
    case .invalidOption(let message): message
    case .graphviz(let error): error.description
    }
  }
}
