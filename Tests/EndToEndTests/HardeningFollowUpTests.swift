import Foundation
import TestSupport
import Testing

/// Defects a review of the hardening found: counts past the listing cap, regional language tags,
/// names that resolve to invalid ids, long output names and control characters in DOT files.
@Suite struct HardeningFollowUpTests {
  @Test func validateCountsEveryErrorPastTheCap() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let file = folder.appendingPathComponent("errors.yaml")
    var text = "schema: powermap/1\nname: errors\nactors:\n"
    text += "  - {id: a, name: A, kind: agency, level: state, power: 0.5, interest: 0.5, stance: 0}\n"
    text += "relations:\n"
    for index in 0..<1_500 {
      text += "  - {from: a, to: missing\(index), kind: influence}\n"
    }
    try Data(text.utf8).write(to: file)
    let result = try PowerMapBinary.run(["validate", file.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("error: 500 more errors not shown"), "\(result.stderr.suffix(300))")
    #expect(result.stdout.contains("errors.yaml: 1500 errors"), "\(result.stdout)")
  }

  @Test func aRegionalLanguageTagChoosesTheReportsLanguage() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let model = folder.appendingPathComponent("mx.yaml")
    let minimal = try String(contentsOfFile: PowerMapBinary.path("models/examples/minimal.yaml"), encoding: .utf8)
    let regional = minimal.replacingOccurrences(of: "\nlanguage: es\n", with: "\nlanguage: es-MX\n")
    #expect(regional != minimal, "the example model must declare language: es")
    try Data(regional.utf8).write(to: model)
    let out = folder.appendingPathComponent("report").path
    let result = try PowerMapBinary.run(["report", model.path, "--out", out, "--date", "none"])
    #expect(result.status == 0, "\(result.stderr)")
    let page = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
    #expect(page.contains("<html lang=\"es\""))
  }

  @Test func aValidIDIsNeverReplacedByAnInvalidOneOfTheSameName() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let actors = folder.appendingPathComponent("a.csv")
    let relations = folder.appendingPathComponent("r.csv")
    try Data("id,name,kind,level,power,interest,stance\nCPC,CPC,citizens,community,0.2,0.5,0.5\n".utf8).write(
      to: actors)
    try Data("from,to,kind\ncpc,x,influence\n".utf8).write(to: relations)
    let result = try PowerMapBinary.run([
      "import", "--actors", actors.path, "--relations", relations.path, "--name", "t", "-o",
      folder.appendingPathComponent("out.yaml").path,
    ])
    #expect(result.status == 2)
    #expect(!result.stderr.contains("column 'from': invalid id 'CPC'"), "\(result.stderr)")
    #expect(result.stderr.contains("declare it as 'cpc'"), "\(result.stderr)")
  }

  @Test func anOutputNameNearTheFileSystemsLimitIsWritten() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let name = String(repeating: "y", count: 240) + ".svg"
    let result = try PowerMapBinary.run([
      "render", "models/examples/minimal.yaml", "--map", "power", "-o", folder.appendingPathComponent(name).path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [name])
  }

  @Test func aControlCharacterInADOTFileIsRefusedWhereItIs() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let dot = folder.appendingPathComponent("esc.dot")
    try Data("digraph {\n  a [label=\"x\u{1B}]0;PWN\u{07}\"]\n}\n".utf8).write(to: dot)
    for format in ["dot", "svg"] {
      let result = try PowerMapBinary.run(["render", dot.path, "--format", format, "-o", "-"])
      #expect(result.status == 2)
      #expect(result.stdout.isEmpty)
      #expect(
        result.stderr.contains("esc.dot:2:14: error: the file contains the control character U+001B"),
        "\(result.stderr)")
      #expect(!result.stderr.contains("\u{1B}"))
    }
  }

  @Test func theLargestTopDoesNotOverflow() throws {
    for pairs in [[], ["--pairs"]] {
      let result = try PowerMapBinary.run(
        ["sweep", "models/examples/minimal.yaml", "--top", "9223372036854775807", "--json"] + pairs)
      #expect(result.status == 0, "\(pairs): \(result.stderr)")
      #expect(result.stdout.contains("\"allies\""))
    }
  }
}
