import Testing

@testable import PowerMap

/// Rule 6: Mendelow quadrants and Mitchell–Agle–Wood salience, both cut at 0.5 (0.5 counts as high).
@Suite struct ClassificationTests {
  @Test(arguments: [
    (0.5, 0.5, PowerInterestQuadrant.manageClosely),
    (0.9, 0.7, .manageClosely),
    (0.5, 0.499, .keepSatisfied),
    (1.0, 0.0, .keepSatisfied),
    (0.499, 0.5, .keepInformed),
    (0.0, 1.0, .keepInformed),
    (0.2, 0.3, .monitor),
    (0.0, 0.0, .monitor),
  ])
  func quadrant(power: Double, interest: Double, expected: PowerInterestQuadrant) {
    #expect(PowerInterestQuadrant(power: power, interest: interest) == expected)
  }

  @Test func quadrantRawValues() {
    #expect(
      PowerInterestQuadrant.allCases.map(\.rawValue) == [
        "manage-closely", "keep-satisfied", "keep-informed", "monitor",
      ])
  }

  @Test(
    arguments: [
      (0.5, 0.5, 0.5, SalienceClass.definitive),
      (0.9, 0.8, nil, .dominant),
      (0.6, nil, 0.7, .dangerous),
      (0.4, 0.5, 0.5, .dependent),
      (0.5, 0.49, 0.2, .dormant),
      (0.1, 0.9, nil, .discretionary),
      (0.0, nil, 1.0, .demanding),
      (0.49, nil, nil, .none),
    ] as [(Double, Double?, Double?, SalienceClass)])
  func salience(power: Double, legitimacy: Double?, urgency: Double?, expected: SalienceClass) {
    #expect(SalienceClass(power: power, legitimacy: legitimacy, urgency: urgency) == expected)
  }

  @Test func salienceRawValuesAndAttributeCounts() {
    #expect(
      SalienceClass.allCases.map(\.rawValue) == [
        "dormant", "discretionary", "demanding", "dominant", "dangerous", "dependent", "definitive", "none",
      ])
    #expect(SalienceClass.allCases.map(\.attributeCount) == [1, 1, 1, 2, 2, 2, 3, 0])
  }

  /// The power axis is effective power: a (p 0.8, q 0.6, legitimacy 0.9) depends fully (w 1) on b,
  /// which is removed, so p̂_a = 0: keep-informed instead of manage-closely, discretionary instead of
  /// dominant. b (removed, p̂ 0, q 0.3, urgency 0.8) is classified like anyone with p̂ = 0:
  /// monitor / demanding (its report entry says `present: false`).
  @Test func analysisUsesEffectivePower() {
    let model = Model(
      name: "classes",
      actors: [
        makeActor("a", power: 0.8, interest: 0.6, legitimacy: 0.9),
        makeActor("b", power: 0.7, interest: 0.3, urgency: 0.8),
      ],
      relations: [Relation(from: "a", to: "b", kind: .dependsOn, weight: 1)])
    let before = StakeholderAnalysis(model: model)
    #expect(before.quadrants == [.manageClosely, .keepSatisfied])
    #expect(before.salience == [.dominant, .dangerous])
    let after = StakeholderAnalysis(
      model: model, scenarios: [Scenario(id: "b-out", steps: [ScenarioStep(.remove(actor: "b"))])])
    #expect(after.quadrants == [.keepInformed, .monitor])
    #expect(after.salience == [.discretionary, .demanding])
  }
}
