import Foundation

/// The file a workshop's model was read from (and is saved to).
struct ModelFile: Sendable, Equatable {
  /// The file's path.
  var path: String
  /// Whether the file holds YAML comments, which the writer does not keep (so the app proposes
  /// "save as").
  var hasComments: Bool

  /// The file's name, without its folder.
  var name: String { URL(fileURLWithPath: path).lastPathComponent }

  /// The folder the model's file is in: the only folder a save as writes to.
  var folder: String { URL(fileURLWithPath: path).deletingLastPathComponent().path }

  /// Whether the file is JSON (else YAML).
  var isJSON: Bool { URL(fileURLWithPath: path).pathExtension.lowercased() == "json" }

  /// The file at `path`; its comments are looked for in `text`.
  init(path: String, text: String) {
    self.path = path
    self.hasComments =
      !URL(fileURLWithPath: path).pathExtension.lowercased().hasPrefix("json")
      && Self.holdsComment(text)
  }

  /// Whether a YAML text holds a comment: a `#` that starts a line (after spaces) or follows a
  /// space or a tab. A `#` inside a quoted string that follows a space counts too: the answer errs
  /// towards "save as", which loses nothing.
  static func holdsComment(_ text: String) -> Bool {
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      var previous: Character = " "
      for character in line {
        if character == "#" && (previous == " " || previous == "\t") { return true }
        previous = character
      }
    }
    return false
  }
}
