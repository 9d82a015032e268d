/// Why a report could not be made.
package enum ReportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// An option is out of range.
  case invalidOption(String)
  /// Graphviz failed to draw a map; its message is inside.
  case graphviz(String)

  /// A one-line message for the user.
  package var description: String {
    switch self {
    case .invalidOption(let message): message
    case .graphviz(let message): "cannot draw a map: \(message)"
    }
  }
}
