import ArgumentParser
import Foundation
import PowerMap
import PowerMapGraphviz
import PowerMapReport

struct ReportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write a report for a workshop: one self-contained HTML page, Markdown with its maps, and the data.",
    discussion: """
      Writes OUT/index.html (one file: maps as inline SVG, no script, no external resource; prints cleanly on \
      A4), OUT/report.md with its maps as SVG files beside it, and OUT/data/ (the CSV and JSON of every table, \
      and the JSON documents of analyze, simulate, sweep and mactor). Contents: a one-screen summary, the power \
      map, the power–interest grid, the actors, the commitments and obstacles, each scenario on its own (before \
      and after, drivers, map), Monte Carlo with --samples, the loss-of-ally ranking, MACTOR and the methods. \
      Each --scenario is reported separately (not composed); without --scenario, the scenarios written in the \
      model are used. The report is written to a staging folder and moved into place when complete, so a \
      failed report leaves OUT as it was; existing files of the same names are replaced, and files an earlier \
      report wrote that this one does not are removed only while unchanged (SHA-256 in OUT/.powermap-report).
      """
  )

  @Argument(help: "A model file (YAML or JSON).")
  var model: String

  @OptionGroup var scenarioOptions: ScenarioOptions<ReportedScenarios>

  @OptionGroup var monteCarlo: MonteCarloOptions<Self>

  @OptionGroup var jobs: JobsOptions<Self>

  @Option(
    help: "The language of the report's own words: es or en (default: the model's `language` when es or en, else en).")
  var lang: MapLanguage?

  @Option(help: "The date printed on the report and its maps (default: today, yyyy-MM-dd; 'none' prints no date).")
  var date: String?

  @Option(help: "How the maps' pages are turned: portrait, landscape or auto (\(PageOrientation.autoRule)).")
  var orientation: PageOrientation = .auto

  @Option(help: "Rows of the loss-of-ally ranking shown (data/allies.csv keeps all).")
  var allyRows = 15

  @Flag(
    help: """
      Also draw the complete maps of a big model (above \(MapOptions.overviewThreshold) actors the page shows \
      overviews): written as map-*-full.svg beside index.html and linked from it, never inlined.
      """)
  var full = false

  @Flag(
    help: """
      Write the "What would it take" section in its robust form: for each commitment that is not viable \
      after the loss of any one ally (the owner aside), what makes it survive any one loss.
      """)
  var robust = false

  @Option(help: "The folder to write (created when missing).")
  var out: String

  func validate() throws {
    try monteCarlo.check()
    try jobs.check()
    if allyRows < 1 { throw ValidationError("--ally-rows must be at least 1") }
    if out.isEmpty { throw ValidationError("--out needs a folder") }
  }

  func run() async throws {
    let loaded = try ModelLoader.load(contentsOf: model)
    Terminal.printDiagnostics(loaded.warnings)
    let model = loaded.model
    let (samples, seed) = (monteCarlo.samples, monteCarlo.seed)
    let scenarios = try reportedScenarios(for: model)
    if samples > 0 && scenarios.isEmpty {
      Terminal.printNote("--samples has no effect without a scenario")
    }
    let options = ReportOptions(
      language: lang ?? MapLanguage(languageTag: model.language) ?? .en,
      samples: samples, seed: seed,
      jobs: jobs.count, date: RenderCommand.printedDate(date), orientation: orientation,
      allyRows: allyRows, full: full, robust: robust)
    let total = ReportContent.progressTotal(scenarios: scenarios.count, options: options)
    let content = try await InterruptibleWork.run(total: total, label: "Report") { progress in
      try await ReportContent.build(model: model, scenarios: scenarios, options: options, progress: progress)
    }
    let files = try ReportFiles(content)
    // Writing takes well under a second; Ctrl-C waits for it, so no staging folder is left behind.
    signal(SIGINT, SIG_IGN)
    defer { signal(SIGINT, SIG_DFL) }
    do {
      try files.write(
        to: out, inputs: [self.model] + scenarioOptions.scenarios.filter { FileManager.default.fileExists(atPath: $0) })
    } catch {
      guard let input = error.overwrittenInput else { throw error }
      throw CommandFailure.badInput("refusing to write over the input file \(input); choose another --out folder")
    }
    Terminal.message(
      "wrote \(out)/index.html, \(out)/report.md and \(files.files.count - 2) more files "
        + "(\(content.scenarios.count) scenario\(content.scenarios.count == 1 ? "" : "s")"
        + (samples > 0 && !scenarios.isEmpty ? ", \(samples) Monte Carlo samples each" : "") + ")")
  }
}

/// The help lines of the shared option groups, worded for `report`.
extension ReportCommand: JobsHelp, SamplesHelp {
  static let samples = "Monte Carlo samples per scenario (0: no Monte Carlo section; at most 10,000,000)."
  static let jobs = "Worker tasks for Monte Carlo and the sweep (default: the number of cores)."
}

extension ReportCommand {
  /// The scenarios to report: each --scenario once, in order (an unknown one is bad input, worded by
  /// ``CommandFailure/init(library:)``), or without --scenario the model's own, with a note when it has none.
  fileprivate func reportedScenarios(for model: Model) throws -> [Scenario] {
    guard !scenarioOptions.scenarios.isEmpty else {
      if model.scenarios.isEmpty {
        let available = ScenarioResolver.folderScenarios(besideModel: self.model)
        Terminal.printNote(
          "the model has no scenarios of its own, so the report has none"
            + (available.isEmpty
              ? "; add --scenario FILE"
              : "; add --scenario NAME for those in its scenarios/ folder: " + available.joined(separator: ", ")))
      }
      return model.scenarios
    }
    var scenarios: [Scenario] = []
    for reference in scenarioOptions.scenarios {
      for candidate in try ScenarioResolver.resolve([reference], for: model, modelPath: self.model) {
        if scenarios.contains(candidate) {
          Terminal.printNote("--scenario \(reference) is given twice; it is reported once")
        } else {
          scenarios.append(candidate)
        }
      }
    }
    return scenarios
  }
}

/// Scenarios reported one by one (`report`), not composed.
enum ReportedScenarios: ScenarioHelp {
  static let scenario =
    "A scenario to report: the id of one in the model, a scenario file, or the name of a file in the model's "
    + "scenarios/ folder. Repeat for several; each is reported on its own."
}
