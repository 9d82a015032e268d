/// The one error the scripting API (``Model/init(contentsOf:)``, ``Model/simulate(_:)-([String])``,
/// ``Model/lossOfAlly(after:jobs:)``) throws: what went wrong, in words, and the located
/// diagnostics of an invalid file.
public struct PowerMapError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What kind of problem it is.
  public enum Kind: Sendable, Equatable {
    /// A model or scenario file that cannot be read or does not validate (see ``diagnostics``).
    case invalidFile
    /// A scenario reference that names no scenario of the model and no scenario file.
    case unknownScenario
    /// An argument out of its range (a row count below 1, an unknown actor).
    case invalidArgument
  }

  /// What kind of problem it is.
  public let kind: Kind
  /// One line for people.
  public let message: String
  /// The errors and warnings of an invalid file, each with its file, line and column; empty for
  /// the other kinds.
  public let diagnostics: [Diagnostic]

  /// An error of `kind` with `message` and, for a file, its `diagnostics`.
  package init(_ kind: Kind, _ message: String, diagnostics: [Diagnostic] = []) {
    self.kind = kind
    self.message = message
    self.diagnostics = diagnostics
  }

  /// The message, then one line per diagnostic.
  public var description: String {
    ([message] + diagnostics.map(\.description)).joined(separator: "\n")
  }

  /// The errors of an invalid model or scenario.
  package init(_ error: DiagnosticsError) {
    self.init(.invalidFile, "the file is not valid", diagnostics: error.diagnostics)
  }
}
