import Foundation
import TestSupport
import Testing

/// Issue 15, items 8, 9, 12, 13, 15 and 16 through the binary: what `validate` and `analyze` say
/// about hostile or mistaken model files.
struct ValidationHardeningCommandTests {
  static let base = """
    schema: powermap/1
    name: Hardening
    actors:
      - {id: orfis, name: ORFIS, kind: autonomous, level: state, power: 0.7, interest: 0.9, stance: 0.8}
      - {id: ivai, name: IVAI, kind: autonomous, level: state, power: 0.5, interest: 0.9, stance: 0.5}
    relations:
      - {from: ivai, to: orfis, kind: alliance, weight: 0.6}

    """

  func write(_ text: String, as name: String) throws -> (folder: URL, path: String) {
    let folder = try PowerMapBinary.temporaryFolder()
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return (folder, url.path)
  }

  @Test func anEscapeInANameExitsTwoWithALocatedMessageAndNoRawEscape() throws {
    let escaped = Self.base.replacingOccurrences(of: "name: Hardening", with: "name: \"Plan \\e]0;pwned\\a\"")
    let (folder, path) = try write(escaped, as: "escape.yaml")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try PowerMapBinary.run(["validate", path])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "\(path):2:7: error: name: the text contains the control character U+001B (ESC) at character 6"))
    #expect(!result.stderr.unicodeScalars.contains("\u{1B}"))
    #expect(!result.stdout.unicodeScalars.contains("\u{1B}"))

    let raw = Self.base.replacingOccurrences(of: "name: Hardening", with: "name: Plan \u{1B}[2J")
    try Data(raw.utf8).write(to: URL(fileURLWithPath: path))
    let rawResult = try PowerMapBinary.run(["validate", path])
    #expect(rawResult.status == 2)
    #expect(rawResult.stderr.contains("\(path):2:12: error: the file contains the control character U+001B (ESC)"))
  }

  @Test func aThreeHundredCharacterScenarioIdExitsTwoWithAShortLocatedMessage() throws {
    let id = String(repeating: "s", count: 300)
    let (folder, path) = try write(
      Self.base + "scenarios:\n  - id: \(id)\n    steps:\n      - remove: orfis\n", as: "long-id.yaml")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try PowerMapBinary.run(["validate", path])
    #expect(result.status == 2)
    let expected =
      "\(path):9:9: error: scenarios[0].id: the id '\(String(repeating: "s", count: 40))…' is longer than 100 characters"
    #expect(result.stderr.contains(expected))
    #expect(!result.stderr.contains(String(repeating: "s", count: 41)))
    // analyze refuses it the same way, before writing anything.
    let analyze = try PowerMapBinary.run(["analyze", path, "--json"])
    #expect(analyze.status == 2)
    #expect(analyze.stdout.isEmpty)
  }

  @Test func mistakenStepsGetHintsAndAreLocated() throws {
    let steps = """
      scenarios:
        - id: s
          steps:
            - remove: [orfis, ivai]
            - set: {actor: ivai, stance: 0.1, probability: 0.3}

      """
    let (folder, path) = try write(Self.base + steps, as: "steps.yaml")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try PowerMapBinary.run(["validate", path])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "\(path):11:17: error: scenarios[0].steps[0].remove: 'remove' takes one actor id, not a list"
          + " (hint: write one step per actor: '- remove: orfis', then '- remove: ivai')"))
    #expect(
      result.stderr.contains(
        "\(path):12:41: error: scenarios[0].steps[1].set.probability: 'probability' goes beside the step,"
          + " not inside its braces (hint: put it on its own line, lined up with 'set':"
          + " '- set: {actor: ivai, stance: 0.1}' then '  probability: 0.3')"))
  }

  @Test func suspiciousButValidFilesPassWithLocatedWarnings() throws {
    let text =
      Self.base.replacingOccurrences(of: "name: IVAI", with: "name: !foo IVAI")
        + """
        commitments:
          - id: c
            title: Con campaña #FiscalíaQueSirva
            owner: orfis
            needs: {authority: [orfis, orfis], ability: [ivai]}
        scenarios:
          - id: s
            steps:
              - remove: ivai
              - set: {actor: ivai, stance: 0.8}

        """
    let (folder, path) = try write(text, as: "warnings.yaml")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try PowerMapBinary.run(["validate", path])
    #expect(result.status == 0, "\(result.stderr)")
    for expected in [
      "\(path):5:22: warning: the YAML tag '!foo' is not understood and is ignored",
      "\(path):10:12: warning: commitments[0].title: a '#' comment cuts this text: it ends at 'Con campaña'",
      "\(path):12:32: warning: commitments[0].needs.authority[1]: 'orfis' is listed twice",
      "\(path):17:9: warning: scenarios[0].steps[1]: 'ivai' was removed by scenarios[0].steps[0]",
    ] {
      #expect(result.stderr.contains(expected), "\(expected) not in \(result.stderr)")
    }
  }

  /// The removed actor's reported stance stays 0.5 although a later step sets it to 0.8.
  @Test func aRemovedActorsReportedStanceIsFrozen() throws {
    let text =
      Self.base
      + "scenarios:\n  - id: late\n    steps:\n      - remove: ivai\n      - set: {actor: ivai, stance: 0.8}\n"
    let (folder, path) = try write(text, as: "frozen.yaml")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try PowerMapBinary.run(["analyze", path, "--scenario", "late", "--csv"])
    #expect(result.status == 0, "\(result.stderr)")
    let row = result.stdout.split(separator: "\n").first { $0.hasPrefix("ivai,") }
    #expect(row?.hasPrefix("ivai,IVAI,IVAI,autonomous,state,false,0,0.9,0.5,0,0.5,") == true, "\(row ?? "")")
  }

  @Test func nullActorsAndABadLanguageAreLocated() throws {
    let (folder, path) = try write("schema: powermap/1\nname: x\nlanguage: spanish\nactors: null\n", as: "null.yaml")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try PowerMapBinary.run(["validate", path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("\(path):3:11: error: language: 'spanish' is not a language tag (hint: write 'es'"))
    #expect(result.stderr.contains("\(path):4:9: error: actors: the required key 'actors' is null"))
    #expect(!result.stderr.contains(":1:1:"))
  }
}
