import Foundation
import TestSupport
import Testing

/// Control characters from a model never reach the terminal raw (issue 15, item 9), and Ctrl-C
/// during a Graphviz layout says "interrupted" (item 17).
struct TerminalSafetyTests {
  /// The Veracruz model with ESC and BEL sequences in its name: a window-title change (OSC 0),
  /// a clipboard write (OSC 52) and a clear screen.
  static func hostileModel() throws -> String {
    let text = try String(contentsOfFile: PowerMapBinary.path("models/veracruz-2019-2020.yaml"), encoding: .utf8)
    let hostile = text.replacingOccurrences(
      of: "name: Plan de acción de gobierno abierto de Veracruz 2019-2020",
      with: #"name: "Plan \e]0;pwned\a\e]52;c;ZWNobyBoaQ==\a\e[2J\x9B31m end""#)
    #expect(hostile != text)
    let file = try PowerMapBinary.temporaryFolder().appendingPathComponent("hostile.yaml")
    try Data(hostile.utf8).write(to: file)
    return file.path
  }

  static let rawControls: [Character] = ["\u{1B}", "\u{07}", "\u{9B}"]

  @Test(arguments: [["analyze"], ["summary"], ["sweep"], ["analyze", "--csv", "--table", "commitments"]])
  func controlCharactersInAModelArePrintedVisibly(_ command: [String]) throws {
    let result = try PowerMapBinary.run(command + [try Self.hostileModel()])
    for control in Self.rawControls {
      #expect(!result.stdout.contains(control), "\(command): raw \(control.unicodeScalars.first?.value ?? 0) on stdout")
      #expect(!result.stderr.contains(control), "\(command): raw \(control.unicodeScalars.first?.value ?? 0) on stderr")
    }
    // Validation refuses the name, located, and its message names the character without echoing it
    // (the terminal's own replacement of control characters is tested in ExitStatusTests).
    #expect(result.status == 2, "\(command)")
    #expect(result.stderr.contains("name: the text contains the control character U+001B (ESC)"), "\(result.stderr)")
  }

  @Test func jsonOutputEscapesControlCharactersAndStillParses() throws {
    let result = try PowerMapBinary.run(["summary", "--json", try Self.hostileModel()])
    for control in Self.rawControls { #expect(!result.stdout.contains(control)) }
    guard result.status == 0 else { return }  // validation may refuse the name instead
    #expect(result.stdout.contains(#"\u009B31m end"#))
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(
      object?["name"] as? String == "Plan \u{1B}]0;pwned\u{07}\u{1B}]52;c;ZWNobyBoaQ==\u{07}\u{1B}[2J\u{9B}31m end")
  }

  @Test func runRefusesControlCharactersInABatchWithoutEchoingThem() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let batch = folder.appendingPathComponent("batch.yaml")
    try Data(
      """
      schema: powermap-batch/1
      runs:
        - id: bad
          model: "missing\\e]0;pwned\\a.yaml"

      """.utf8
    ).write(to: batch)
    for format in [[], ["--csv"]] {
      let result = try PowerMapBinary.run(["run", batch.path] + format)
      #expect(result.status == 2, "\(result.stderr)")
      let output = result.stdout + result.stderr
      #expect(!output.contains("\u{1B}") && !output.contains("\u{07}"), "\(format)")
      // Validation refuses the control character in the batch, located, and names it.
      let located = "batch.yaml:4:12: error: runs[0].model: the text contains the control character U+001B (ESC)"
      #expect(output.contains(located))
    }
  }

  @Test func ctrlCDuringAGraphvizLayoutSaysInterrupted() throws {
    // A graph whose dot layout takes minutes; the render is killed if Ctrl-C does not stop it in 30 s.
    var dot = "digraph big {\n"
    for node in 0..<3000 {
      dot += "  n\(node) -> n\((node * 7919 + 13) % 3000);\n  n\(node) -> n\((node * 31 + 7) % 3000);\n"
    }
    dot += "}\n"
    let folder = try PowerMapBinary.temporaryFolder()
    let input = folder.appendingPathComponent("big.dot")
    try Data(dot.utf8).write(to: input)
    let result = try PowerMapBinary.shell(
      """
      "$POWERMAP" render big.dot -o big.svg 2>err.txt & pid=$!; sleep 1.5; kill -INT $pid; \
      for i in $(seq 300); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done; kill -KILL $pid 2>/dev/null; \
      wait $pid; echo "status $?"; cat err.txt
      """, in: folder)
    #expect(result.stdout.contains("status 130"), "\(result.stdout)")
    #expect(result.stdout.contains("error: interrupted: no output written"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("big.svg").path))
  }
}
