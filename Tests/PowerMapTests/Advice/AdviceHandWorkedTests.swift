import TestSupport
import Testing

@testable import PowerMap

/// Rule 11 on tiny models whose answers are known by construction, worked by hand below. Every
/// actor has stubbornness 1 and there are no relations, so s* = s and p̂ = p (rules 1–2); a
/// dimension's net is Σ p·q·s over its present actors ÷ Σ p·q over all its actors (rule 3). The
/// thresholds are chosen so that no answer sits exactly on a grid value.
@Suite struct AdviceHandWorkedTests {
  /// A model of actors `(id, p, s)`, each with q 1 and stubbornness 1, and commitments
  /// `(id, owner, authority, threshold)`.
  static func model(
    _ actors: [(String, Double, Double)], _ commitments: [(String, String, [String], Double)]
  ) -> Model {
    Model(
      name: "hand-worked",
      actors: actors.map { makeActor($0.0, power: $0.1, interest: 1, stance: $0.2, stubbornness: 1) },
      commitments: commitments.map {
        Commitment(id: $0.0, title: $0.0, owner: $0.1, needs: CommitmentNeeds(authority: $0.2), threshold: $0.3)
      })
  }

  /// (a) Nothing works.
  ///
  ///     a  p 1    q 1  s −1   owner; c: authority [a, b], threshold 0.95
  ///     b  p 0.1  q 1  s  0
  ///     r  p 1    q 1  s +1   listed nowhere
  ///
  /// Now: (−1 + 0) ÷ 1.1 = −0.909, blocked. Engaging a as far as +1: (1 + 0) ÷ 1.1 = 0.909 < 0.95;
  /// engaging b as far as +1: (−1 + 0.1) ÷ 1.1 = −0.818; r is listed nowhere and influences no one.
  /// Recruiting r to authority (the only non-empty dimension): (−1 + 0 + 1) ÷ 2.1 = 0. No row, and
  /// the reason says no single move on the grid does it.
  @Test func noMoveOnTheGridMakesItViable() throws {
    let model = Self.model(
      [("a", 1, -1), ("b", 0.1, 0), ("r", 1, 1)],
      [("c", "a", ["a", "b"], 0.95)])
    let advice = try #require(try AdviceSearch.run(model: model, scenarios: []).commitments.first)
    #expect(advice.status == .blocked)
    expectClose(advice.viability, -1 / 1.1)
    #expect(advice.engagements.isEmpty && advice.recruitments.isEmpty)
    #expect(
      advice.reason == "no single actor's stance shift of up to +2.00 and no single recruit makes it viable")
  }

  /// (b) A general engagement with a side effect.
  ///
  ///     o  p 1  q 1  s +0.1    owner of both; c1: authority [o], threshold 0.205
  ///     x  p 1  q 1  s −0.15   c2: authority [o, x], threshold 0.1
  ///
  /// c1 now 0.1 (at risk); c2 now (0.1 − 0.15) ÷ 2 = −0.025 (blocked). On c1, o needs
  /// 0.1 + δ ≥ 0.205, δ ≥ 0.105: 0.11 in both scopes. On c1 alone nothing else moves; overall, o's
  /// stance 0.21 also lifts c2 to (0.21 − 0.15) ÷ 2 = +0.03, blocked → at risk: the side effect. x is
  /// not listed in c1 and influences no one: no row. Recruiting x to c1's authority:
  /// (0.1 − 0.15) ÷ 2 < 0.
  @Test func generalEngagementListsItsSideEffect() throws {
    let model = Self.model(
      [("o", 1, 0.1), ("x", 1, -0.15)],
      [("c1", "o", ["o"], 0.205), ("c2", "o", ["o", "x"], 0.1)])
    let advice = try #require(try AdviceSearch.run(model: model, scenarios: [], targets: ["c1"]).commitments.first)
    #expect(advice.status == .atRisk)
    #expect(advice.engagements.map(\.actor) == ["o", "o"])
    #expect(advice.engagements.map(\.scope) == [.commitment, .general])
    expectClose(advice.engagements.map(\.delta), [0.11, 0.11])
    expectClose(advice.engagements.map(\.viability), [0.21, 0.21])
    #expect(advice.engagements[0].sideEffects.isEmpty)
    #expect(advice.engagements[1].sideEffects == [SideEffect(commitment: "c2", from: .blocked, to: .atRisk)])
    #expect(advice.recruitments.isEmpty)
  }

  /// (c) Only a recruit works.
  ///
  ///     a  p 0.2  q 1  s  0   owner; c: authority [a, g], threshold 0.3
  ///     g  p 1    q 1  s  1   removed by the scenario: out of the numerator, still in the denominator
  ///     r  p 1    q 1  s  1   listed nowhere
  ///
  /// After g's removal: 0 ÷ 1.2 = 0 (at risk). Engaging a as far as +1: 0.2 ÷ 1.2 = 0.167 < 0.3, so
  /// no engagement on the grid; r influences no one. Recruiting r to authority:
  /// (0 + 1) ÷ (1.2 + 1) = 0.4545 ≥ 0.3: viable, the one recruitment.
  @Test func onlyARecruitWorks() throws {
    let model = Self.model(
      [("a", 0.2, 0), ("g", 1, 1), ("r", 1, 1)],
      [("c", "a", ["a", "g"], 0.3)])
    let withoutG = Scenario(id: "without-g", steps: [ScenarioStep(.remove(actor: "g"))])
    let advice = try #require(try AdviceSearch.run(model: model, scenarios: [withoutG]).commitments.first)
    #expect(advice.status == .atRisk)
    expectClose(advice.viability, 0)
    #expect(advice.engagements.isEmpty)
    #expect(advice.recruitments.map(\.actor) == ["r"] && advice.recruitments.map(\.dimension) == [.authority])
    expectClose(advice.recruitments.map(\.viability), [1 / 2.2])
    #expect(advice.reason == nil)
  }

  /// (d) Robust: the smallest δ that survives any single loss is not the smallest that makes it viable.
  ///
  ///     o  p 1  q 1  s 0.1   owner; c: authority [o, b]
  ///     b  p 1  q 1  s 0.5
  ///
  /// Now (0.1 + 0.5) ÷ 2 = 0.3. With threshold 0.4025 (at risk): o or b needs 0.6 + δ ≥ 0.805,
  /// δ ≥ 0.205: 0.21 for either, both scopes. Robust: the loss of b (o, the owner, does not count)
  /// leaves (0.1 + δ) ÷ 2, so o needs δ ≥ 0.705: 0.71; b's own loss undoes b's shift, so b has no
  /// robust row. With threshold 0.2525 c is viable now but not robust: o needs (0.1 + δ) ÷ 2 ≥ 0.2525,
  /// δ ≥ 0.405: 0.41.
  @Test func robustShiftIsLargerThanTheViableOne() throws {
    var model = Self.model(
      [("o", 1, 0.1), ("b", 1, 0.5)],
      [("c", "o", ["o", "b"], 0.4025)])
    let viable = try #require(try AdviceSearch.run(model: model, scenarios: []).commitments.first)
    #expect(viable.engagements.map(\.actor) == ["b", "o", "b", "o"])
    #expect(viable.engagements.map(\.scope) == [.commitment, .commitment, .general, .general])
    expectClose(viable.engagements.map(\.delta), [0.21, 0.21, 0.21, 0.21])
    let robust = try #require(try AdviceSearch.run(model: model, scenarios: [], robust: true).commitments.first)
    #expect(robust.engagements.map(\.actor) == ["o", "o"])
    expectClose(robust.engagements.map(\.delta), [0.71, 0.71])
    expectClose(robust.engagements.map(\.viability), [0.655, 0.655])

    model.commitments[0].threshold = 0.2525
    #expect(try AdviceSearch.run(model: model, scenarios: []).commitments.isEmpty)
    let notRobust = try #require(try AdviceSearch.run(model: model, scenarios: [], robust: true).commitments.first)
    #expect(notRobust.status == .viable)
    #expect(notRobust.engagements.map(\.actor) == ["o", "o"])
    expectClose(notRobust.engagements.map(\.delta), [0.41, 0.41])
  }
}
