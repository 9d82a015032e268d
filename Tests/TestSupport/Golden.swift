import Foundation
import Testing

/// Golden files: the expected output of a command, committed in a folder of the package.
///
/// Run the tests with `POWERMAP_UPDATE_GOLDEN=1` to record the files after an intended change,
/// then run them again without it and review the diff. A run that records always fails (as the
/// snapshot tests of swift-argument-parser do), so a recording can never pass for a check.
package struct Golden: Sendable {
  /// The folder of the golden files.
  package let folder: URL
  /// Whether this run records the files instead of comparing with them.
  package let recording: Bool

  /// The golden files in `folder`; recording when the environment sets `POWERMAP_UPDATE_GOLDEN=1`.
  package init(folder: URL, recording: Bool = Golden.recordingRequested) {
    self.folder = folder
    self.recording = recording
  }

  /// Whether the environment asks to record golden files.
  package static var recordingRequested: Bool {
    ProcessInfo.processInfo.environment["POWERMAP_UPDATE_GOLDEN"] == "1"
  }

  /// The end-to-end tests' goldens, in `Tests/EndToEndTests/Fixtures/golden`.
  package static let endToEnd = Golden(folder: PackageRoot.url("Tests/EndToEndTests/Fixtures/golden"))

  /// Checks `actual` against the golden file `name` of the end-to-end tests.
  package static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    try endToEnd.check(actual, against: name, sourceLocation: sourceLocation)
  }

  /// Expects `actual` to equal the golden file `name`; when recording, writes it and records a
  /// failure that says so.
  package func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let url = folder.appendingPathComponent(name)
    if recording {
      try Data(actual.utf8).write(to: url)
      Issue.record(
        "recorded the golden file \(url.path); review it and run the tests again without POWERMAP_UPDATE_GOLDEN",
        sourceLocation: sourceLocation)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "output differs from golden file \(name)", sourceLocation: sourceLocation)
  }
}
