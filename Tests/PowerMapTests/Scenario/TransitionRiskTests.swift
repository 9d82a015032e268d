import Testing

@testable import PowerMap

/// Rule 8 on a model worked by hand. No influence or depends-on relations, so p̂ = p and s* = s.
///
///   o (owner of c):  p 0.8, q 1, s  0.5
///   a:               p 0.5, q 1, s  0.8
///   h (holder):      p 0.4, q 1, s −1
///   c:  authority [o], acceptance [a];  c2: authority [a];  thresholds 0.2
///   ob: blocks [c], severity 0.4, holders [h], no mitigators
///
/// Before: c: authority 0.8·0.5/0.8 = 0.5, acceptance 0.5·0.8/0.5 = 0.8; h opposes fully, so
/// opposition = (0.4·1)/(0.4·1) = 1 and pressure = 0.4·(1 − 0)·1 = 0.4; V = 0.5 − 0.4 = 0.1 (at-risk).
/// c2: V = 0.5·0.8/0.5 = 0.8 (viable).
struct TransitionRiskTests {
  static let model = Model(
    name: "hand",
    actors: [
      Actor(id: "o", name: "O", kind: .agency, level: .state, power: 0.8, interest: 1, stance: 0.5),
      Actor(id: "a", name: "A", kind: .agency, level: .state, power: 0.5, interest: 1, stance: 0.8),
      Actor(id: "h", name: "H", kind: .municipal, level: .municipal, power: 0.4, interest: 1, stance: -1),
    ],
    commitments: [
      Commitment(id: "c", title: "C", owner: "o", needs: CommitmentNeeds(authority: ["o"], acceptance: ["a"])),
      Commitment(id: "c2", title: "C2", owner: "a", needs: CommitmentNeeds(authority: ["a"])),
    ],
    obstacles: [Obstacle(id: "ob", kind: .political, title: "Ob", blocks: ["c"], severity: 0.4, holders: ["h"])])

  /// Scenario s: shift a's stance by −1 (to −0.2), then set h's stance to 0.
  /// After: c: acceptance −0.2, min −0.2; h no longer opposes → opposition 0, pressure 0; V = −0.2 (blocked).
  /// c2: V = −0.2 (blocked).
  /// Drivers of c: a restored → min(0.5, 0.8) − 0 = 0.5, effect −0.2 − 0.5 = −0.7;
  ///               h restored → pressure 0.4, V = −0.6, effect −0.2 − (−0.6) = +0.4.
  /// Leave-one-out for c: without the shift, V = 0.5 (viable); without the set, V = −0.6 (blocked):
  /// neither restores at-risk. For c2: without the shift V = 0.8, viable again.
  @Test func driversAndRestoringStepsOfAShiftAndASet() throws {
    let scenario = Scenario(
      id: "s",
      steps: [
        ScenarioStep(.shift(ActorShift(actor: "a", stance: -1))),
        ScenarioStep(.set(ActorUpdate(actor: "h", stance: 0))),
      ])
    let risk = Simulation(model: Self.model).run([scenario])
    let c = try #require(risk.changes.first)
    #expect(c.from == .atRisk && c.to == .blocked)
    #expect(abs(c.viabilityBefore - 0.1) < 1e-12 && abs(c.viabilityAfter + 0.2) < 1e-12)
    #expect(abs(c.deltaViability + 0.3) < 1e-12)
    #expect(c.drivers == ["a", "h"])
    #expect(abs(c.driverEffects[0].effect + 0.7) < 1e-12)
    #expect(abs(c.driverEffects[1].effect - 0.4) < 1e-12)
    #expect(c.restoringSteps.isEmpty)
    let c2 = risk.changes[1]
    #expect(c2.from == .viable && c2.to == .blocked)
    #expect(c2.drivers == ["a"])
    #expect(c2.restoringSteps == [StepReference(scenario: "s", step: 0, kind: "shift")])
    #expect(risk.statusChanges.count == 2)
  }

  /// Removing the owner sets c's V to −1; restoring o alone gives back 0.1, so o's effect is −1.1,
  /// and the `remove` step restores the status. c2 does not change and has no drivers.
  @Test func removedOwnerIsTheDriverAndItsRemovalTheRestoringStep() throws {
    let scenario = Scenario(id: "lose-o", steps: [ScenarioStep(.remove(actor: "o"))])
    let risk = Simulation(model: Self.model).run([scenario])
    let c = risk.changes[0]
    #expect(c.to == .blocked && c.viabilityAfter == -1)
    #expect(c.drivers == ["o"])
    #expect(abs(c.driverEffects[0].effect + 1.1) < 1e-12)
    #expect(c.restoringSteps == [StepReference(scenario: "lose-o", step: 0, kind: "remove")])
    #expect(risk.changes[1].from == risk.changes[1].to && risk.changes[1].drivers.isEmpty)
    #expect(risk.changes[1].deltaViability == 0)
  }

  /// With two scenarios, steps are named by their own scenario.
  @Test func composedScenariosNameTheirSteps() throws {
    let first = Scenario(id: "first", steps: [ScenarioStep(.set(ActorUpdate(actor: "h", stance: -0.9)))])
    let second = Scenario(id: "second", steps: [ScenarioStep(.remove(actor: "a"))])
    let risk = Simulation(model: Self.model).run([first, second])
    // h at −0.9: opposition 0.9, pressure 0.36. Removing a: c's acceptance is 0 (a absent),
    // V = 0 − 0.36 = −0.36 (without the removal 0.5 − 0.36 = 0.14, at risk as before); c2's owner
    // is gone, V = −1.
    #expect(abs(risk.changes[0].viabilityAfter + 0.36) < 1e-12)
    #expect(risk.changes[0].restoringSteps == [StepReference(scenario: "second", step: 0, kind: "remove")])
    #expect(risk.changes[1].viabilityAfter == -1)
    #expect(risk.changes[1].restoringSteps.map(\.description) == ["second#1 (remove)"])
  }
}
