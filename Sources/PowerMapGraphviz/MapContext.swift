import PowerMap

/// What every map builder needs: the model, the analysis after the scenarios (made by the caller:
/// a map runs no analysis), the options and the strings of the chosen language.
struct MapContext: Sendable {
  /// The model drawn.
  let model: Model
  /// The scenarios applied, in order.
  let scenarios: [Scenario]
  /// The analysis of the model after the scenarios.
  let analysis: StakeholderAnalysis
  /// The options.
  let options: MapOptions
  /// The words of the map's language.
  let strings: MapStrings
  /// The analysis of the model without the scenarios, which the scenario map needs.
  let baseline: StakeholderAnalysis?

  /// The context of an analysis already made (its model and scenarios), and of the model's own
  /// analysis when given.
  init(analysis: StakeholderAnalysis, baseline: StakeholderAnalysis?, options: MapOptions) {
    self.model = analysis.model
    self.scenarios = analysis.scenarios
    self.analysis = analysis
    self.baseline = baseline
    self.options = options
    self.strings = MapStrings(options.language)
  }

  /// "Scenario: title", or "No scenario…", then the date line when there is a date.
  var subtitles: [String] {
    var lines = [
      scenarios.isEmpty
        ? strings[.noScenario]
        : strings[.scenarioPrefix] + ": " + scenarios.map(\.title).joined(separator: " + ")
    ]
    if let date = options.date { lines.append(strings[.generatedOn] + " " + date) }
    return lines
  }

  /// The graph attributes every map starts from.
  static func baseGraph(name: String, plan: LayoutPlan) -> DOTGraph {
    var attributes: DOTAttributes = [
      "charset": .plain("UTF-8"), "bgcolor": .plain(MapPalette.background), "fontname": .plain(MapTypography.fontName),
      "fontcolor": .plain(MapTypography.textColor), "outputorder": .plain("edgesfirst"),
    ]
    attributes.merge(plan.attributes)
    return DOTGraph(
      name: name, attributes: attributes,
      nodeDefaults: [
        "fontname": .plain(MapTypography.fontName), "fontcolor": .plain(MapTypography.textColor),
        "fontsize": .number(MapTypography.nameSize),
      ],
      edgeDefaults: [
        "fontname": .plain(MapTypography.fontName), "fontcolor": .plain(MapTypography.mutedColor),
        "fontsize": .number(MapTypography.valueSize),
      ])
  }
}
