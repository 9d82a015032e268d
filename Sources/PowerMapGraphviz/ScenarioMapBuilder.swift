import PowerMap

/// Builds the scenario map: the power map after the scenario, drawn against the model without it.
///
/// On one drawing: removed actors dashed and grey, "before → after" on every effective power and
/// stance that changed, relations the scenario cut in grey, relations it added labelled, and in
/// the legend the status and viability of every commitment before and after.
struct ScenarioMapBuilder {
  let context: MapContext
  /// The analysis of the model without the scenarios.
  let before: StakeholderAnalysis

  /// The drawing; the context must hold at least one scenario.
  func drawing() -> MapDrawing {
    var drawing = PowerMapBuilder(context: context, before: before).drawing()
    drawing.legend.sections.append(commitmentSection(before: before))
    let plan = context.analysis.evaluation.plan
    let old = before.evaluation.plan
    drawing.subtitles.insert(planLine(old, plan), at: 1)
    return drawing
  }

  /// On an overview, the most commitments listed in the legend (those that changed most).
  static let overviewCommitmentLimit = 20

  /// How much a commitment changed: a change of status first, then |ΔV|.
  private static func changeSize(_ pair: (CommitmentViability, CommitmentViability)) -> (Int, Double) {
    (pair.0.status == pair.1.status ? 0 : 1, abs(pair.0.viability - pair.1.viability))
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
    let pairs = Array(zip(before.viabilities, context.analysis.viabilities).enumerated())
    // An overview lists only the commitments that changed, at most `overviewCommitmentLimit`.
    let overview = MapOverview.applies(actorCount: context.analysis.state.actors.count, options: context.options)
    let listed =
      overview
      ? Array(
        pairs.filter {
          $0.element.0.status != $0.element.1.status
            || abs($0.element.0.viability - $0.element.1.viability) >= PowerMapBuilder.changeTolerance
        }.sorted { Self.changeSize($0.element) > Self.changeSize($1.element) }.prefix(Self.overviewCommitmentLimit)
      ) : pairs
    var items = listed.map { index, pair in
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
    if listed.count < pairs.count {
      let rest = pairs.count - listed.count
      items.append(
        MapLegend.Item(
          .none,
          context.options.language == .es
            ? "\(rest) compromisos más, sin cambio o no listados" : "\(rest) more commitments, unchanged or not listed")
      )
    }
    return MapLegend.Section(
      title: strings[.commitmentChanges] + " (" + strings[.changeNote] + ")", items: items)
  }
}
