import Foundation
import PowerMap
import Testing

/// The library as a script sees it: `import PowerMap` without `@testable`, in a target without
/// package access (see Package.swift), so only the public API compiles here.
struct ScriptTests {
  /// The repository's root, two folders above this file.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

  /// The script of the documentation: load a model, apply a scenario, list what becomes blocked.
  static func blockedAfter(_ scenario: String) throws -> [String] {
    let model = try Model(contentsOf: path("models/veracruz-2019-2020.yaml"))
    let run = try model.simulate([scenario])
    var lines: [String] = []
    for change in run.changes(to: .blocked) {
      let title = model.commitment(withID: change.commitment)?.title ?? change.commitment
      lines.append("\(change.commitment): \(title) (V \(change.viabilityBefore) → \(change.viabilityAfter))")
    }
    return lines
  }

  @Test func scriptListsWhatBecomesBlocked() throws {
    let lines = try Self.blockedAfter("pan-to-morena")
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("state-open-budget: ") == true)
  }

  @Test func resultsAreKeyedByID() throws {
    let model = try Model(contentsOf: Self.path("models/veracruz-2019-2020.yaml"))
    #expect(model.scenarios.map(\.id) == ["ivai-board-change", "lose-orfis", "pan-to-morena"])
    let run = try model.simulate([Self.path("models/scenarios/pan-to-morena.yaml")])
    #expect(try model.simulate(["pan-to-morena"]).changes == run.changes)
    #expect(run.changes.count == model.commitments.count)
    let change = try #require(run.change(forCommitment: "state-open-budget"))
    #expect(change.from != .blocked && change.to == .blocked)
    #expect(run.change(forCommitment: "no-such-commitment") == nil)
    #expect(run.effectiveStance.count == model.actors.count)
  }

  @Test func oneErrorStyleAtTheBoundary() throws {
    #expect(throws: PowerMapError.self) { try Model(contentsOf: Self.path("models/no-such-model.yaml")) }
    let model = try Model(contentsOf: Self.path("models/veracruz-2019-2020.yaml"))
    do {
      _ = try model.simulate(["no-such-scenario"])
      Issue.record("an unknown scenario was accepted")
    } catch {
      #expect(error.kind == .unknownScenario)
    }
    let unknownActor = Scenario(id: "x", steps: [ScenarioStep(.remove(actor: "nobody"))])
    do {
      _ = try model.simulate([unknownActor])
      Issue.record("an unknown actor was accepted")
    } catch {
      #expect(error.kind == .invalidArgument)
      #expect(error.diagnostics.first?.message == "unknown actor 'nobody'")
    }
  }

  @Test func lossOfAllyRanksTheWorstFirst() async throws {
    let model = try Model(contentsOf: Self.path("models/veracruz-2019-2020.yaml"))
    let rows = try await model.lossOfAlly(jobs: 2)
    #expect(rows.count == model.actors.count)
    let worst = try #require(rows.first)
    #expect(rows.allSatisfy { $0.statusChanges <= worst.statusChanges })
  }
}
