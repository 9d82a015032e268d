import Foundation
import Testing

@testable import PowerMap

struct ModelLoaderTests {
  static let yaml = """
    schema: powermap/1
    name: Plan de acción — prueba
    language: es
    defaults: {stubbornness: 0.6, threshold: 0.25, uncertainty: 0.1}
    actors:
      - id: orfis
        name: Órgano de Fiscalización Superior
        short: ORFIS
        kind: autonomous
        level: state
        power: 0.7
        interest: 0.9
        stance: 0.8
        stubbornness: 0.8
        legitimacy: 0.9
        affiliation: null
        tags: [oversight, audit]
      - {id: no, name: no, kind: civil-society, level: community, power: .5, interest: 1, stance: -1, uncertainty: 0}
    relations:
      - {from: orfis, to: "no", kind: depends-on}
      - {from: "no", to: orfis, kind: conflict, weight: 0.25}
    commitments:
      - id: c1
        owner: orfis
        needs: {authority: [orfis], ability: ["no"]}
      - {id: c2, title: Second, owner: "no", needs: {authority: [orfis]}, threshold: 0.4}
    obstacles:
      - {id: o1, kind: technical, blocks: [c1, c2], severity: 0.3, holders: ["no"]}
    scenarios:
      - id: s1
        title: Everything at once
        steps:
          - remove: "no"
          - set: {actor: orfis, power: 0.2, affiliation: MORENA}
          - shift: {actor: orfis, stance: -0.5}
            probability: 0.5
          - transition: {affiliation: PAN, kinds: [executive, agency], to: MORENA, stance: -0.2}
          - cut: {from: orfis, to: "no"}
          - link: {from: orfis, to: "no", kind: funding, weight: 0.9}
          - add: {id: new, name: New, kind: media, level: state, power: 0.1, interest: 0.2, stance: 0}
          - shift: {actor: new, stance: 0.5}
    """

  func load(_ text: String, file: String = "test.yaml") throws -> ModelLoader.LoadedModel {
    try ModelLoader.load(bytes: Array(text.utf8), file: file)
  }

  @Test func loadsEveryFieldAndAppliesDefaults() throws {
    let model = try load(Self.yaml).model
    #expect(model.name == "Plan de acción — prueba")
    #expect(model.defaults == ModelDefaults(stubbornness: 0.6, threshold: 0.25, uncertainty: 0.1))
    let orfis = model.actors[0]
    #expect(orfis.name == "Órgano de Fiscalización Superior")
    #expect(orfis.short == "ORFIS")
    #expect(orfis.kind == .autonomous && orfis.level == .state)
    #expect(orfis.stubbornness == 0.8)
    #expect(orfis.uncertainty == 0.1)  // from defaults
    #expect(orfis.legitimacy == 0.9 && orfis.urgency == nil && orfis.affiliation == nil)
    #expect(orfis.tags == ["oversight", "audit"])
    // The YAML plain scalar `no` stays the text "no"; `.5` is a number.
    let other = model.actors[1]
    #expect(other.id == "no" && other.name == "no" && other.short == "no")
    #expect(other.power == 0.5 && other.stance == -1 && other.stubbornness == 0.6 && other.uncertainty == 0)
    #expect(
      model.relations == [
        Relation(from: "orfis", to: "no", kind: .dependsOn, weight: 0.5),
        Relation(from: "no", to: "orfis", kind: .conflict, weight: 0.25),
      ])
    #expect(model.commitments[0].title == "c1")
    #expect(model.commitments[0].threshold == 0.25)
    #expect(model.commitments[1].threshold == 0.4)
    #expect(model.commitments[0].needs == CommitmentNeeds(authority: ["orfis"], ability: ["no"]))
    #expect(model.obstacles[0].mitigators.isEmpty && model.obstacles[0].title == "o1")
  }

  @Test func decodesEveryScenarioStepKind() throws {
    let steps = try #require(try load(Self.yaml).model.scenarios.first).steps
    #expect(steps.map(\.action.kindName) == ["remove", "set", "shift", "transition", "cut", "link", "add", "shift"])
    #expect(steps[0].action == .remove(actor: "no"))
    #expect(steps[1].action == .set(ActorUpdate(actor: "orfis", power: 0.2, affiliation: "MORENA")))
    #expect(steps[2] == ScenarioStep(.shift(ActorShift(actor: "orfis", stance: -0.5)), probability: 0.5))
    #expect(
      steps[3].action
        == .transition(Transition(affiliation: "PAN", kinds: [.executive, .agency], to: "MORENA", stance: -0.2)))
    #expect(steps[4].action == .cut(from: "orfis", to: "no", kind: nil))
    #expect(steps[5].action == .link(Relation(from: "orfis", to: "no", kind: .funding, weight: 0.9)))
    guard case .add(let actor) = steps[6].action else {
      Issue.record("step 6 is not add")
      return
    }
    #expect(actor.id == "new" && actor.stubbornness == 0.6)
  }

  @Test func jsonAndYAMLOfTheSameModelLoadEqual() throws {
    let model = try load(Self.yaml).model
    let json = try ModelWriter.json(model)
    let fromJSON = try load(json, file: "same.json").model
    #expect(fromJSON == model)
    let fromYAML = try load(ModelWriter.yaml(model)).model
    #expect(fromYAML == model)
  }

  @Test func reportsEveryProblemAtOnce() throws {
    let text = """
      schema: powermap/1
      name: x
      actors:
        - {id: a, name: A, kind: agency, level: state, power: 2, interest: 0.5, stance: 0}
        - {id: b, name: B, kind: agncy, level: state, power: 0.5, interest: 0.5, stance: 0}
      relations:
        - {from: a, to: c, kind: influence}
      """
    #expect {
      try load(text)
    } throws: { error in
      guard let error = error as? DiagnosticsError else { return false }
      let lines = error.errors.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.path)" }
      return lines == ["4:57 actors[0].power", "5:28 actors[1].kind", "7:19 relations[0].to"]
    }
  }

  /// Positions name known commitments (did-you-mean), in [−1, 1]; position steps name a known
  /// commitment, need a stance and change nothing else.
  @Test func positionsAndPositionStepsAreValidated() throws {
    let text = """
      schema: powermap/1
      name: x
      actors:
        - {id: a, name: A, kind: agency, level: state, power: 1, interest: 1, stance: 0, positions: {portl: 0.5, portal: 2}}
      commitments:
        - {id: portal, owner: a, needs: {authority: [a]}}
      scenarios:
        - id: s
          steps:
            - set: {actor: a, commitment: portal, stance: 0.3}
            - shift: {actor: a, commitment: portal, power: 0.1}
            - set: {actor: a, commitment: budget, stance: 0.1}
      """
    #expect {
      try load(text)
    } throws: { error in
      guard let error = error as? DiagnosticsError else { return false }
      let lines = error.errors.map { "\($0.line ?? 0) \($0.path): \($0.message) | \($0.hint ?? "")" }
      return lines == [
        "4 actors[0].positions.portl: unknown commitment 'portl' | did you mean 'portal'?",
        "4 actors[0].positions.portal: 2 is out of range | allowed: [-1, 1]",
        "11 scenarios[0].steps[1].shift: a step with 'commitment' needs 'stance' | "
          + "give the position on 'portal' (set) or the amount to move it by (shift)",
        "11 scenarios[0].steps[1].shift.power: a step with 'commitment' changes only a position, not 'power' | "
          + "write 'power' in a step of its own, without 'commitment'",
        "12 scenarios[0].steps[2].set.commitment: unknown commitment 'budget' | "
          + "positions and steps name commitments declared under commitments",
      ]
    }
    let valid = try load(
      text.replacingOccurrences(of: "portl: 0.5, portal: 2", with: "portal: -0.5")
        .replacingOccurrences(of: "      - shift: {actor: a, commitment: portal, power: 0.1}\n", with: "")
        .replacingOccurrences(of: "budget", with: "portal"))
    #expect(valid.model.actors[0].positions == ["portal": -0.5])
    #expect(
      valid.model.scenarios[0].steps[0].action == .set(ActorUpdate(actor: "a", stance: 0.3, commitment: "portal")))
  }

  @Test func warnsAboutIsolatedActorsUselessObstaclesAndAbsentOwners() throws {
    let text = """
      name: x
      actors:
        - {id: a, name: A, kind: agency, level: state, power: 0.5, interest: 0.5, stance: 0}
        - {id: b, name: B, kind: agency, level: state, power: 0.5, interest: 0.5, stance: 0}
        - {id: lonely, name: L, kind: agency, level: state, power: 0.5, interest: 0.5, stance: 0}
      relations:
        - {from: a, to: b, kind: influence}
      commitments:
        - {id: c, owner: a, needs: {authority: [b]}}
      obstacles:
        - {id: o, kind: legal, blocks: [], severity: 0.5}
      """
    let warnings = try load(text).warnings
    #expect(warnings.allSatisfy { $0.severity == .warning })
    #expect(
      warnings.map(\.message) == [
        "no 'schema' key",
        "the actor 'lonely' has no relations",
        "the owner 'a' appears in none of the commitment's needs",
        "the obstacle blocks no commitment",
      ])
  }

  @Test func scenarioFileIsCheckedAgainstTheModel() throws {
    let model = try load(Self.yaml).model
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-\(UUID().uuidString).yaml")
    try Data("id: s\nsteps:\n  - remove: orfiss\n".utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect {
      try ModelLoader.loadScenario(contentsOf: url.path, against: model, displayName: "s.yaml")
    } throws: { error in
      (error as? DiagnosticsError)?.diagnostics.first?.description
        == "s.yaml:3:13: error: steps[0].remove: unknown actor 'orfiss' (hint: did you mean 'orfis'?)"
    }
    // Without a model only the structure is checked.
    let scenario = try ModelLoader.loadScenario(contentsOf: url.path, against: nil)
    #expect(scenario.steps == [ScenarioStep(.remove(actor: "orfiss"))])
  }

  @Test func transitionNeedsASelectionAndNotBothStanceAndShift() {
    let text = Self.yaml.replacingOccurrences(
      of: "transition: {affiliation: PAN, kinds: [executive, agency], to: MORENA, stance: -0.2}",
      with: "transition: {to: MORENA, stance: -0.2, shift: 0.1}")
    #expect {
      try load(text)
    } throws: { error in
      let messages = (error as? DiagnosticsError)?.errors.map(\.message) ?? []
      return messages == ["a transition sets 'stance' or shifts it by 'shift', not both"]
    }
  }

  @Test func modelFileIsNotTakenForAScenario() {
    #expect {
      try load("id: s\nsteps: []\n")
    } throws: { error in
      (error as? DiagnosticsError)?.errors.first?.message == "this is a scenario file, not a model"
    }
  }

  @Test func didYouMeanFindsTranspositionsAndNothingFarAway() {
    #expect(DidYouMean.suggestion(for: "ivia", among: ["ivai", "orfis"]) == "ivai")
    #expect(DidYouMean.suggestion(for: "orfiss", among: ["ivai", "orfis"]) == "orfis")
    #expect(DidYouMean.suggestion(for: "municipios", among: ["ivai", "orfis"]) == nil)
  }
}
