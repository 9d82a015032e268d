import ArgumentParser
import Foundation
import PowerMap
import PowerMapReport

struct MactorCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mactor",
    abstract: "Godet's MACTOR: influence and dependence, balance of power r*, mobilisation on objectives.",
    discussion: """
      Either from tables — --mid FILE (header ,A,B,…; one row per actor: id and integers 0–4) and optionally \
      --mao FILE (header ,O1,O2,…; one row per actor: id and integers −4…4) — or from a model, whose MID is \
      round(4·w) of the strongest positive influence relation and whose 2MAO for a commitment is round(4·s*·q) of \
      the actors its needs list.
      """
  )

  @Argument(help: "A model file, when no --mid is given.")
  var model: String?

  @Option(help: "The matrix of direct influences (CSV).")
  var mid: String?

  @Option(help: "The actors' positions on objectives, 2MAO (CSV).")
  var mao: String?

  @OptionGroup var scenarioOptions: ScenarioOptions<ComposedScenarios>

  @Flag(help: "Print the result as JSON.")
  var json = false

  func validate() throws {
    if model == nil && mid == nil { throw ValidationError("give a model file or --mid FILE") }
    if model != nil && mid != nil { throw ValidationError("give a model file or --mid FILE, not both") }
    if mao != nil && mid == nil { throw ValidationError("--mao needs --mid") }
    if mid != nil && !scenarioOptions.scenarios.isEmpty { throw ValidationError("--scenario needs a model") }
  }

  func run() throws {
    let result: Mactor
    var names: [String: String] = [:]
    if let mid {
      let tables = try MactorTables.read(midFile: mid, maoFile: mao)
      result = try Mactor(actors: tables.actors, mid: tables.mid, objectives: tables.objectives, mao: tables.mao)
    } else if let model {
      let loaded = try ModelLoader.load(contentsOf: model)
      Terminal.printDiagnostics(loaded.warnings)
      let scenarios = try scenarioOptions.resolve(for: loaded.model, modelPath: model)
      let analysis = StakeholderAnalysis(model: loaded.model, scenarios: scenarios)
      names = Dictionary(loaded.model.actors.map { ($0.id, $0.short) }, uniquingKeysWith: { first, _ in first })
      result = try Mactor(model: loaded.model, state: analysis.state, effectiveStance: analysis.evaluation.stance)
    } else {
      throw ValidationError("give a model file or --mid FILE")
    }
    try Terminal.write(json ? try Terminal.json(result) : MactorText.render(result, shortName: { names[$0] ?? $0 }))
  }
}

/// The terminal rendering of MACTOR's tables: the report's tables (``TableBuilder/mactorBalance(_:)``, …),
/// objectives by id.
enum MactorText {
  static func render(_ mactor: Mactor, shortName: @escaping (String) -> String = { $0 }) -> String {
    let tables = TableBuilder(strings: ReportStrings(.en), shortName: shortName)
    var out = "MACTOR: \(mactor.actors.count) actors, \(mactor.objectives.count) objectives\n\n"
    out += "Balance of power (I = influence, D = dependence, without the diagonal of MIDI)\n"
    out += TextTable.render(tables.mactorBalance(mactor), strings: tables.strings)
    if mactor.actors.count <= 30 {
      // Columns are numbered like the rows, so the matrix fits a terminal whatever the ids' length.
      out += "\nMIDI (direct and indirect influence; row influences column)\n"
      out += TextTable.render(tables.mactorMIDI(mactor), strings: tables.strings)
    }
    if !mactor.objectives.isEmpty {
      out += "\nMobilisation on objectives (3MAO: positions weighted by r*)\n"
      out += TextTable.render(tables.mactorObjectives(mactor), strings: tables.strings)
    }
    return out
  }
}
