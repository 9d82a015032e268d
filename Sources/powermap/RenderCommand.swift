import ArgumentParser
import Foundation
import PowerMap
import PowerMapGraphviz

struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Draw a map of a model (power, grid, commitments, scenario) as SVG, PNG, PDF or DOT.",
    discussion: """
      Maps are drawn in-process through Graphviz and fitted to the paper (--page), turned by --orientation \
      (\(PageOrientation.autoRule)), with a title, a legend (--legend) and a 12.7 mm margin: the PDF prints on that paper as it is; the PNG has the paper's \
      proportions at --dpi. The layout engine is chosen by the map and its size (actors in bands by level, ordered \
      by neato, up to 300 actors; sfdp above with --full; dot for the commitments map) unless --layout says otherwise; the grid's positions are \
      its data, so it ignores --layout. --format dot writes the composed graph with every position fixed: \
      `powermap render map.dot -o map.pdf` (or `dot -Tpdf map.dot`) redraws it, also after editing. A .dot or .gv \
      input is rendered as it is. Graphviz failures exit with status 3.
      """
  )

  @Argument(help: "A model file (YAML or JSON), or a Graphviz file (.dot, .gv) to render as it is.")
  var model: String

  @Option(
    help: """
      The map: power, grid, commitments (every commitment, for A3 and larger), commitment (one, for A4; needs \
      --commitment) or scenario (before/after; needs --scenario).
      """)
  var map: MapKind = .power

  @Option(help: ArgumentHelp("The commitment drawn by --map commitment.", valueName: "ID"))
  var commitment: String?

  @OptionGroup var scenarioOptions: ScenarioOptions<ComposedScenarios>

  @Flag(
    help: """
      On the commitments maps (--map commitments, --map commitment): mark on each commitment that is not viable \
      its cheapest engagement from `powermap advise` (the actor outlined, a dashed "engage +δ" edge to it).
      """)
  var advise = false

  @Option(help: "The output format: svg, png, pdf or dot.")
  var format: MapFormat?

  @Option(help: "The layout engine: dot, neato, fdp, sfdp or circo (default: chosen by map and size).")
  var layout: LayoutEngine?

  @OptionGroup var pageOptions: PageOptions

  @Option(
    help: """
      Where the legend goes: side, bottom, none or page (default: beside or below the drawing, whichever prints the \
      map larger, the legend taking at most a fifth of the page; it shows only the kinds, shapes and statuses drawn). \
      page, for PDF only, draws the map alone on the first page and its legend on a second page of the same paper \
      (SVG, PNG and DOT have no pages: page is refused, exit 2).
      """)
  var legend: LegendPlacement?

  @Option(help: "PNG resolution in pixels per inch (36–1200).")
  var dpi = 150

  @Option(
    help: """
      The language of the map's own words: es or en (default: the model's `language` when es or en, else en; names \
      in the model are drawn as written).
      """)
  var lang: MapLanguage?

  @Option(help: "The date printed under the title (default: today, yyyy-MM-dd; 'none' prints no date).")
  var date: String?

  @Flag(
    help: """
      Draw every actor of a big model. Above \(MapOptions.overviewActorThreshold(on: .a4)) actors on A4 and letter \
      (\(MapOptions.overviewActorThreshold(on: .a3)) on A3) the power and scenario maps draw an overview (as many of the \
      most powerful actors as the page holds named, at most 100, the rest grouped by level and kind, or by level \
      where those groups do not fit the page, relations bundled); above \(MapOptions.overviewThreshold) actors the grid \
      labels the 150 most powerful (the others as density squares).
      """)
  var full = false

  @Option(
    name: [.customShort("o"), .long],
    help: "The file to write; '-' writes to stdout. The format defaults to the file's extension.")
  var output: String

  func validate() throws {
    if output.isEmpty { throw ValidationError("--output needs a file name, or '-' for stdout") }
    if !(36...1200).contains(dpi) { throw ValidationError("--dpi must be between 36 and 1200") }
    if format == nil && outputFormat == nil {
      throw ValidationError("choose --format svg|png|pdf|dot (the output '\(output)' has no known extension)")
    }
  }

  /// The format named by the output file's extension, if any.
  private var outputFormat: MapFormat? {
    MapFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased())
  }

  func run() throws {
    // A Graphviz layout runs in C and cannot be cancelled: Ctrl-C until the output is written
    // prints "interrupted" and exits 130 at once.
    let interrupt = InterruptHandler.exitingOnInterrupt()
    defer { interrupt.cancel() }
    let (data, summary) =
      try ["dot", "gv"].contains(URL(fileURLWithPath: model).pathExtension.lowercased())
      ? renderGraphvizFile() : renderModel()
    interrupt.cancel()
    try write(data, summary: summary)
  }

  /// Draws the chosen map of the model; returns its bytes and a summary for the "wrote" line.
  private func renderModel() throws -> (Data, String) {
    let loaded = try ModelLoader.load(contentsOf: model)
    Terminal.printDiagnostics(loaded.warnings)
    let model = loaded.model
    if map == .scenario && scenarioOptions.scenarios.isEmpty {
      throw CommandFailure.badInput("the scenario map needs --scenario ID|FILE" + scenarioChoices(of: model))
    }
    let scenarios = try scenarioOptions.resolve(for: model, modelPath: self.model)
    try checkCommitment(of: model)
    let kind = map
    let format = format ?? outputFormat ?? .svg
    if kind == .grid, let layout {
      Terminal.printNote("--layout \(layout.rawValue) has no effect on the grid (its positions are the data)")
    }
    var options = MapOptions(
      kind: kind, language: lang ?? MapLanguage(languageTag: model.language) ?? .en, layout: layout,
      paper: pageOptions.paper, orientation: pageOptions.resolvedOrientation, legend: legend, dpi: dpi,
      date: printedDate, full: full, commitment: commitment)
    options.advice = try advice(for: model, scenarios: scenarios)
    let rendered: RenderedMap
    do {
      let simulation = Simulation(model: model)
      rendered =
        kind == .scenario
        ? try MapRenderer.render(simulation.run(scenarios), options: options, format: format)
        : try MapRenderer.render(analysis: simulation.analysis(after: scenarios), options: options, format: format)
    } catch {
      switch error {
      case .scenarioRequired, .invalidOption: throw CommandFailure.badInput(error.description)
      case .graphviz: throw CommandFailure.internalFailure(error.description)
      }
    }
    for warning in rendered.warnings {
      Terminal.message("warning: graphviz: \(warning)")
    }
    let overview = options.drawsOverview(actorCount: model.actors.count) ? " (overview; --full draws every actor)" : ""
    return (rendered.data, "\(kind.rawValue) map\(overview), \(format.rawValue), layout \(rendered.plan.summary)")
  }

  /// With --advise on a commitments map, rule 11's advice on the state drawn (on --commitment alone
  /// for the one-commitment map), computed once here; nil otherwise.
  private func advice(for model: Model, scenarios: [Scenario]) throws -> AdviceResult? {
    guard advise else { return nil }
    guard map == .commitments || map == .commitment else {
      Terminal.printNote("--advise only marks the commitments maps (--map commitments or commitment)")
      return nil
    }
    let result: AdviceResult
    do {
      result = try AdviceSearch.run(
        model: model, scenarios: scenarios, targets: map == .commitment ? [commitment ?? ""] : nil)
    } catch {
      throw CommandFailure.badInput(error.description)
    }
    // Say what the map cannot show: nothing to mark, or a target no engagement saves.
    if result.commitments.allSatisfy({ $0.reason?.hasPrefix("already") == true }) {
      Terminal.printNote("--advise: every commitment drawn is viable, so there is no engagement to mark")
    }
    for advice in result.commitments where advice.engagements.isEmpty && advice.reason?.hasPrefix("already") != true {
      Terminal.printNote(
        "--advise: no one actor's shift makes \(advice.id) viable"
          + (advice.recruitments.isEmpty ? "" : "; recruits can (powermap advise lists them)"))
    }
    return result
  }

  /// The one-commitment map needs --commitment naming a commitment of the model: a missing one is
  /// bad input, an unknown id an error located at the model's commitments, with the closest id.
  private func checkCommitment(of model: Model) throws {
    guard map == .commitment else {
      if commitment != nil { Terminal.printNote("--commitment only chooses what --map commitment draws") }
      return
    }
    let ids = model.commitments.map(\.id)
    guard let commitment else {
      throw CommandFailure.badInput(
        "the commitment map needs --commitment ID"
          + (ids.isEmpty
            ? " (the model has no commitments)" : "; this model's commitments: " + ids.joined(separator: ", ")))
    }
    guard ids.contains(commitment) else {
      throw DiagnosticsError([
        Diagnostic(
          .error, file: self.model, location: nil, path: "commitments",
          message: "no commitment '\(Diagnostic.excerpt(commitment))' (from --commitment)",
          hint: DidYouMean.hint(for: commitment, among: ids))
      ])
    }
  }

  /// Renders a Graphviz file as it is: its `layout` attribute chooses the engine (dot when unset).
  private func renderGraphvizFile() throws -> (Data, String) {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: model))
    } catch {
      throw CommandFailure.badInput("cannot read \(model): \(error.localizedDescription)")
    }
    let dot = String(decoding: data, as: UTF8.self)
    if let control = DOTSyntaxError.controlCharacter(in: dot) {
      throw DiagnosticsError([
        Diagnostic(
          .error, file: model, location: control.line.map { SourcePosition(line: $0, column: control.column ?? 1) },
          path: "", message: control.message,
          hint: "remove it: a DOT file needs no control character but tab and line breaks")
      ])
    }
    let format = format ?? outputFormat ?? .svg
    guard let graphvizFormat = format.graphvizFormat else { return (data, "dot, copied") }
    let output: GraphvizOutput
    do {
      output = try Graphviz.shared.render(
        dot: dot, engine: layout?.rawValue, format: graphvizFormat,
        graphAttributes: format == .png ? ["dpi": String(dpi)] : [:])
    } catch {
      guard case .syntax(let message) = error else { throw CommandFailure.internalFailure(error.description) }
      // The file is bad input: located at the line (and column) Graphviz names, exit 2.
      let syntax = DOTSyntaxError(graphvizMessage: message, dot: dot)
      var diagnostic = Diagnostic(
        .error, file: model, location: nil, path: "", message: "Graphviz could not read the graph: \(syntax.message)")
      (diagnostic.line, diagnostic.column) = (syntax.line, syntax.column)
      throw DiagnosticsError([diagnostic])
    }
    for warning in output.warnings {
      Terminal.message("warning: graphviz: \(warning)")
    }
    return (output.data, format.rawValue)
  }

  /// "; this model's scenarios: …" and those in the scenarios/ folder beside it, for the
  /// message of a missing --scenario.
  private func scenarioChoices(of model: Model) -> String {
    var text = ""
    if !model.scenarios.isEmpty {
      text += "; this model's scenarios: " + model.scenarios.map(\.id).joined(separator: ", ")
    }
    let files = ScenarioResolver.folderScenarios(besideModel: self.model)
    if !files.isEmpty { text += "; in its scenarios/ folder: " + files.joined(separator: ", ") }
    return text.isEmpty ? " (the model has no scenarios; give a scenario file)" : text
  }

  /// Writes the result to the output file (atomically, never over an input) or to stdout.
  private func write(_ data: Data, summary: String) throws {
    if output == "-" {
      try Terminal.writeData(data)
      return
    }
    var inputs = [model]
    inputs += scenarioOptions.scenarios.filter { FileManager.default.fileExists(atPath: $0) }
    try OutputFile.write(data, to: output, inputs: inputs)
    Terminal.message("wrote \(output): \(summary)")
  }

  /// The date under the title: --date, or today; none for "none".
  private var printedDate: String? { Self.printedDate(date) }

  /// The date a map or report prints: `option` as given, nil for "none", today (yyyy-MM-dd) when nil.
  static func printedDate(_ option: String?) -> String? {
    if let option { return option.lowercased() == "none" ? nil : option }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: Date())
  }
}
