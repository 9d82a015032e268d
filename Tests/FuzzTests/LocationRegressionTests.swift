import Foundation
import PowerMap
import TestSupport
import Testing

/// Refusals that the fuzz tests found without a line, now located.
@Suite struct LocationRegressionTests {
  /// libyaml refuses a raw control character with a byte offset; it is reported as line:column.
  @Test func rawControlCharacterInYAMLIsLocated() {
    let text = "schema: powermap/1\nname: Ciudadanía \u{1B}[2J\nactors: []\n"
    #expect {
      _ = try ModelLoader.load(bytes: Array(text.utf8), file: "control.yaml")
    } throws: { error in
      guard let diagnostic = (error as? DiagnosticsError)?.errors.first else { return false }
      return diagnostic.line == 2 && diagnostic.column == 18
        && diagnostic.message.contains("control character U+001B (ESC)")
    }
  }

  /// A MID actor without a row is located at its header cell.
  @Test func missingMIDRowIsLocatedAtTheHeader() throws {
    let folder = try TemporaryFolder.make("powermap-fuzz-location")
    let mid = folder.appendingPathComponent("mid.csv").path
    FileManager.default.createFile(atPath: mid, contents: Data(",ivai,orfis\nivai,0,1\n".utf8))
    #expect {
      _ = try MactorTables.read(midFile: mid, maoFile: nil)
    } throws: { error in
      guard let diagnostic = (error as? DiagnosticsError)?.errors.first(where: { $0.message.contains("no row") })
      else { return false }
      return diagnostic.message == "no row for the actor 'orfis'" && diagnostic.line == 1 && diagnostic.column == 7
    }
  }
}
