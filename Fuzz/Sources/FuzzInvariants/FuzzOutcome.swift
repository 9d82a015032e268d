import PowerMap

/// What one fuzz input did: accepted, refused with a proper diagnostic, or broke the invariant.
///
/// The one statement of the invariant, shared by the seeded mutation tests (`Tests/FuzzTests`) and
/// the libFuzzer harnesses (`FuzzSupport`).
package enum FuzzOutcome: Equatable {
  case accepted
  /// Refused properly; `unlocated` lists the messages of errors without a line (file-level ones,
  /// such as an empty file, and any that should have had one), reported by the tests.
  case refused(unlocated: [String])
  case broken(String)

  /// The outcome of a refusal: proper when it holds at least one error, and every diagnostic has a
  /// message, names one of `files`, and (when it has a line) a line inside the input and a column.
  package static func refusal(_ error: DiagnosticsError, input: [UInt8], files: Set<String>) -> FuzzOutcome {
    guard !error.errors.isEmpty else { return .broken("a refusal without an error: \(error)") }
    let lineCount = lineBreakBound(input) + 1
    for diagnostic in error.diagnostics {
      if diagnostic.message.isEmpty { return .broken("an empty message: \(diagnostic)") }
      if !files.contains(diagnostic.file) { return .broken("a diagnostic of an unknown file: \(diagnostic)") }
      guard let line = diagnostic.line else { continue }
      if !(1...(lineCount + 1)).contains(line) { return .broken("line \(line) of \(lineCount): \(diagnostic)") }
      if (diagnostic.column ?? 0) < 1 { return .broken("a line without a column: \(diagnostic)") }
    }
    return .refused(unlocated: error.errors.filter { $0.line == nil }.map(\.message))
  }

  /// The combined outcome of several readings of one input: broken wins, then accepted.
  package static func combined(_ outcomes: [FuzzOutcome]) -> FuzzOutcome {
    if let broken = outcomes.first(where: { if case .broken = $0 { true } else { false } }) { return broken }
    if outcomes.contains(.accepted) { return .accepted }
    var unlocated: [String] = []
    for case .refused(let messages) in outcomes { unlocated += messages }
    return .refused(unlocated: unlocated)
  }
}
/// An upper bound on the line breaks of `input` as any reader counts them: LF, CR (CSV and YAML
/// end a line at a lone CR; CRLF counts twice here), and YAML's NEL, LS and PS.
package func lineBreakBound(_ input: [UInt8]) -> Int {
  var count = 0
  for (index, byte) in input.enumerated() {
    if byte == 0x0A || byte == 0x0D { count += 1 }
    if byte == 0x85, index > 0, input[index - 1] == 0xC2 { count += 1 }
    if byte == 0xE2, index + 2 < input.count, input[index + 1] == 0x80,
      input[index + 2] == 0xA8 || input[index + 2] == 0xA9
    {
      count += 1
    }
  }
  return count
}
