import Foundation
import PowerMap
import PowerMapGraphviz

extension ReportContent {
  /// The number of progress units ``build(model:scenarios:options:progress:)`` reports: three maps,
  /// per scenario its analysis, its map and (with samples) its Monte Carlo run, then the sweep and
  /// MACTOR, then rule 11's advice on the model as it is and on each scenario.
  package static func progressTotal(scenarios: Int, options: ReportOptions) -> Int {
    3 + scenarios * (options.samples > 0 ? 3 : 2) + 2 + (1 + scenarios)
  }

  /// Computes a report: one `Simulation` of the model (its analysis is computed once), a run of
  /// each scenario in `scenarios` on its own (not composed), the sweep (computed concurrently with
  /// the maps and the scenarios), MACTOR and every map, drawn from those results.
  ///
  /// - Parameters:
  ///   - scenarios: the scenarios, each already checked against the model (``ScenarioResolver``).
  ///   - progress: called with the number of units done (see ``progressTotal(scenarios:options:)``).
  /// - Throws: ``ReportError`` when a map cannot be drawn or an option is out of range;
  ///   `CancellationError` when the task is cancelled.
  package static func build(
    model: Model, scenarios: [Scenario], options: ReportOptions, progress: (@Sendable (Int) -> Void)? = nil
  ) async throws -> ReportContent {
    if options.samples < 0 { throw ReportError.invalidOption("the number of samples must be 0 or more") }
    var done = 0
    func advance() throws {
      try Task.checkCancellation()
      done += 1
      progress?(done)
    }
    // The sweep needs nothing else of the report: it runs beside the model's analysis, the maps and
    // the scenarios, whose single-threaded parts (Graphviz, the analyses' serial measures) it fills.
    // Its progress unit is still counted where it was.
    async let sweeping = LossOfAllySweep.run(
      model: model, scenarios: [], jobs: options.jobs)
    let simulation = Simulation(model: model)
    let baseline = simulation.baseline
    var maps: [ReportMap] = []
    for kind in [MapKind.power, .grid, .commitments] {
      maps.append(
        try drawMap(kind, analysis: baseline, baseline: nil, options: options, fileName: "map-\(kind.rawValue).svg"))
      try advance()
    }
    // One map per commitment, for A4 (the commitments map above stays for A3 and larger).
    for commitment in model.commitments {
      maps.append(
        try drawMap(
          .commitment, analysis: baseline, baseline: nil, options: options,
          fileName: "map-commitment-\(fileSafe(commitment.id)).svg", commitment: commitment.id))
    }
    var outcomes: [ScenarioOutcome] = []
    var stems = Set<String>()
    for scenario in scenarios {
      var stem = fileSafe(scenario.id)
      var suffix = 2
      // Compared without case, so that two stems never name one file on macOS or Windows.
      while stems.contains(stem.lowercased()) {
        stem = fileSafe(scenario.id) + "-\(suffix)"
        suffix += 1
      }
      stems.insert(stem.lowercased())
      var run = simulation.run([scenario])
      try advance()
      if options.samples > 0 {
        run = run.adding(
          try await simulation.monteCarlo(
            [scenario], samples: options.samples, seed: options.seed, jobs: options.jobs))
        try advance()
      }
      let map = try drawMap(
        .scenario, analysis: run.after, baseline: run.before, options: options,
        fileName: "map-scenario-\(stem).svg")
      try advance()
      outcomes.append(ScenarioOutcome(scenario: scenario, run: run, map: map, fileStem: stem))
    }
    let sweep = try await sweeping
    try advance()
    var mactor: Mactor?
    var mactorUnavailable: String?
    do {
      mactor = try Mactor(model: model, state: baseline.state, effectiveStance: baseline.evaluation.stance)
    } catch let error as MactorError {
      mactorUnavailable = error.description
    }
    try advance()
    var content = ReportContent(
      model: model, options: options, baseline: baseline, scenarios: outcomes, sweep: sweep, mactor: mactor,
      mactorUnavailable: mactorUnavailable, maps: maps)
    content.advice = try await advice(model: model, scenarios: scenarios, robust: options.robust, advance: advance)
    return content
  }

  /// The most present actors for which a report computes rule 11 (its search tries up to 400
  /// moves per actor and target); above, the section points to `powermap advise`.
  package static let adviceActorLimit = 100

  /// Rule 11 for the model as it is, then after each scenario on its own (with `robust`, its
  /// robust form), calling `advance` after each (also when the model is too big to advise on).
  private static func advice(
    model: Model, scenarios: [Scenario], robust: Bool, advance: () throws -> Void
  ) async throws -> [AdviceResult] {
    var results: [AdviceResult] = []
    for subject in [[]] + scenarios.map({ [$0] }) {
      if model.actors.count <= adviceActorLimit,
        let search = try? AdviceSearch(model: model, scenarios: subject, robust: robust)
      {
        results.append(try await search.result())
      }
      try advance()
    }
    return results
  }

  /// The map of `analysis` (its model after its scenarios), with the overview's full drawing when
  /// the options ask for it; `baseline` is the model's own analysis, for the scenario map.
  private static func drawMap(
    _ kind: MapKind, analysis: StakeholderAnalysis, baseline: StakeholderAnalysis?, options: ReportOptions,
    fileName: String, commitment: String? = nil
  ) throws(ReportError) -> ReportMap {
    var mapOptions = MapOptions(
      kind: kind, language: options.language, paper: options.paper, orientation: options.orientation,
      date: options.date, commitment: commitment)
    let overview = mapOptions.drawsOverview(actorCount: analysis.state.actors.count)
    do {
      let rendered = try MapRenderer.render(analysis: analysis, baseline: baseline, options: mapOptions, format: .svg)
      var map = ReportMap(
        kind: kind, fileName: fileName, svg: SVGCrop.crop(String(decoding: rendered.data, as: UTF8.self)),
        overview: overview, commitment: commitment)
      map.overviewThreshold =
        kind == .grid ? MapOptions.overviewThreshold : MapOptions.overviewActorThreshold(on: options.paper)
      if overview && options.full {
        mapOptions.full = true
        let full = try MapRenderer.render(analysis: analysis, baseline: baseline, options: mapOptions, format: .svg)
        map.full = ReportMap.FullDrawing(
          fileName: String(fileName.dropLast(4)) + "-full.svg", svg: String(decoding: full.data, as: UTF8.self))
      }
      return map
    } catch {
      switch error {
      case .graphviz(let failure): throw ReportError.graphviz(failure.description)
      case .scenarioRequired, .invalidOption: throw ReportError.invalidOption(error.description)
      }
    }
  }

  /// The longest file stem taken from an id: with `map-scenario-` and `.svg` around it a name
  /// stays far below the 255-byte limit of common file systems.
  static let maximumStemLength = 80

  /// A file stem for `id` that is always a valid file name: ASCII letters, digits, `.`, `_` and
  /// `-` only (anything else becomes `-`), at most ``maximumStemLength`` characters, never empty.
  static func fileSafe(_ id: String) -> String {
    let safe = String(
      id.prefix(maximumStemLength).map { character -> Character in
        character.isASCII && (character.isLetter || character.isNumber || "._-".contains(character)) ? character : "-"
      })
    return safe.isEmpty ? "scenario" : safe
  }
}
