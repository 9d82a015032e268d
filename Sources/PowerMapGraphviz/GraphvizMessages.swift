import CGraphviz
import Foundation

/// What Graphviz said during one call: its errors and warnings, reassembled from the fragments
/// `agseterrf` delivers ("Error", ": ", then the text).
struct GraphvizMessages: Sendable, Equatable {
  /// The text of every error, without the "Error: " prefix, in order.
  var errors: [String] = []
  /// The text of every warning, without the "Warning: " prefix, in order.
  var warnings: [String] = []

  /// The messages in `text`, the concatenated fragments of one call.
  ///
  /// A line that starts with "Error: " or "Warning: " starts a message; any other line continues
  /// the one before it (Graphviz's `AGPREV` continuations and multi-line messages).
  init(text: String) {
    enum Level { case error, warning }
    var current: (level: Level, lines: [String])?
    func flush() {
      guard let message = current else { return }
      let text = message.lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
      if !text.isEmpty {
        switch message.level {
        case .error: errors.append(text)
        case .warning: warnings.append(text)
        }
      }
      current = nil
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("Error: ") || line == "Error:" {
        flush()
        current = (.error, [String(line.dropFirst("Error:".count)).trimmingCharacters(in: .whitespaces)])
      } else if line.hasPrefix("Warning: ") || line == "Warning:" {
        flush()
        current = (.warning, [String(line.dropFirst("Warning:".count)).trimmingCharacters(in: .whitespaces)])
      } else if current != nil {
        current?.lines.append(line)
      } else if !line.trimmingCharacters(in: .whitespaces).isEmpty {
        current = (.error, [line])
      }
    }
    flush()
  }

  /// The errors joined for a thrown error, or `fallback` when Graphviz said nothing.
  func errorText(or fallback: String) -> String {
    errors.isEmpty ? fallback : errors.joined(separator: "; ")
  }
}

/// The buffer Graphviz's message callback writes into. Only touched while the Graphviz lock is
/// held (the callback runs inside the calls the lock serialises).
final class GraphvizMessageBuffer: @unchecked Sendable {
  /// The buffer of the process: Graphviz has one message handler per process.
  static let shared = GraphvizMessageBuffer()

  private var text = ""

  /// Appends one fragment.
  func append(_ fragment: String) { text += fragment }

  /// The messages since the last call, and empties the buffer.
  func take() -> GraphvizMessages {
    defer { text = "" }
    return GraphvizMessages(text: text)
  }

  /// The C callback installed with `agseterrf`: collects every fragment, prints nothing.
  static let handler: pm_message_handler = { fragment in
    if let fragment { GraphvizMessageBuffer.shared.append(String(cString: fragment)) }
    return 0
  }
}
