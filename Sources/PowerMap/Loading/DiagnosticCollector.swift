/// Collects the diagnostics of one file while it is decoded, so that every problem is reported
/// at once. Errors and warnings are capped separately: past ``maximumStored`` of a severity it
/// keeps counting but stops storing that severity, so a file with a million bad lines cannot flood
/// the terminal, and a flood of warnings never hides an error nor becomes one.
///
/// ``finished()`` closes with "N more errors not shown" (an error, only when errors were left out)
/// and "N more warnings not shown" (a warning: warnings never fail a command).
struct DiagnosticCollector {
  /// The most errors, and separately the most warnings, that are stored.
  static let maximumStored = 1_000

  let file: String
  private(set) var diagnostics: [Diagnostic] = []
  private(set) var errorCount = 0
  private(set) var warningCount = 0

  init(file: String) {
    self.file = file
  }

  var hasErrors: Bool { errorCount > 0 }

  /// The errors counted but not stored.
  var omittedErrors: Int { max(0, errorCount - Self.maximumStored) }
  /// The warnings counted but not stored.
  var omittedWarnings: Int { max(0, warningCount - Self.maximumStored) }

  /// Whether suggestions are still worth computing (they scan every id).
  var wantsHints: Bool { errorCount < 200 }

  mutating func error(
    _ location: SourcePosition?, _ path: @autoclosure () -> String, _ message: @autoclosure () -> String,
    hint: @autoclosure () -> String? = nil
  ) {
    errorCount += 1
    guard errorCount <= Self.maximumStored else { return }
    diagnostics.append(
      Diagnostic(.error, file: file, location: location, path: path(), message: message(), hint: hint()))
  }

  mutating func warning(
    _ location: SourcePosition?, _ path: @autoclosure () -> String, _ message: @autoclosure () -> String,
    hint: @autoclosure () -> String? = nil
  ) {
    warningCount += 1
    guard warningCount <= Self.maximumStored else { return }
    diagnostics.append(
      Diagnostic(.warning, file: file, location: location, path: path(), message: message(), hint: hint()))
  }

  /// The diagnostics in file order, with a closing note per severity when some were left out.
  func finished() -> [Diagnostic] {
    var sorted = diagnostics.enumerated().sorted { lhs, rhs in
      let left = (lhs.element.line ?? 0, lhs.element.column ?? 0, lhs.offset)
      let right = (rhs.element.line ?? 0, rhs.element.column ?? 0, rhs.offset)
      return left < right
    }.map(\.element)
    if omittedErrors > 0 {
      var closing = Diagnostic(
        .error, file: file, location: nil, path: "",
        message: "\(omittedErrors) more errors not shown (only the first \(Self.maximumStored) are listed)")
      closing.omitted = omittedErrors
      sorted.append(closing)
    }
    if omittedWarnings > 0 {
      var closing = Diagnostic(
        .warning, file: file, location: nil, path: "",
        message: "\(omittedWarnings) more warnings not shown (only the first \(Self.maximumStored) are listed)")
      closing.omitted = omittedWarnings
      sorted.append(closing)
    }
    return sorted
  }
}
