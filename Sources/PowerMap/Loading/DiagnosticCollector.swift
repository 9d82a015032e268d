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
    store(.error, numbered: errorCount, location, path, message, hint)
  }

  mutating func warning(
    _ location: SourcePosition?, _ path: @autoclosure () -> String, _ message: @autoclosure () -> String,
    hint: @autoclosure () -> String? = nil
  ) {
    warningCount += 1
    store(.warning, numbered: warningCount, location, path, message, hint)
  }

  /// Stores the `number`th diagnostic of `severity`, built only when it is within the cap.
  private mutating func store(
    _ severity: Diagnostic.Severity, numbered number: Int, _ location: SourcePosition?, _ path: () -> String,
    _ message: () -> String, _ hint: () -> String?
  ) {
    guard number <= Self.maximumStored else { return }
    diagnostics.append(
      Diagnostic(severity, file: file, location: location, path: path(), message: message(), hint: hint()))
  }

  /// The diagnostics in file order, with a closing note per severity when some were left out.
  func finished() -> [Diagnostic] {
    var sorted = diagnostics.enumerated().sorted { lhs, rhs in
      let left = (lhs.element.line ?? 0, lhs.element.column ?? 0, lhs.offset)
      let right = (rhs.element.line ?? 0, rhs.element.column ?? 0, rhs.offset)
      return left < right
    }.map(\.element)
    for (severity, omitted, noun) in [
      (Diagnostic.Severity.error, omittedErrors, "errors"), (.warning, omittedWarnings, "warnings"),
    ]
    where omitted > 0 {
      var closing = Diagnostic(
        severity, file: file, location: nil, path: "",
        message: "\(omitted) more \(noun) not shown (only the first \(Self.maximumStored) are listed)")
      closing.omitted = omitted
      sorted.append(closing)
    }
    return sorted
  }
}
