import Foundation
import Testing

/// Golden files: the expected output of a command, committed under Fixtures/golden. Run the tests
/// with POWERMAP_UPDATE_GOLDEN=1 to rewrite them after an intended change, and review the diff.
enum Golden {
  static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = PowerMapBinary.packageRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/golden/\(name)")
    if ProcessInfo.processInfo.environment["POWERMAP_UPDATE_GOLDEN"] == "1" {
      try Data(actual.utf8).write(to: url)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "output differs from golden file \(name)", sourceLocation: sourceLocation)
  }
}
