import Foundation
import TestSupport
import Testing

/// Every CSV the tool writes neutralises text a spreadsheet would run as a formula (OWASP: a
/// leading `'`), and leaves numbers alone.
struct CSVInjectionTests {
  static let model = """
    schema: powermap/1
    name: Inyección
    actors:
      - {id: a, name: '=HYPERLINK("http://evil.example","x")', kind: agency, level: state, power: 0.6, interest: 0.5, stance: -0.2}
      - {id: b, name: '@SUM(A1)', short: '+cmd', kind: media, level: state, power: 0.4, interest: 0.5, stance: 0.5}
    relations:
      - {from: a, to: b, kind: influence}
    commitments:
      - {id: c1, title: '-2+3', owner: a, needs: {authority: [a], acceptance: [b]}}
    """

  private func modelFile() throws -> (folder: URL, path: String) {
    let folder = try PowerMapBinary.temporaryFolder()
    let path = folder.appendingPathComponent("model.yaml").path
    try Data(Self.model.utf8).write(to: URL(fileURLWithPath: path))
    return (folder, path)
  }

  @Test func analyzeCSVPrefixesFormulaTextAndKeepsNegativeNumbers() throws {
    let (_, path) = try modelFile()
    let actors = try PowerMapBinary.run(["analyze", path, "--csv"])
    #expect(actors.status == 0, "\(actors.stderr)")
    let lines = actors.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    // The report's actors table: id, short, name, kind, level, present, power, interest, stance, …
    let hyperlink = "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""
    #expect(lines[1].hasPrefix("a,\(hyperlink),\(hyperlink),agency,state,true,0.6,0.5,-0.2,"))
    #expect(lines[2].hasPrefix("b,'+cmd,'@SUM(A1),media,state,true,"))
    let commitments = try PowerMapBinary.run(["analyze", path, "--csv", "--table", "commitments"])
    #expect(commitments.stdout.split(separator: "\n").dropFirst().first?.hasPrefix("c1,'-2+3,") == true)
  }

  @Test func reportDataCSVPrefixesFormulaTextAndKeepsNegativeNumbers() throws {
    let (folder, path) = try modelFile()
    let out = folder.appendingPathComponent("report")
    let result = try PowerMapBinary.run(["report", path, "--out", out.path, "--date", "none"])
    #expect(result.status == 0, "\(result.stderr)")
    let actors = try String(contentsOf: out.appendingPathComponent("data/actors.csv"), encoding: .utf8)
    let rows = actors.split(separator: "\n").map(String.init)
    // id, short (the name when there is none), name, kind, level, present, power, interest, stance, …
    let hyperlink = "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""
    #expect(rows[1].hasPrefix("a,\(hyperlink),\(hyperlink),agency,state,true,0.6,0.5,-0.2,"))
    #expect(rows[2].hasPrefix("b,'+cmd,'@SUM(A1),media,state,true,0.4,0.5,0.5,"))
    let commitments = try String(contentsOf: out.appendingPathComponent("data/commitments.csv"), encoding: .utf8)
    #expect(commitments.contains("\nc1,'-2+3,a,"))
    // JSON keeps the text as it is: only CSV is read by spreadsheets as formulas.
    let json = try String(contentsOf: out.appendingPathComponent("data/actors.json"), encoding: .utf8)
    #expect(json.contains("\"name\": \"@SUM(A1)\""))
  }
}
