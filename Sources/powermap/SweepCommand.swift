import ArgumentParser
import Foundation
import PowerMap
import PowerMapReport

struct SweepCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sweep",
    abstract: "The allies the plan cannot afford to lose: remove each actor (or pair) and rank the damage.",
    discussion: """
      Each present actor is removed on top of the chosen scenarios (each unordered pair with --pairs); rows are \
      ranked by the number of commitments whose status gets worse, then by the change in total viability, then \
      by id. Beside each row: the commitments that fail, the actors weakened through dependencies, whether the \
      actor is a cut point of the influence network, whom it dominates from --root (default: the state \
      executive) and the network's fragmentation after the removal. --fail-if metrics: worstStatusChanges, \
      worstDeltaViability, statusChanges(ACTOR), deltaViability(ACTOR) (single removals). --pairs --rank synergy \
      ranks pairs by the damage beyond their two single losses: status changes minus the union of the singles' \
      failed commitments, then ΔΣV minus the sum of the singles' ΔΣV. With --top only the rows kept get the \
      structural context (the same rows as without --top).
      """
  )

  @Argument(help: "A model file (YAML or JSON).")
  var model: String

  @OptionGroup var scenarioOptions: ScenarioOptions<ComposedScenarios>

  @Flag(help: "Remove every pair of actors instead of every actor.")
  var pairs = false

  @Option(help: "Show the K most harmful rows (all when omitted).")
  var top: Int?

  @Option(help: "Rank rows by harm (default) or, with --pairs, by synergy: the damage beyond the two single losses.")
  var rank: SweepRank = .harm

  @Option(help: "The root actor for dominators (default: the first executive).")
  var root: String?

  @OptionGroup var jobs: JobsOptions<Self>

  @Option(help: .hidden)
  var estimateThreshold: Double = 60

  @OptionGroup var output: OutputFormatOptions<Self>

  @OptionGroup var failIf: FailIfOptions

  func validate() throws {
    try output.check()
    if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    if rank == .synergy && !pairs { throw ValidationError("--rank synergy needs --pairs") }
    try jobs.check()
    if !(estimateThreshold >= 0) { throw ValidationError("--estimate-threshold must be 0 or more seconds") }
  }

  /// The note before a sweep expected to take longer than --estimate-threshold seconds (a minute).
  static func estimateNote(_ estimate: SweepEstimate, pairs: Bool) -> String {
    let count = grouped(estimate.removals)
    let removals =
      estimate.atMost.map {
        "\(count) pairs; a bound leaves out those that cannot rank among the first rows (the same rows), at most "
          + "\(grouped($0)) to remove"
      } ?? "\(count) \(pairs ? "pairs" : "actors") to remove"
    // With the bound the count is a ceiling: the K-th key improves as pairs are evaluated, and the
    // sweep usually stops long before it (2,000 actors by synergy: 8 min said, 20 s taken).
    let about = estimate.atMost == nil ? "about" : "at most about"
    return "\(removals), \(about) \(duration(estimate.seconds)) with "
      + "\(estimate.workers) worker\(estimate.workers == 1 ? "" : "s") (timed on the first \(estimate.probed)); "
      + "Ctrl-C stops it"
  }

  /// `value` with thousands separated by commas.
  static func grouped(_ value: Int) -> String {
    String(value).reversed().enumerated().reduce(into: "") { text, digit in
      if digit.offset > 0 && digit.offset % 3 == 0 { text.insert(",", at: text.startIndex) }
      text.insert(digit.element, at: text.startIndex)
    }
  }

  /// `seconds` rounded in the largest fitting unit: s, min, h, days or years.
  static func duration(_ seconds: Double) -> String {
    let units: [(String, Double)] = [("years", 365 * 86_400), ("days", 86_400), ("h", 3_600), ("min", 60)]
    for (name, size) in units where seconds >= 2 * size || (name == "min" && seconds >= size) {
      return "\(Int((seconds / size).rounded())) \(name)"
    }
    return "\(Int(seconds.rounded(.up))) s"
  }

  func run() async throws {
    _ = try failIf.conditions()
    let loaded = try ModelLoader.load(contentsOf: model)
    Terminal.printDiagnostics(loaded.warnings)
    let scenarios = try scenarioOptions.resolve(for: loaded.model, modelPath: model)
    if let root, !loaded.model.actors.contains(where: { $0.id == root }) {
      throw CommandFailure.badInput(
        "--root: unknown actor '\(root)'"
          + (DidYouMean.hint(for: root, among: loaded.model.actors.map(\.id)).map { " (hint: \($0))" } ?? ""))
    }
    let total = LossOfAllySweep.removalCount(model: loaded.model, scenarios: scenarios, pairs: pairs)
    let jobs = self.jobs.count
    let (model, pairs, top, root, rank) = (loaded.model, self.pairs, self.top, self.root, self.rank)
    let estimate = SweepEstimate.Request(threshold: estimateThreshold) { estimate in
      Terminal.printNote(Self.estimateNote(estimate, pairs: pairs))
    }
    let result = try await InterruptibleWork.run(total: total, label: "Sweep") { progress in
      try await LossOfAllySweep.run(
        model: model, scenarios: scenarios, pairs: pairs, top: top, root: root, rank: rank, jobs: jobs,
        estimate: estimate,
        progress: progress)
    }
    try output.write(result, csv: { SweepText.csv(result) }, text: { SweepText.report(result, model: loaded.model) })
    try failIf.enforce(MetricTable(result))
  }
}

/// The help lines of the shared option groups, worded for `sweep`.
extension SweepCommand: OutputFormatHelp, JobsHelp {
  static let csv = "Print the ranking as CSV."
  static let jobs = "Worker tasks (default: the number of cores)."
}

/// The terminal and CSV renderings of a sweep.
enum SweepText {
  /// The terminal report: the ranking with the columns of the report's table (``TableBuilder/allies(_:)``).
  static func report(_ result: SweepResult, model: Model) -> String {
    let names = Dictionary(model.actors.map { ($0.id, $0.short) }, uniquingKeysWith: { first, _ in first })
    var out = "Loss of an ally: \(model.name)\n"
    if let scenario = result.scenario { out += "On top of: \(scenario.title) [\(scenario.id)]\n" }
    out += "\(result.evaluated) \(result.pairs ? "pairs" : "actors") removed one at a time"
    out += " · fragmentation before \(Format.fixed(result.fragmentationBefore))"
    out += result.dominatorRoot.map { " · dominators from \($0)" } ?? ""
    out += "\n\n"
    let tables = TableBuilder(strings: ReportStrings(.en), shortName: { names[$0] ?? $0 })
    out += TextTable.render(tables.allies(result), strings: tables.strings)
    return out
  }

  /// The ranking as CSV: the report's `data/allies.csv` (``TableBuilder/allies(_:)``).
  static func csv(_ result: SweepResult) -> String {
    TableData.csv(TableBuilder(strings: ReportStrings(.en), shortName: { $0 }).allies(result))
  }
}

extension MetricTable {
  /// sweep: the worst row, and each single removal by actor id.
  init(_ result: SweepResult) {
    plain["worstStatusChanges"] = Double(result.allies.map(\.statusChanges).max() ?? 0)
    plain["worstDeltaViability"] = result.allies.map(\.deltaViability).min() ?? 0
    let singles = result.allies.filter { $0.ids.count == 1 }
    perID["statusChanges"] = Dictionary(
      singles.map { ($0.ids[0], Double($0.statusChanges)) }, uniquingKeysWith: { a, _ in a })
    perID["deltaViability"] = Dictionary(
      singles.map { ($0.ids[0], $0.deltaViability) }, uniquingKeysWith: { a, _ in a })
  }
}
