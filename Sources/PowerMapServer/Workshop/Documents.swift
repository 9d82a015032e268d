import Foundation
import PowerMap

/// The JSON documents of the analysis endpoints, each exactly what the command named beside it
/// prints with `--json` for the same model and scenarios (the same result types, encoded by
/// ``JSONOutput/document(_:)``).
enum Documents {
  /// Worker tasks for the sweep and Monte Carlo: one per core but one, so a long run leaves a
  /// thread for the edits and the analyses (the results are the same for any number of workers).
  static var jobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount - 1) }

  /// `powermap analyze MODEL --scenario … --json`, of the analysis of the model after them.
  static func analysis(_ analysis: StakeholderAnalysis) throws -> Data {
    Data(try JSONOutput.document(analysis.report).utf8)
  }

  /// `powermap simulate MODEL --scenario … --json`.
  static func simulation(_ model: Model, scenarios: [Scenario]) throws -> Data {
    Data(try JSONOutput.document(Simulation(model: model).run(scenarios).result).utf8)
  }

  /// `powermap simulate MODEL --scenario … --samples N --seed S --json`.
  static func monteCarlo(
    _ model: Model, scenarios: [Scenario], samples: Int, seed: UInt64, progress: @escaping @Sendable (Int) -> Void
  ) async throws -> Data {
    let simulation = Simulation(model: model)
    let sampled = try await simulation.monteCarlo(
      scenarios, samples: samples, seed: seed, jobs: jobs, progress: progress)
    return Data(try JSONOutput.document(simulation.run(scenarios).adding(sampled).result).utf8)
  }

  /// `powermap sweep MODEL --scenario … --json`.
  static func sweep(_ model: Model, scenarios: [Scenario]) async throws -> Data {
    let result = try await LossOfAllySweep.run(model: model, scenarios: scenarios, jobs: jobs)
    return Data(try JSONOutput.document(result).utf8)
  }

  /// `powermap advise MODEL --scenario … [--commitment ID] [--robust] --json`.
  static func advice(_ model: Model, scenarios: [Scenario], commitments: [String], robust: Bool) async throws -> Data {
    let search: AdviceSearch
    do {
      search = try AdviceSearch(
        model: model, scenarios: scenarios, targets: commitments.isEmpty ? nil : commitments, robust: robust)
    } catch {
      throw APIError.badRequest("commitment: \(error.description)")
    }
    return Data(try JSONOutput.document(try await search.result()).utf8)
  }
}
