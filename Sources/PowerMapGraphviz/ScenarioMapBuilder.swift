import PowerMap

/// Builds the scenario map: the power map after the scenario, drawn against the model without it.
///
/// On one drawing: removed actors dashed and grey, "before → after" on every effective power and
/// stance that changed, relations the scenario cut in grey, relations it added labelled, and in
/// the legend the status and viability of every commitment before and after.
struct ScenarioMapBuilder {
  let context: MapContext

  /// The drawing; the context must hold at least one scenario.
  func drawing() -> MapDrawing {
    let before = StakeholderAnalysis(model: context.model)
    var drawing = PowerMapBuilder(context: context, before: before).drawing()
    drawing.legend.sections.append(commitmentSection(before: before))
    let plan = context.analysis.evaluation.plan
    let old = before.evaluation.plan
    drawing.subtitles.insert(planLine(old, plan), at: 1)
    return drawing
  }

  /// "viable 5 → 3 · at risk 1 → 1 · blocked 0 → 2".
  private func planLine(_ old: PlanSummary, _ new: PlanSummary) -> String {
    let strings = context.strings
    return [
      (strings.status(.viable), old.viable, new.viable), (strings.status(.atRisk), old.atRisk, new.atRisk),
      (strings.status(.blocked), old.blocked, new.blocked),
    ].map { "\($0.0) \($0.1) → \($0.2)" }.joined(separator: " · ")
  }

  /// One item per commitment: status and viability before → after, the sample filled with the
  /// status after.
  private func commitmentSection(before: StakeholderAnalysis) -> MapLegend.Section {
    let strings = context.strings
    let items = zip(before.viabilities, context.analysis.viabilities).enumerated().map { index, pair in
      let (old, new) = pair
      let style = MapPalette.statusStyle(new.status)
      let title = context.model.commitments[index].title
      let change =
        old.status == new.status
        ? strings.status(new.status) : strings.status(old.status) + " → " + strings.status(new.status)
      let viability =
        abs(old.viability - new.viability) < PowerMapBuilder.changeTolerance
        ? MapNumber.signed(new.viability) : MapNumber.signed(old.viability) + " → " + MapNumber.signed(new.viability)
      return MapLegend.Item(
        .node(
          [
            "shape": .plain("box"), "style": .plain(style.style),
            "fillcolor": .plain(MapPalette.statusFill(new.status)),
            "peripheries": .number(Double(style.peripheries)), "penwidth": .number(style.penwidth),
            "color": .plain(MapPalette.outline),
          ], width: 30, height: 16),
        MapText.wrapped(title, width: 48) + "\n" + change + " · " + strings[.viability] + " " + viability)
    }
    return MapLegend.Section(
      title: strings[.commitmentChanges] + " (" + strings[.changeNote] + ")", items: items)
  }
}
