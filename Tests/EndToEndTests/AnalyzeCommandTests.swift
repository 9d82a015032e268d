import Foundation
import TestSupport
import Testing

struct AnalyzeCommandTests {
  static let model2019 = "models/veracruz-2019-2020.yaml"
  static let model2016 = "models/veracruz-2016-2017.yaml"

  func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func jsonOfThe2019PlanMatchesTheGoldenFile() throws {
    let result = try PowerMapBinary.run(["analyze", Self.model2019, "--json"])
    #expect(result.status == 0, "\(result.stderr)")
    try Golden.check(result.stdout, against: "analyze-2019-2020.json")
  }

  /// The keys the Command Line article of the PowerMap documentation fixes, checked by name so
  /// that a regenerated golden file cannot drop one.
  @Test func jsonHasTheContractKeys() throws {
    let root = try json(try PowerMapBinary.run(["analyze", Self.model2019, "--json"]).stdout)
    #expect(
      (root["model"] as? [String: Any])?["name"] as? String
        == "Plan de acción de gobierno abierto de Veracruz 2019-2020")
    #expect(root["scenario"] is NSNull)
    let actors = try #require(root["actors"] as? [[String: Any]])
    let actorKeys = [
      "id", "effectivePower", "effectiveStance", "influenceRank", "betweenness", "inDegree", "outDegree", "quadrant",
      "salience",
    ]
    for actor in actors { #expect(Set(actorKeys).isSubset(of: actor.keys)) }
    let commitments = try #require(root["commitments"] as? [[String: Any]])
    #expect(
      commitments.map { $0["id"] as? String } == [
        "public-works-data", "participatory-budgeting", "citizen-monitoring", "electoral-open-data",
        "municipal-transparency", "state-open-budget",
      ])
    for commitment in commitments {
      #expect(
        Set(["id", "viability", "status", "dimensions", "obstaclePressure", "concentration"]).isSubset(
          of: commitment.keys))
      let dimensions = try #require(commitment["dimensions"] as? [String: Any])
      #expect(Set(dimensions.keys) == ["authority", "acceptance", "ability"])
    }
    let plan = try #require(root["plan"] as? [String: Any])
    #expect(Set(["viable", "atRisk", "blocked", "meanViability", "concentration"]).isSubset(of: plan.keys))
    #expect(plan["viable"] as? Int == 6)
  }

  /// The seed's story, as the numbers tell it: the change of government blocks the whole
  /// 2016-2017 plan and only the state-budget commitment of the 2019-2020 plan.
  @Test func panToMorenaBlocksThe2016PlanAndSparesThe2019Plan() throws {
    let before2016 = try json(try PowerMapBinary.run(["analyze", Self.model2016, "--json"]).stdout)
    let after2016 = try json(
      try PowerMapBinary.run(["analyze", Self.model2016, "--scenario", "pan-to-morena", "--json"]).stdout)
    let after2019 = try json(
      try PowerMapBinary.run(["analyze", Self.model2019, "--scenario", "pan-to-morena", "--json"]).stdout)
    #expect((before2016["plan"] as? [String: Any])?["viable"] as? Int == 4)
    #expect((before2016["plan"] as? [String: Any])?["atRisk"] as? Int == 1)
    #expect((after2016["plan"] as? [String: Any])?["blocked"] as? Int == 5)
    #expect((after2019["plan"] as? [String: Any])?["viable"] as? Int == 5)
    #expect((after2016["scenario"] as? [String: Any])?["id"] as? String == "pan-to-morena")
    let blocked2019 = (after2019["commitments"] as? [[String: Any]])?.filter { $0["status"] as? String == "blocked" }
    #expect(blocked2019?.map { $0["id"] as? String } == ["state-open-budget"])
  }

  @Test func terminalReportListsCommitmentsAndActorsByEffectivePower() throws {
    let result = try PowerMapBinary.run(["analyze", Self.model2019])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.contains("Plan: 6 viable, 0 at risk, 0 blocked of 6 commitments") })
    #expect(
      lines.contains { $0.hasPrefix("  public-works-data") && $0.contains("✓ viable") && $0.hasSuffix("acceptance") })
    let header = try #require(lines.firstIndex { $0.hasPrefix("Actors by effective power") })
    #expect(lines[header + 3].hasPrefix("  Ejecutivo estatal"))
    #expect(lines[header + 4].hasPrefix("  ORFIS"))
  }

  /// The terminal's tables are views of the report's: the same labels (the report's words), in the order the
  /// terminal picks.
  @Test func terminalTablesHaveTheReportsColumnLabels() throws {
    let result = try PowerMapBinary.run(["analyze", Self.model2019, "--top", "3"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let commitments = try #require(lines.firstIndex { $0 == "Commitments" })
    #expect(
      lines[commitments + 1].split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }
        == [
          "Commitment", "Owner", "Status", "Viability", "Authority", "Acceptance", "Ability", "Obstacle pressure",
          "Concentration (HHI)", "Weakest",
        ])
    let actors = try #require(lines.firstIndex { $0.hasPrefix("Actors by effective power") })
    #expect(
      lines[actors + 1].split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        == [
          "Actor", "Present", "Level", "Effective power", "Effective stance", "Stance", "Influence rank", "Betweenness",
          "Quadrant", "Salience",
        ])
    #expect(lines[actors + 3].hasPrefix("  Ejecutivo estatal  yes      State               0.90             +0.29"))
  }

  @Test func csvTablesHaveAHeaderAndOneRowPerItem() throws {
    let actors = try PowerMapBinary.run(["analyze", Self.model2019, "--csv"])
    let actorLines = actors.stdout.split(separator: "\n")
    let header =
      "id,short,name,kind,level,present,power,interest,stance,effectivePower,effectiveStance,influenceRank,"
      + "betweenness,inDegree,outDegree,quadrant,salience"
    #expect(actorLines.first.map(String.init) == header)
    #expect(actorLines.count == 21)
    let commitments = try PowerMapBinary.run(["analyze", Self.model2019, "--csv", "--table", "commitments"])
    let rows = commitments.stdout.split(separator: "\n")
    #expect(rows.count == 7)
    #expect(rows[1].hasPrefix("public-works-data,Open data on 16,000") == false)
    #expect(rows[1].hasPrefix("public-works-data,\""))
  }

  @Test func composedScenariosApplyInOrderAndNameTheRun() throws {
    let result = try PowerMapBinary.run([
      "analyze", Self.model2019, "--scenario", "lose-orfis", "--scenario", "models/scenarios/pan-to-morena.yaml",
      "--json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let scenario = try #require(try json(result.stdout)["scenario"] as? [String: Any])
    #expect(scenario["id"] as? String == "lose-orfis+pan-to-morena")
  }

  @Test func unknownScenarioOrRootExitsTwoWithAHint() throws {
    let scenario = try PowerMapBinary.run(["analyze", Self.model2019, "--scenario", "pan-to-morna"])
    #expect(scenario.status == 2)
    #expect(scenario.stderr.contains("no scenario 'pan-to-morna'"))
    #expect(scenario.stderr.contains("did you mean 'pan-to-morena'?"))
    let root = try PowerMapBinary.run(["analyze", Self.model2019, "--root", "orfiss"])
    #expect(root.status == 2)
    #expect(root.stderr.contains("unknown actor 'orfiss' (hint: did you mean 'orfis'?)"))
  }

  @Test func invalidScenarioFileIsLocatedAgainstTheModel() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let file = folder.appendingPathComponent("bad.yaml")
    try Data("id: bad\nsteps:\n  - remove: orfiss\n".utf8).write(to: file)
    let result = try PowerMapBinary.run(["analyze", Self.model2019, "--scenario", file.path])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "bad.yaml:3:13: error: steps[0].remove: unknown actor 'orfiss' (hint: did you mean 'orfis'?)"))
  }

  @Test func betweennessEpsilonOutsideItsRangeExitsTwo() throws {
    for value in ["0", "1.5", "-0.1"] {
      let result = try PowerMapBinary.run(["analyze", Self.model2019, "--betweenness-epsilon=\(value)"])
      #expect(result.status == 2)
      #expect(result.stderr.contains("--betweenness-epsilon must be in (0, 1]"))
    }
    #expect(try PowerMapBinary.run(["analyze", Self.model2019, "--betweenness-epsilon", "0.05"]).status == 0)
  }
}
