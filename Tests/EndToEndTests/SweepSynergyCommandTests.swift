import Foundation
import TestSupport
import Testing

/// Issue 16 item 4 through the binary: `sweep --pairs --rank synergy`.
@Suite struct SweepSynergyCommandTests {
  /// a and b each alone leave c viable (acceptance 3/4 ≥ 0.6); together they push it below (2/4). w
  /// owns c2, so every pair with w fails c2 and leads the default ranking.
  static let model = """
    schema: powermap/1
    name: together
    actors:
      - {id: a, name: A, kind: agency, level: state, power: 0.5, interest: 1, stance: 1}
      - {id: b, name: B, kind: agency, level: state, power: 0.5, interest: 1, stance: 1}
      - {id: d, name: D, kind: agency, level: state, power: 1, interest: 1, stance: 1}
      - {id: exec, name: Exec, kind: executive, level: state, power: 1, interest: 1, stance: 1}
      - {id: w, name: W, kind: agency, level: state, power: 1, interest: 1, stance: 1}
      - {id: x, name: X, kind: agency, level: state, power: 1, interest: 1, stance: 1}
    relations:
      - {from: a, to: b, kind: information, weight: 0.5}
    commitments:
      - {id: c, title: C, owner: exec, threshold: 0.6, needs: {authority: [exec], acceptance: [a, b, d], ability: [exec]}}
      - {id: c2, title: C2, owner: w, threshold: 0.5, needs: {authority: [w], acceptance: [x], ability: [x]}}

    """

  static func write() throws -> String {
    let folder = try PowerMapBinary.temporaryFolder()
    let path = folder.appendingPathComponent("together.yaml")
    try Data(model.utf8).write(to: path)
    return path.path
  }

  @Test func synergyRanksThePairThatOnlyHurtsTogetherFirst() throws {
    let path = try Self.write()
    let json = try PowerMapBinary.run(["sweep", path, "--pairs", "--rank", "synergy", "--top", "2", "--json"])
    #expect(json.status == 0, "\(json.stderr)")
    let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let allies = try #require(decoded?["allies"] as? [[String: Any]])
    #expect(allies.first?["ids"] as? [String] == ["a", "b"])
    let synergy = try #require(allies.first?["synergy"] as? [String: Any])
    #expect(synergy["statusChanges"] as? Int == 1)
    #expect(synergy["deltaViability"] is Double)
    let table = try PowerMapBinary.run(["sweep", path, "--pairs", "--rank", "synergy", "--top", "1"])
    #expect(table.status == 0)
    #expect(table.stdout.contains("Worse together") && table.stdout.contains("ΔΣV beyond"), "\(table.stdout)")
    #expect(table.stdout.contains("A, B"), "\(table.stdout)")
  }

  @Test func theDefaultRankingIsUnchangedAndHasNoSynergyKey() throws {
    let path = try Self.write()
    let harm = try PowerMapBinary.run(["sweep", path, "--pairs", "--top", "2", "--json"])
    let explicit = try PowerMapBinary.run(["sweep", path, "--pairs", "--top", "2", "--json", "--rank", "harm"])
    #expect(harm.status == 0 && harm.stdout == explicit.stdout)
    #expect(!harm.stdout.contains("synergy"))
    #expect(harm.stdout.contains("\"w\""))
    let table = try PowerMapBinary.run(["sweep", path, "--pairs", "--top", "2"])
    #expect(!table.stdout.contains("worse together"))
  }

  @Test func synergyWithoutPairsIsRefused() throws {
    let path = try Self.write()
    let result = try PowerMapBinary.run(["sweep", path, "--rank", "synergy"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("--rank synergy needs --pairs"), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
  }
}
