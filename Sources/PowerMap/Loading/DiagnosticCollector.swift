/// Collects the diagnostics of one file while it is decoded, so that every problem is reported
/// at once. Past ``maximumStored`` errors it keeps counting but stops storing, so a file with a
/// million bad lines cannot flood the terminal.
struct DiagnosticCollector {
  static let maximumStored = 1_000

  let file: String
  private(set) var diagnostics: [Diagnostic] = []
  private(set) var errorCount = 0
  private(set) var omittedCount = 0

  init(file: String) {
    self.file = file
  }

  var hasErrors: Bool { errorCount > 0 }

  /// Whether suggestions are still worth computing (they scan every id).
  var wantsHints: Bool { errorCount < 200 }

  mutating func error(
    _ location: SourcePosition?, _ path: @autoclosure () -> String, _ message: @autoclosure () -> String,
    hint: @autoclosure () -> String? = nil
  ) {
    errorCount += 1
    guard diagnostics.count < Self.maximumStored else {
      omittedCount += 1
      return
    }
    diagnostics.append(
      Diagnostic(.error, file: file, location: location, path: path(), message: message(), hint: hint()))
  }

  mutating func warning(
    _ location: SourcePosition?, _ path: @autoclosure () -> String, _ message: @autoclosure () -> String,
    hint: @autoclosure () -> String? = nil
  ) {
    guard diagnostics.count < Self.maximumStored else {
      omittedCount += 1
      return
    }
    diagnostics.append(
      Diagnostic(.warning, file: file, location: location, path: path(), message: message(), hint: hint()))
  }

  /// The diagnostics in file order, with a closing note when some were left out.
  func finished() -> [Diagnostic] {
    var sorted = diagnostics.enumerated().sorted { lhs, rhs in
      let left = (lhs.element.line ?? 0, lhs.element.column ?? 0, lhs.offset)
      let right = (rhs.element.line ?? 0, rhs.element.column ?? 0, rhs.offset)
      return left < right
    }.map(\.element)
    if omittedCount > 0 {
      sorted.append(
        Diagnostic(
          .error, file: file, location: nil, path: "",
          message: "\(omittedCount) more problems not shown (only the first \(Self.maximumStored) are listed)"))
    }
    return sorted
  }
}
