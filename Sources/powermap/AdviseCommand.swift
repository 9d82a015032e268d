import ArgumentParser
import Foundation
import PowerMap

struct AdviseCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "advise",
    abstract: "What would it take: whom to engage, by how much, and whom to recruit, for each commitment at risk.",
    discussion: """
      On the state after --scenario (none: the model as it is), for each target commitment (default: those not \
      viable; --commitment ID to choose): the smallest stance shift on the grid +0.01 … +2.00 of each present \
      actor that makes it viable, on that commitment only (its position) or overall (its general stance and \
      every position, with the other commitments whose status it changes), and the actors whose addition to \
      one of its needs makes it viable. With --robust, "viable" means viable and still viable after the loss \
      of any one present actor other than the owner; targets default to the commitments that are not. The \
      search tries every grid value in order, so the shift reported is the smallest that works.
      """
  )

  @Argument(help: "A model file (YAML or JSON).")
  var model: String

  @OptionGroup var scenarioOptions: ScenarioOptions<ComposedScenarios>

  @Option(help: "A commitment to advise on (repeatable; default: every commitment that does not meet the aim).")
  var commitment: [String] = []

  @Flag(help: "Aim for commitments that stay viable after the loss of any one ally.")
  var robust = false

  @Option(help: "Rows shown per list in the terminal.")
  var top = 3

  @OptionGroup var output: OutputFormatOptions<Self>

  func validate() throws {
    try output.check()
    if top < 1 { throw ValidationError("--top must be at least 1") }
  }

  func run() async throws {
    let loaded = try ModelLoader.load(contentsOf: model)
    Terminal.printDiagnostics(loaded.warnings)
    let scenarios = try scenarioOptions.resolve(for: loaded.model, modelPath: model)
    let search: AdviceSearch
    do {
      search = try AdviceSearch(
        model: loaded.model, scenarios: scenarios, targets: commitment.isEmpty ? nil : commitment, robust: robust)
    } catch {
      throw CommandFailure.badInput("--commitment: \(error.description)")
    }
    let result = try await InterruptibleWork.run(total: search.workCount, label: "Advice") { progress in
      try await search.result(progress: progress)
    }
    try output.write(
      result, csv: { AdviceText.csv(result) }, text: { AdviceText.report(result, model: loaded.model, top: top) })
  }
}

/// The help lines of the shared option groups, worded for `advise`.
extension AdviseCommand: OutputFormatHelp {
  static let csv = "Print one row per engagement and recruitment as CSV."
}
