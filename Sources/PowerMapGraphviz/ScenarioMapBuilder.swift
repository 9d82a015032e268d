import PowerMap

/// Builds the scenario map: the power map after the scenario, drawn against the model without it.
///
/// On one drawing: removed actors dashed and grey, "before → after" on every effective power and
/// stance that changed, relations the scenario cut in grey, relations it added labelled, and in
/// the legend the status and viability before and after of every commitment whose status changed.
struct ScenarioMapBuilder {
  let context: MapContext
  /// The analysis of the model without the scenarios.
  let before: StakeholderAnalysis

  /// The drawing; the context must hold at least one scenario.
  func drawing() -> MapDrawing {
    var drawing = PowerMapBuilder(context: context, before: before).drawing()
    // A model without commitments has no changes of commitments to list.
    let commitments = commitmentSection(before: before)
    if !commitments.items.isEmpty { drawing.legend.sections.append(commitments) }
    let plan = context.analysis.evaluation.plan
    let old = before.evaluation.plan
    drawing.subtitles.insert(planLine(old, plan), at: 1)
    return drawing
  }

  /// The most commitments listed in the legend (those whose status changed, by |ΔV| beyond that).
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

  /// One item per commitment whose status the scenario changed: its title on one line (cut with
  /// "…" when long), status and viability before → after, the sample filled with the status after; the others in one line with their count and
  /// their largest change of V (the legend then prints at 7 pt on A4 within a fifth of the page).
  /// An overview lists at most ``overviewCommitmentLimit``, those that changed most.
  private func commitmentSection(before: StakeholderAnalysis) -> MapLegend.Section {
    let strings = context.strings
    let pairs = Array(zip(before.viabilities, context.analysis.viabilities).enumerated())
    let listed = Array(
      pairs.filter { $0.element.0.status != $0.element.1.status }
        .sorted { Self.changeSize($0.element) > Self.changeSize($1.element) }.prefix(Self.overviewCommitmentLimit)
    ).sorted { $0.offset < $1.offset }
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
        MapText.abbreviated(title, width: LegendBlock.lineLength) + "\n" + change + " · " + strings[.viability] + " "
          + viability)
    }
    if listed.count < pairs.count {
      let rest = pairs.filter { index, _ in !listed.contains { $0.offset == index } }
      let largest = rest.map { abs($0.element.1.viability - $0.element.0.viability) }.max() ?? 0
      let change = MapNumber.plain(largest)
      items.append(
        MapLegend.Item(
          .none,
          context.options.language == .es
            ? "\(rest.count) compromisos más sin cambio de estado (V cambia ≤ \(change))"
            : "\(rest.count) more commitments with no change of status (V changes ≤ \(change))"))
    }
    return MapLegend.Section(
      title: strings[.commitmentChanges] + " (" + strings[.changeNote] + ")", items: items)
  }
}
