import PowerMap
import PowerMapGraphviz

/// Everything a report shows, computed once from a model: the analysis of the model as it is, each
/// scenario's before and after (with Monte Carlo when asked), the loss-of-ally ranking, MACTOR and
/// the maps. The HTML, the Markdown and the data files are all written from this value, so they
/// always agree.
package struct ReportContent: Sendable {
  /// The model reported on.
  package var model: Model
  /// The options the report was built with.
  package var options: ReportOptions
  /// The analysis of the model without scenario (rules 1–6).
  package var baseline: StakeholderAnalysis
  /// Each scenario on its own, in the order given.
  package var scenarios: [ScenarioOutcome]
  /// The loss-of-ally sweep on the model without scenario (rule 9), every row.
  package var sweep: SweepResult
  /// MACTOR derived from the model (rule 7), or nil when it cannot be computed.
  package var mactor: Mactor?
  /// Why MACTOR is missing (e.g. more actors than it accepts).
  package var mactorUnavailable: String?
  /// The power map, the power–interest grid, the commitments map and one map per commitment.
  package var maps: [ReportMap]
  /// The short name of every actor of the model (and of actors the scenarios add), by id.
  package let shortNames: [String: String]
  /// What would it take (rule 11): for the model as it is, then after each scenario; empty above
  /// ``ReportContent/adviceActorLimit`` actors.
  package var advice: [AdviceResult] = []

  /// A content with every field given.
  package init(
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
    var names = Dictionary(model.actors.map { ($0.id, $0.short) }, uniquingKeysWith: { first, _ in first })
    for outcome in scenarios {
      for step in outcome.scenario.steps {
        if case .add(let actor) = step.action, names[actor.id] == nil { names[actor.id] = actor.short }
      }
    }
    self.shortNames = names
  }

  /// The title of commitment `id`, or `id` when the model has no such commitment.
  package func commitmentTitle(_ id: String) -> String {
    model.commitments.first { $0.id == id }?.title ?? id
  }

  /// The short name of actor `id`, or `id` when no actor has it.
  package func shortName(_ id: String) -> String { shortNames[id] ?? id }

  /// The map of kind `kind` among ``maps``.
  package func map(_ kind: MapKind) -> ReportMap? {
    maps.first { $0.kind == kind }
  }
}
