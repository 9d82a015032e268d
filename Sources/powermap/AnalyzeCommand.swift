import ArgumentParser
import Foundation
import PowerMap

struct AnalyzeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyze",
    abstract: "Analyse a model: effective power and stance, commitment viability, concentration, network measures.",
    discussion: """
      Prints actors sorted by effective power, commitments with their status and weakest dimension, and the plan \
      summary. --json prints the full result (keys listed in the docs); --csv prints one table (--table actors or \
      commitments). Betweenness is exact up to 20,000 actors and a seeded sampled estimate above, unless \
      --exact-betweenness. --fail-if metrics: viable, atRisk, blocked, meanViability, totalViability, \
      concentration, fragmentation, viability(COMMITMENT), commitmentConcentration(COMMITMENT), \
      effectivePower(ACTOR), effectiveStance(ACTOR).
      """
  )

  @Argument(help: "A model file (YAML or JSON).")
  var model: String

  @OptionGroup var scenarioOptions: ScenarioOptions<ComposedScenarios>

  @OptionGroup var failIf: FailIfOptions

  @OptionGroup var output: OutputFormatOptions<Self>

  @Option(help: "The table --csv prints: actors or commitments.")
  var table: CSVTableChoice = .actors

  @Flag(help: "Compute exact betweenness even above 20,000 actors (O(V·E)).")
  var exactBetweenness = false

  @Option(
    help: ArgumentHelp(
      "Above 20,000 actors, the additive error bound ε of the sampled betweenness (with probability 0.9); "
        + "smaller is slower: the pivot count grows as 1/ε²."))
  var betweennessEpsilon = 0.2

  @Option(help: "The actor to compute dominators from (default: the state executive, when there is one).")
  var root: String?

  @Option(help: "How many actors the terminal report lists (all with 0).")
  var top = 25

  enum CSVTableChoice: String, ExpressibleByArgument, CaseIterable {
    case actors, commitments
  }

  func validate() throws {
    try output.check()
    if top < 0 { throw ValidationError("--top must be 0 or more") }
    if !(betweennessEpsilon > 0 && betweennessEpsilon <= 1) {
      throw ValidationError("--betweenness-epsilon must be in (0, 1]")
    }
  }

  func run() throws {
    _ = try failIf.conditions()
    try failIf.requireSamples(0)
    let loaded = try ModelLoader.load(contentsOf: model)
    Terminal.printDiagnostics(loaded.warnings)
    let model = loaded.model
    let scenarios = try scenarioOptions.resolve(for: model, modelPath: self.model)
    if let root, !model.actors.contains(where: { $0.id == root }) {
      throw CommandFailure.badInput(
        "--root: unknown actor '\(root)'"
          + (DidYouMean.hint(for: root, among: model.actors.map(\.id)).map { " (hint: \($0))" } ?? ""))
    }
    let options = AnalysisOptions(
      network: NetworkOptions(
        exactBetweenness: exactBetweenness, betweennessEpsilon: betweennessEpsilon, dominatorRoot: root))
    let analysis = StakeholderAnalysis(model: model, scenarios: scenarios, options: options)
    try output.write(
      analysis.report,
      csv: { table == .actors ? AnalysisText.actorsCSV(analysis) : AnalysisText.commitmentsCSV(analysis) },
      text: { AnalysisText.report(analysis, top: top) })
    try failIf.enforce(MetricTable(analysis.report))
  }
}

/// The help lines of the shared option groups, worded for `analyze`.
extension AnalyzeCommand: OutputFormatHelp {
  static let csv = "Print one table as CSV (see --table)."
}
