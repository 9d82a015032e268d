import Foundation

/// Text helpers for labels.
enum MapText {
  /// `text` broken into lines of at most about `width` characters, at spaces (a word longer than
  /// `width` stays whole). Existing line breaks are kept.
  static func wrapped(_ text: String, width: Int) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph in
      var lines: [String] = []
      var line = ""
      for word in paragraph.split(separator: " ") {
        if line.isEmpty {
          line = String(word)
        } else if line.count + 1 + word.count <= width {
          line += " " + word
        } else {
          lines.append(line)
          line = String(word)
        }
      }
      lines.append(line)
      return lines.joined(separator: "\n")
    }.joined(separator: "\n")
  }

  /// `text` on one line of at most `width` characters: cut at the last space that leaves room for
  /// an ellipsis ("…") when it is longer (a first word longer than `width` is cut inside).
  static func abbreviated(_ text: String, width: Int) -> String {
    let line = text.replacingOccurrences(of: "\n", with: " ")
    guard line.count > width else { return line }
    let head = line.prefix(width - 1)
    let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
    return cut.trimmingCharacters(in: .whitespaces) + "…"
  }
}
