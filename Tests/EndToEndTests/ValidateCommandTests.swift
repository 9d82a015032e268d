import Foundation
import TestSupport
import Testing

struct ValidateCommandTests {
  @Test func shippedModelsAndScenariosAreValid() throws {
    let models = try FileManager.default.contentsOfDirectory(atPath: PowerMapBinary.path("models"))
      .filter { $0.hasSuffix(".yaml") }.map { "models/" + $0 }
    let scenarios = try FileManager.default.contentsOfDirectory(atPath: PowerMapBinary.path("models/scenarios"))
      .filter { $0.hasSuffix(".yaml") }.map { "models/scenarios/" + $0 }
    #expect(models.count >= 2 && scenarios.count >= 3)
    let result = try PowerMapBinary.run(["validate"] + models + scenarios)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty, "shipped files should raise no warning: \(result.stderr)")
    for file in models { #expect(result.stdout.contains("\(file): valid model")) }
    for file in scenarios { #expect(result.stdout.contains("\(file): valid scenario")) }
  }

  /// The library's hint names no flag; the command line words it with `--scenario`.
  @Test func aScenarioGivenAsTheModelIsHintedWithTheFlag() throws {
    let result = try PowerMapBinary.run(["analyze", "models/scenarios/lose-orfis.yaml"])
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "models/scenarios/lose-orfis.yaml:5:1: error: this is a scenario file, not a model "
        + "(hint: pass it with --scenario FILE together with a model)\n")
  }

  @Test func everyInvalidCorpusFileExitsTwoWithItsLocatedMessage() throws {
    let folder = "Tests/PowerMapTests/Fixtures/invalid"
    let table = try String(contentsOfFile: PowerMapBinary.path(folder + "/EXPECTED.tsv"), encoding: .utf8)
    let rows = table.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
      $0.split(separator: "\t").map(String.init)
    }
    #expect(rows.count >= 20)
    for row in rows {
      let file = "\(folder)/\(row[0])"
      let result = try PowerMapBinary.run(["validate", file])
      #expect(result.status == 2, "\(file) exited \(result.status)")
      let prefix = row[1] == "-" || row[1] == "*" ? file : "\(file):\(row[1]): error: "
      let line = result.stderr.split(separator: "\n").first { $0.hasPrefix(prefix) && $0.contains(row[2]) }
      #expect(line != nil, "\(file): \(result.stderr)")
    }
    let bom = try PowerMapBinary.run(["validate", "\(folder)/valid-bom.yaml"])
    #expect(bom.status == 0)
  }

  @Test func jsonOutputListsDiagnosticsWithTheirFields() throws {
    let result = try PowerMapBinary.run([
      "validate", "--json", "Tests/PowerMapTests/Fixtures/invalid/dangling-needs.yaml",
    ])
    #expect(result.status == 2)
    let reports = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    let diagnostic = try #require((reports.first?["diagnostics"] as? [[String: Any]])?.first)
    #expect(diagnostic["line"] as? Int == 15)
    #expect(diagnostic["column"] as? Int == 19)
    #expect(diagnostic["severity"] as? String == "error")
    #expect(diagnostic["path"] as? String == "commitments[0].needs.authority[0]")
    #expect(diagnostic["message"] as? String == "unknown actor 'orfiss'")
    #expect(diagnostic["hint"] as? String == "did you mean 'orfis'?")
  }

  @Test func usageErrorsExitTwo() throws {
    let result = try PowerMapBinary.run(["validate"])
    #expect(result.status == 2)
    let unknown = try PowerMapBinary.run(["validate", "--frobnicate", "models/veracruz-2019-2020.yaml"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("--frobnicate"))
  }

  @Test func versionAndHelpWorkOnEveryCommand() throws {
    let version = try PowerMapBinary.run(["--version"])
    #expect(version.status == 0 && version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    for command in ["validate", "import", "summary"] {
      let help = try PowerMapBinary.run([command, "--help"])
      #expect(help.status == 0)
      #expect(help.stdout.contains("USAGE: powermap \(command)"))
    }
  }
}
