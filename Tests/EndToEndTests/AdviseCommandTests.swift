import Foundation
import TestSupport
import Testing

/// `powermap advise` (rule 11) on the shipped 2019-2020 plan after the change of government: the
/// state's open budget, the one commitment blocked, can be saved by the state executive alone or by
/// listing one of the plan's strong allies among its authorities.
@Suite struct AdviseCommandTests {
  static let arguments = ["advise", "models/veracruz-2019-2020.yaml", "--scenario", "pan-to-morena"]

  @Test func theBudgetCommitmentCanBeSavedByTheExecutiveOrARecruit() throws {
    let result = try PowerMapBinary.run(Self.arguments + ["--json"])
    #expect(result.status == 0, "\(result.stderr)")
    let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect((root["scenario"] as? [String: Any])?["id"] as? String == "pan-to-morena")
    #expect(root["robust"] as? Bool == false)
    let commitments = try #require(root["commitments"] as? [[String: Any]])
    #expect(commitments.map { $0["id"] as? String } == ["state-open-budget"])
    let engagements = try #require(commitments[0]["engagements"] as? [[String: Any]])
    #expect(engagements.map { $0["actor"] as? String } == ["state-executive", "state-executive"])
    #expect(engagements.map { $0["scope"] as? String } == ["commitment", "general"])
    #expect(engagements.map { $0["delta"] as? Double } == [0.59, 0.59])
    let recruits = try #require(commitments[0]["recruitments"] as? [[String: Any]])
    #expect(recruits.prefix(2).map { $0["actor"] as? String } == ["inai", "orfis"])
  }

  /// The terminal output a planner reads, as recorded (see Golden): the budget's status and V, the
  /// executive's +0.59 in both scopes, the three best recruits.
  @Test func terminalOutputIsTheGolden() throws {
    let result = try PowerMapBinary.run(Self.arguments)
    #expect(result.status == 0, "\(result.stderr)")
    try Golden.check(result.stdout, against: "advise-2019-2020-pan-to-morena.txt")
  }

  /// The robust form on the budget: no single move makes it survive any one loss, said in words with
  /// what to try instead.
  @Test func robustTerminalOutputIsTheGolden() throws {
    let result = try PowerMapBinary.run(Self.arguments + ["--robust", "--commitment", "state-open-budget"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("nothing on the grid makes it viable after the loss of any one ally: "))
    try Golden.check(result.stdout, against: "advise-2019-2020-pan-to-morena-robust-budget.txt")
  }

  @Test func terminalNamesTheMovesAndAnUnknownCommitmentIsRefused() throws {
    let text = try PowerMapBinary.run(Self.arguments)
    #expect(text.stdout.contains("    Ejecutivo estatal +0.59 on this commitment (V → +0.21)\n"))
    #expect(text.stdout.contains("    INAI to authority (V → +0.32)\n"))
    let unknown = try PowerMapBinary.run(Self.arguments + ["--commitment", "state-open-budge"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("did you mean 'state-open-budget'?"))
  }
}
