import PowerMap
import Testing

/// `model.advise(…)` as a script calls it: results keyed by commitment id, cheapest first.
struct AdviceScriptTests {
  /// Under pan-to-morena only the state's open budget is not viable (blocked, V −0.20); the state
  /// executive's shift of +0.59 on it is the cheapest engagement (`powermap advise` prints the same).
  @Test func adviceIsKeyedByCommitment() async throws {
    let model = try Model(contentsOf: ScriptTests.path("models/veracruz-2019-2020.yaml"))
    let advice = try await model.advise(after: ["pan-to-morena"])
    #expect(advice.keys.sorted() == ["state-open-budget"])
    let budget = try #require(advice["state-open-budget"])
    #expect(budget.status == .blocked)
    let cheapest = try #require(budget.engagements.first)
    #expect(cheapest.actor == "state-executive" && cheapest.scope == .commitment)
    #expect(abs(cheapest.delta - 0.59) < 1e-9)
    #expect(budget.recruitments.first?.actor == "inai" && budget.recruitments.first?.dimension == .authority)
  }

  @Test func unknownCommitmentIsAnInvalidArgument() async throws {
    let model = try Model(contentsOf: ScriptTests.path("models/veracruz-2019-2020.yaml"))
    do {
      _ = try await model.advise(commitments: ["no-such-commitment"])
      Issue.record("an unknown commitment was accepted")
    } catch let error as PowerMapError {
      #expect(error.kind == .invalidArgument)
      #expect(error.message.contains("no-such-commitment"))
    }
  }
}
