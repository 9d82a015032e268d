/// A failure of Graphviz, with Graphviz's own message when it gave one.
public enum GraphvizError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Graphviz cannot work on this machine: a plugin (layout engine, output format, text layout)
  /// or every font is missing. The message says what and how to fix it.
  case unavailable(String)
  /// The DOT text could not be read (a syntax error, or empty input).
  case syntax(String)
  /// The layout engine failed.
  case layout(engine: String, message: String)
  /// Rendering to the output format failed.
  case render(format: String, message: String)

  /// The message, prefixed with the stage that failed.
  public var description: String {
    switch self {
    case .unavailable(let message): "Graphviz is not usable: \(message)"
    case .syntax(let message): "Graphviz could not read the graph: \(message)"
    case .layout(let engine, let message): "Graphviz layout '\(engine)' failed: \(message)"
    case .render(let format, let message): "Graphviz could not render \(format): \(message)"
    }
  }
}
