import Foundation
import PowerMap
import TestSupport
import Testing

/// `powermap diff`'s comparison, made from two simulation runs: the Veracruz story of a plan that
/// rested on the state executive (2016-2017) and a diversified one (2019-2020).
struct PlanComparisonTests {
  static func run(_ name: String, scenario: String?) throws -> SimulationRun {
    let path = PackageRoot.path("models/\(name).yaml")
    let model = try ModelLoader.load(contentsOf: path).model
    let scenarios = try scenario.map { try ScenarioResolver.resolve([$0], for: model, modelPath: path) } ?? []
    return Simulation(model: model).run(scenarios)
  }

  @Test func theChangeOfGovernmentBlocksEveryCommitmentOfTheOldPlanAndOneOfTheNew() throws {
    let comparison = PlanComparison(
      a: try Self.run("veracruz-2016-2017", scenario: "pan-to-morena"),
      b: try Self.run("veracruz-2019-2020", scenario: "pan-to-morena"))
    #expect(comparison.scenario?.id == "pan-to-morena")
    #expect(comparison.a.before.viable == 4 && comparison.a.before.atRisk == 1 && comparison.a.after?.blocked == 5)
    #expect(comparison.b.after?.blocked == 1 && comparison.b.after?.viable == 5)
    let budget = try #require(comparison.b.commitmentStatus.first { $0.id == "state-open-budget" })
    #expect(budget.before == .viable && budget.after == .blocked)
    #expect(comparison.a.largestSupporter == "state-executive" && comparison.b.largestSupporter == "ivai")
    #expect(comparison.actorsRemoved == ["omidyar-network", "secretaria-salud", "siop"])
  }

  @Test func withoutAScenarioThereIsNoAfter() throws {
    let comparison = PlanComparison(
      a: try Self.run("veracruz-2016-2017", scenario: nil), b: try Self.run("veracruz-2019-2020", scenario: nil))
    #expect(comparison.scenario == nil)
    #expect(comparison.a.after == nil && comparison.b.after == nil)
    #expect(comparison.a.commitmentStatus.allSatisfy { $0.after == nil && $0.viabilityAfter == nil })
    #expect(comparison.a.commitments == 5 && comparison.b.commitments == 6)
  }

  /// A model with four actors of equal standing, no relations, and `commitments` and `obstacles`.
  static func handMade(_ name: String, commitments: [Commitment], obstacles: [Obstacle] = []) -> Model {
    let actors = ["orfis", "state-executive", "municipalities", "citizens"].map {
      Actor(id: $0, name: $0, kind: .agency, level: .state, power: 0.5, interest: 0.5, stance: 0.5)
    }
    return Model(name: name, actors: actors, commitments: commitments, obstacles: obstacles)
  }

  /// A listing change as `field +added… −removed…`, to compare with values written by hand.
  static func text(_ change: ListingChange) -> String {
    ([change.field] + change.added.map { "+\($0)" } + change.removed.map { "−\($0)" }).joined(separator: " ")
  }

  /// A field change as `field a → b`.
  static func text(_ change: FieldChange) -> String { "\(change.field) \(change.a) → \(change.b)" }

  static func compare(_ a: Model, _ b: Model) -> PlanComparison {
    PlanComparison(a: Simulation(model: a).run([]), b: Simulation(model: b).run([]))
  }

  /// The case: the plans differ only in their needs lists, which the comparison used to
  /// miss ("Actors changed (0)"). A reordered list is no change.
  @Test func needsListingsAddedAndRemovedPerDimension() {
    let data = CommitmentNeeds(
      authority: ["state-executive"], acceptance: ["citizens"], ability: ["orfis", "state-executive"])
    let reanchored = CommitmentNeeds(
      authority: ["orfis"], acceptance: ["citizens", "municipalities"], ability: ["orfis", "state-executive"])
    let portal = CommitmentNeeds(authority: ["orfis"], acceptance: ["citizens", "municipalities"])
    let reordered = CommitmentNeeds(authority: ["orfis"], acceptance: ["municipalities", "citizens"])
    let a = Self.handMade(
      "A",
      commitments: [
        Commitment(id: "public-works-data", title: "Data", owner: "orfis", needs: data),
        Commitment(id: "portal", title: "Portal", owner: "orfis", needs: portal),
      ])
    let b = Self.handMade(
      "B",
      commitments: [
        Commitment(id: "public-works-data", title: "Data", owner: "orfis", needs: reanchored),
        Commitment(id: "portal", title: "Portal", owner: "orfis", needs: reordered),
      ])
    let comparison = Self.compare(a, b)
    #expect(comparison.actorsChanged.isEmpty && comparison.commitmentsAdded.isEmpty)
    #expect(comparison.commitmentsCompared.map(\.id) == ["public-works-data", "portal"])
    let changed = comparison.commitmentsCompared[0]
    #expect(changed.needs.map(Self.text) == ["authority +orfis −state-executive", "acceptance +municipalities"])
    #expect(changed.fields.isEmpty && changed.obstaclesChanged.isEmpty && changed.definitionChanged)
    #expect(changed.obstaclesAdded.isEmpty && changed.obstaclesRemoved.isEmpty)
    #expect(!comparison.commitmentsCompared[1].definitionChanged)
  }

  /// Per commitment: the obstacles that start or stop blocking it, and what changed in one that
  /// blocks it in both plans (severity, holders, mitigators, blocks).
  @Test func obstaclesAddedRemovedAndChangedPerCommitment() throws {
    let needs = CommitmentNeeds(authority: ["orfis"], acceptance: ["citizens"])
    let commitments = [
      Commitment(id: "public-works-data", title: "Data", owner: "orfis", needs: needs),
      Commitment(id: "portal", title: "Portal", owner: "orfis", needs: needs),
    ]
    let a = Self.handMade(
      "A", commitments: commitments,
      obstacles: [
        Obstacle(
          id: "unwillingness", kind: .political, title: "U", blocks: ["public-works-data"], severity: 0.4,
          holders: ["municipalities"], mitigators: ["orfis", "citizens"]),
        Obstacle(id: "data-quality", kind: .technical, title: "Q", blocks: ["public-works-data"], severity: 0.3),
      ])
    let b = Self.handMade(
      "B", commitments: commitments,
      obstacles: [
        Obstacle(
          id: "unwillingness", kind: .political, title: "U", blocks: ["public-works-data", "portal"], severity: 0.25,
          holders: ["municipalities", "state-executive"], mitigators: ["orfis"]),
        Obstacle(id: "data-quality", kind: .technical, title: "Q", blocks: ["portal"], severity: 0.3),
        Obstacle(id: "austerity", kind: .financial, title: "A", blocks: ["public-works-data"], severity: 0.1),
      ])
    let comparison = Self.compare(a, b)
    let data = comparison.commitmentsCompared[0]
    #expect(data.needs.isEmpty && data.fields.isEmpty)
    #expect(data.obstaclesAdded == ["austerity"] && data.obstaclesRemoved == ["data-quality"])
    let changed = try #require(data.obstaclesChanged.first)
    #expect(data.obstaclesChanged.count == 1 && changed.id == "unwillingness")
    #expect(changed.fields.map(Self.text) == ["severity 0.4 → 0.25"])
    #expect(changed.listings.map(Self.text) == ["holders +state-executive", "mitigators −citizens", "blocks +portal"])
    let portal = comparison.commitmentsCompared[1]
    #expect(portal.obstaclesAdded == ["unwillingness", "data-quality"] && portal.obstaclesRemoved.isEmpty)
    #expect(portal.obstaclesChanged.isEmpty)
  }

  /// Improvements are listed as well as worsenings. Under the fixture's scenario the executive,
  /// which owns two commitments of plan A, leaves (an owner's removal sets V to −1, rule 3 of the
  /// Rules article), while plan B re-anchored the shared budget commitment on the auditor; the
  /// hardliner, the only opponent in the hotline's acceptance, leaves too, which unblocks it.
  @Test func improvementsAndWorseningsUnderTheScenario() throws {
    func run(_ file: String) throws -> SimulationRun {
      let path = PackageRoot.path("Tests/EndToEndTests/Fixtures/diff/\(file)")
      let model = try ModelLoader.load(contentsOf: path).model
      return Simulation(model: model).run(
        try ScenarioResolver.resolve(["executive-leaves"], for: model, modelPath: path))
    }
    let comparison = PlanComparison(a: try run("plan-a.yaml"), b: try run("plan-b.yaml"))
    #expect(comparison.a.worsened == ["budget", "portal"] && comparison.a.improved == ["hotline"])
    #expect(comparison.b.worsened.isEmpty && comparison.b.improved == ["hotline"])
    #expect(comparison.commitmentsCompared.map(\.id) == ["open-data", "budget", "hotline"])
    #expect(comparison.betterInB == ["budget"] && comparison.worseInB.isEmpty)
    let budget = comparison.commitmentsCompared[1]
    #expect(budget.statusA == .blocked && budget.fields.map(Self.text) == ["owner executive → auditor"])
  }
}
