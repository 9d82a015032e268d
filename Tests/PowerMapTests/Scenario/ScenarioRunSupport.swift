import Foundation
import TestSupport
import Testing

@testable import PowerMap

/// Shared fixtures of the Monte Carlo and sweep tests.
enum ScenarioRunSupport {
  /// The 2019-2020 Veracruz model with the shipped `ivai-board-change` and `pan-to-morena`
  /// scenarios (steps with probabilities 0.5–1).
  static func veracruz() throws -> (model: Model, scenarios: [Scenario]) {
    let model = try ShippedModels.model("veracruz-2019-2020.yaml")
    let scenarios = try ["ivai-board-change", "pan-to-morena"].map { try ShippedModels.scenario($0, for: model) }
    return (model, scenarios)
  }

  /// Sorted-key JSON of `value`, as the CLI prints it.
  static func json<Value: Encodable>(_ value: Value) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  /// The viabilities of sample `sample` computed the slow, obvious way: the sample's draws set on a
  /// fresh ``ModelState``, the steps that happen applied with `ModelState.apply`, then
  /// ``PlanEvaluation``.
  static func referenceViabilities(
    model: Model, scenarios: [Scenario], sampler: MonteCarloSampler, sample: Int
  ) -> [Double] {
    var sheet = IssueSheet(
      actorCount: model.actors.count, issues: sampler.issues, commitmentIDs: model.commitments.map(\.id))
    var included = [Bool](repeating: false, count: sampler.steps.count)
    sampler.draw(sample: sample, sheet: &sheet, included: &included)
    var state = ModelState(model: model)
    for index in model.actors.indices {
      state.actors[index].actor.stance = sheet.general[index]
      for (slot, id) in sheet.issueIDs.enumerated() where sheet.declared[slot][index] {
        state.actors[index].actor.positions[id] = sheet.positions[slot][index]
      }
    }
    var firstStep: [Int] = []
    var count = 0
    for scenario in scenarios {
      firstStep.append(count)
      count += scenario.steps.count
    }
    state.apply(scenarios) { scenario, step in included[firstStep[scenario] + step] }
    return PlanEvaluation(model: model, state: state).commitments
      .map(\.viability)
  }

  /// The fast path's viabilities of sample `sample`.
  static func fastViabilities(worker: inout MonteCarloWorker, sample: Int) -> [Double] {
    var viabilities = [Double](repeating: .nan, count: worker.sampler.commitmentCount)
    worker.evaluate(sample: sample, into: &viabilities, offset: 0)
    return viabilities
  }
}

/// A counter that `@Sendable` callbacks can bump from any task.
final class ProgressLog: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [Int] = []

  func record(_ value: Int) {
    lock.lock()
    values.append(value)
    lock.unlock()
  }

  var reports: [Int] {
    lock.lock()
    defer { lock.unlock() }
    return values
  }
}
