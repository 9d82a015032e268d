import PowerMap
import PowerMapGraphviz

/// Everything a report shows, computed once from a model: the analysis of the model as it is, each
/// scenario's before and after (with Monte Carlo when asked), the loss-of-ally ranking, MACTOR and
/// the maps. The HTML, the Markdown and the data files are all written from this value, so they
/// always agree.
public struct ReportContent: Sendable {
  /// The model reported on.
  public var model: Model
  /// The options the report was built with.
  public var options: ReportOptions
  /// The analysis of the model without scenario (rules 1–6).
  public var baseline: StakeholderAnalysis
  /// Each scenario on its own, in the order given.
  public var scenarios: [ScenarioOutcome]
  /// The loss-of-ally sweep on the model without scenario (rule 9), every row.
  public var sweep: SweepResult
  /// MACTOR derived from the model (rule 7), or nil when it cannot be computed.
  public var mactor: Mactor?
  /// Why MACTOR is missing (e.g. more actors than it accepts).
  public var mactorUnavailable: String?
  /// The power map, the power–interest grid and the commitments map.
  public var maps: [ReportMap]

  /// A content with every field given.
  public init(
    model: Model, options: ReportOptions, baseline: StakeholderAnalysis, scenarios: [ScenarioOutcome],
    sweep: SweepResult, mactor: Mactor?, mactorUnavailable: String?, maps: [ReportMap]
  ) {
    self.model = model
    self.options = options
    self.baseline = baseline
    self.scenarios = scenarios
    self.sweep = sweep
    self.mactor = mactor
    self.mactorUnavailable = mactorUnavailable
    self.maps = maps
  }

  /// The map of kind `kind` among ``maps``.
  public func map(_ kind: MapKind) -> ReportMap? {
    maps.first { $0.kind == kind }
  }
}

/// One scenario of a report: its before/after with drivers (rule 8), its Monte Carlo run
/// (rule 10) when samples were asked for, and its before/after map.
public struct ScenarioOutcome: Sendable {
  /// The scenario, as resolved against the model.
  public var scenario: Scenario
  /// Before, after, every commitment's change and the Monte Carlo result.
  public var result: SimulationResult
  /// The scenario map.
  public var map: ReportMap

  /// An outcome with every field given.
  public init(scenario: Scenario, result: SimulationResult, map: ReportMap) {
    self.scenario = scenario
    self.result = result
    self.map = map
  }

  /// The number of commitments whose status got worse.
  public var worsenedCount: Int { result.worsened.count }

  /// ΣV after − ΣV before.
  public var deltaTotalViability: Double {
    result.after.plan.totalViability - result.before.plan.totalViability
  }
}

/// A map drawn for a report, as SVG text.
public struct ReportMap: Sendable {
  /// Which map.
  public var kind: MapKind
  /// The file name it is written under beside `report.md` (`map-power.svg`, …).
  public var fileName: String
  /// The SVG document Graphviz wrote.
  public var svg: String

  /// A map with every field given.
  public init(kind: MapKind, fileName: String, svg: String) {
    self.kind = kind
    self.fileName = fileName
    self.svg = svg
  }
}
