import Foundation
import TestSupport
import Testing

struct DiffCommandTests {
  static let arguments = [
    "diff", "models/veracruz-2016-2017.yaml", "models/veracruz-2019-2020.yaml", "--scenario", "pan-to-morena",
  ]

  /// The seed's comparison in one table: under the change of government the 2016-2017 plan loses
  /// all its commitments, the 2019-2020 plan keeps five of six.
  @Test func twoPlanCyclesUnderTheTransitionMatchTheGoldenTable() throws {
    let result = try PowerMapBinary.run(Self.arguments)
    #expect(result.status == 0, "\(result.stderr)")
    try Golden.check(result.stdout, against: "diff-2016-2019-pan-to-morena.txt")
    let viable = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("  viable") })
    #expect(viable.split(separator: " ").map(String.init) == ["viable", "4", "0", "6", "5"])
  }

  @Test func jsonNamesAddedRemovedAndChangedActors() throws {
    let result = try PowerMapBinary.run(Self.arguments + ["--json"])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect((root["actorsRemoved"] as? [String]) == ["omidyar-network", "secretaria-salud", "siop"])
    #expect((root["actorsAdded"] as? [String])?.contains("ople-veracruz") == true)
    let a = try #require(root["a"] as? [String: Any])
    #expect((a["after"] as? [String: Any])?["blocked"] as? Int == 5)
    #expect(a["largestSupporter"] as? String == "state-executive")
    let b = try #require(root["b"] as? [String: Any])
    #expect(((b["largestSupporterShare"] as? Double) ?? 1) < ((a["largestSupporterShare"] as? Double) ?? 0))
    #expect((b["worsened"] as? [String]) == ["state-open-budget"] && (b["improved"] as? [String]) == [])
    #expect((root["commitmentsCompared"] as? [Any])?.isEmpty == true)
  }

  /// Two small plans with the same actors whose shared commitments differ in their needs, owner and
  /// obstacles: the terminal text names each change, and improvements as well as worsenings.
  @Test func commitmentsInBothPlansShowTheirListingAndObstacleChanges() throws {
    let folder = "Tests/EndToEndTests/Fixtures/diff"
    let result = try PowerMapBinary.run([
      "diff", "\(folder)/plan-a.yaml", "\(folder)/plan-b.yaml", "--scenario", "executive-leaves",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    try Golden.check(result.stdout, against: "diff-fixture-plans-executive-leaves.txt")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.contains("    needs: authority +auditor −executive; acceptance +council; ability +auditor −executive"))
    #expect(lines.contains("    obstacle red-tape: severity 0.3 → 0.5; holders +executive; blocks +monitoring"))
    #expect(lines.contains("    obstacles: +funding-cut −data-gaps"))
    #expect(lines.contains("A: better under the scenario: hotline (blocked → viable)"))
    #expect(lines.contains("Better in B than in A: budget"))
  }

  @Test func failIfOnEitherPlan() throws {
    let held = try PowerMapBinary.run(Self.arguments + ["--fail-if", "a.blocked>0"])
    #expect(held.status == 1)
    #expect(held.stderr.contains("fail-if: condition held: a.blocked>0 (value 5"))
    let quiet = try PowerMapBinary.run(Self.arguments + ["--fail-if", "b.viable<5"])
    #expect(quiet.status == 0)
  }
}

struct FailIfTests {
  static let model = "models/veracruz-2019-2020.yaml"

  @Test func conditionThatHoldsExitsOneAfterPrintingTheResult() throws {
    let result = try PowerMapBinary.run([
      "analyze", Self.model, "--scenario", "lose-orfis", "--json", "--fail-if", "blocked>0",
    ])
    #expect(result.status == 1)
    #expect(result.stdout.hasPrefix("{"))
    #expect(result.stderr.contains("blocked>0"))
  }

  @Test func conditionThatDoesNotHoldExitsZero() throws {
    let result = try PowerMapBinary.run(["analyze", Self.model, "--fail-if", "viability(public-works-data) < 0.2"])
    #expect(result.status == 0, "\(result.stderr)")
  }

  @Test func malformedOrUnknownConditionExitsTwo() throws {
    let malformed = try PowerMapBinary.run(["analyze", Self.model, "--fail-if", "blocked>>0"])
    #expect(malformed.status == 2)
    #expect(malformed.stderr.contains("--fail-if 'blocked>>0': a comparison"))
    let unknown = try PowerMapBinary.run(["analyze", Self.model, "--fail-if", "blokced>0"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("unknown metric 'blokced'"))
    #expect(unknown.stderr.contains("blocked"))
  }
}
