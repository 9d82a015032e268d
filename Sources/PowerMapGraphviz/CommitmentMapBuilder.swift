import PowerMap

/// Builds the map of one commitment, made to be read on A4: left, one table per need (authority,
/// acceptance, ability) with each listed actor's contribution to its net support; right, the
/// commitment (status, V, threshold, owner) and under it the obstacles that block it, with their
/// pressure, holders and mitigators.
///
/// Every number comes from the analysis (``CommitmentViability/contributions``, the obstacles'
/// pressures, p̂ and s*): the map computes no rule. Text is set so that, fitted to A4, actor names
/// print at 9 pt or more and every other text at 7 pt or more (checked by the tests on the
/// rendered SVG).
struct CommitmentMapBuilder {
  let context: MapContext
  /// The commitment's position in the model.
  let position: Int

  /// Names wrap at about this many characters.
  static let nameWidth = 22
  /// The commitment's title wraps at about this many characters.
  static let titleWidth = 28

  func drawing() -> MapDrawing {
    let commitment = context.model.commitments[position]
    let viability = context.analysis.viabilities[position]
    let plan = LayoutPlan.choose(for: .commitment, nodeCount: 0, override: context.options.layout)
    var graph = MapContext.baseGraph(name: "commitment_map", plan: plan)
    graph.nodeDefaults["shape"] = .plain("plaintext")
    graph.nodeDefaults["margin"] = .number(0)
    let centre = "commitment"
    graph.nodes.append(
      DOTNode(
        centre,
        [
          "label": .html(commitmentLabel(commitment, viability: viability)),
          "tooltip": .text(commitment.title),
        ]))
    var edgeCount = 0
    for dimension in CommitmentDimension.allCases {
      let rows = viability.contributions.filter { $0.dimension == dimension }
      guard !rows.isEmpty else { continue }
      let need = "need:" + dimension.rawValue
      graph.nodes.append(
        DOTNode(
          need,
          [
            "label": .html(needLabel(dimension, rows: rows, viability: viability)),
            "tooltip": .text(needTooltip(dimension, rows: rows)),
          ]))
      graph.edges.append(
        DOTEdge(
          from: need, to: centre,
          [
            "color": .plain(MapPalette.needEdge), "penwidth": .number(1.4), "arrowhead": .plain("normal"),
            "id": .plain("edge:\(edgeCount)"),
          ]))
      edgeCount += 1
    }
    var right = [centre]
    if let obstacles = obstaclesLabel(viability) {
      graph.nodes.append(DOTNode("obstacles", ["label": .html(obstacles)]))
      graph.edges.append(
        DOTEdge(
          from: "obstacles", to: centre,
          [
            "color": .plain(RelationStyle.color(of: .conflict)), "penwidth": .number(2.5),
            "arrowhead": .plain("tee"), "id": .plain("edge:\(edgeCount)"),
          ]))
      right.append("obstacles")
      edgeCount += 1
    }
    let advised = addAdvice(to: &graph, edgeCount: edgeCount)
    // The commitment and its obstacles share the right-hand column.
    graph.clusters.append(
      DOTCluster(name: "cluster_commitment", attributes: ["style": .plain("invis")], members: right, sameRank: [right]))
    var legend = legend(hasObstacles: right.count > 1)
    if advised { legend.sections.append(AdviceMarks.legendSection(language: context.options.language)) }
    return MapDrawing(
      body: graph, plan: plan,
      title: CommitmentMapStrings.text(.title, context.options.language) + " — " + context.model.name,
      subtitles: context.subtitles, legend: legend)
  }

  // MARK: - Labels

  /// A table cell: escaped `text` (line breaks kept, left-aligned) at `size` points.
  static func cell(
    _ text: String, size: Double, bold: Bool = false, align: String = "LEFT", fill: String? = nil,
    color: String? = nil, span: Int = 1
  ) -> String {
    var content = HTMLLabel.text(text)
    if bold { content = content.bold }
    let markup = content.font(size: size, color: color).markup.replacingOccurrences(
      of: "<BR/>", with: "<BR ALIGN=\"\(align)\"/>")
    var attributes = "ALIGN=\"\(align)\" BALIGN=\"\(align)\""
    if let fill { attributes += " BGCOLOR=\"\(fill)\"" }
    if span > 1 { attributes += " COLSPAN=\"\(span)\"" }
    return "<TD \(attributes)>\(markup.isEmpty ? " " : markup)</TD>"
  }

  /// A framed table of `rows` (each a row of cells, or `<HR/>` for a rule between rows).
  static func table(
    _ rows: [String], border: Int = 1, color: String = MapPalette.outline, fill: String = MapPalette.background
  )
    -> HTMLLabel
  {
    HTMLLabel(
      markup: "<TABLE BORDER=\"\(border)\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\" COLOR=\"\(color)\" "
        + "BGCOLOR=\"\(fill)\">" + rows.map { $0 == "<HR/>" ? $0 : "<TR>" + $0 + "</TR>" }.joined() + "</TABLE>")
  }

  /// The table of one need: its net support, then one row per listed actor (p̂, q, s*, p̂·q·s*),
  /// then the sum over the denominator.
  private func needLabel(_ dimension: CommitmentDimension, rows: [NeedContribution], viability: CommitmentViability)
    -> HTMLLabel
  {
    let language = context.options.language
    let score = viability.dimensions[dimension]
    let weakest = viability.weakestDimension == dimension
    var head = context.strings.dimension(dimension) + " · " + CommitmentMapStrings.text(.net, language) + " "
    head += score.map(MapNumber.signed) ?? "—"
    if weakest { head += " · " + CommitmentMapStrings.text(.weakest, language) }
    var lines = [
      Self.cell(head, size: MapTypography.tableNameSize, bold: true, fill: MapPalette.netSupportFill(score), span: 5)
    ]
    lines.append(
      [
        CommitmentMapStrings.text(.actorColumn, language), "p̂", "q", "s*",
        CommitmentMapStrings.text(.termColumn, language),
      ]
      .enumerated().map { index, text in
        Self.cell(
          text, size: MapTypography.tableNoteSize, align: index == 0 ? "LEFT" : "RIGHT", color: MapPalette.mutedText)
      }.joined())
    var sum = 0.0
    for row in rows {
      sum += row.term
      lines.append(contributionRow(row))
    }
    let ratio = row(sum: sum, denominator: rows.first?.denominator ?? 0, score: score)
    lines.append(
      Self.cell(ratio, size: MapTypography.tableValueSize, align: "RIGHT", color: MapPalette.mutedText, span: 5))
    return Self.table(lines, border: weakest ? 3 : 1)
  }

  /// The need's tooltip: the dimension, then each listed actor's full name with p̂, q and s*.
  private func needTooltip(_ dimension: CommitmentDimension, rows: [NeedContribution]) -> String {
    let strings = context.strings
    return
      ([strings.dimension(dimension)]
      + rows.map { row in
        (context.analysis.state.actor(row.actor)?.actor.name ?? row.actor) + ": " + strings[.effectivePower] + " "
          + MapNumber.plain(row.effectivePower) + " · " + strings[.interest] + " " + MapNumber.plain(row.interest)
          + " · " + strings[.effectiveStance] + " " + MapNumber.signed(row.effectiveStance)
      }).joined(separator: "\n")
  }

  /// "Σ +0.52 ÷ 1.23 = +0.42" (with "capped" when net_D was clamped to −1…1).
  private func row(sum: Double, denominator: Double, score: Double?) -> String {
    var text = "Σ " + MapNumber.signed(sum) + " ÷ " + MapNumber.plain(denominator) + " = "
    text += score.map(MapNumber.signed) ?? "—"
    if denominator > 0, let score, abs(sum / denominator - score) > 0.005 {
      text += " (" + CommitmentMapStrings.text(.clamped, context.options.language) + ")"
    }
    return text
  }

  /// One listed actor: its name (removed ones greyed), p̂, q, s* (filled on the stance scale) and
  /// its term.
  private func contributionRow(_ row: NeedContribution) -> String {
    let actor = context.analysis.state.actor(row.actor)
    var name = MapText.wrapped(actor?.actor.short ?? row.actor, width: Self.nameWidth)
    if !row.present { name += " (" + context.strings[.removedActor] + ")" }
    let muted = row.present ? nil : MapPalette.removedOutline
    // A removed actor shows no power, interest or stance: only its term, 0.
    let shown = { (text: String) in row.present ? text : "—" }
    return Self.cell(name, size: MapTypography.tableNameSize, color: muted)
      + Self.cell(
        shown(MapNumber.plain(row.effectivePower)), size: MapTypography.tableValueSize, align: "RIGHT", color: muted)
      + Self.cell(
        shown(MapNumber.plain(row.interest)), size: MapTypography.tableValueSize, align: "RIGHT", color: muted)
      + Self.cell(
        shown(MapNumber.signed(row.effectiveStance)), size: MapTypography.tableValueSize, align: "RIGHT",
        fill: row.present ? MapPalette.stanceFill(row.effectiveStance) : nil, color: muted)
      + Self.cell(
        MapNumber.signed(row.term), size: MapTypography.tableValueSize, bold: true, align: "RIGHT", color: muted)
  }

  /// The commitment: its title, status and V against the threshold, how V is made, its owner.
  private func commitmentLabel(_ commitment: Commitment, viability: CommitmentViability) -> HTMLLabel {
    let strings = context.strings
    let language = context.options.language
    let ownerState = context.analysis.state.actor(commitment.owner)
    var owner = ownerState?.actor.short ?? commitment.owner
    if ownerState?.present == false { owner += " (" + strings[.removedActor] + ")" }
    var lines = [
      Self.cell(
        MapText.wrapped(commitment.title, width: Self.titleWidth), size: MapTypography.tableNameSize + 1, bold: true),
      Self.cell(
        strings.status(viability.status).uppercased() + " · " + strings[.viability] + " "
          + MapNumber.signed(viability.viability) + " · " + CommitmentMapStrings.text(.threshold, language) + " "
          + MapNumber.plain(viability.threshold), size: MapTypography.tableNameSize, bold: true),
    ]
    if viability.ownerPresent {
      let weakest = viability.weakestDimension.flatMap { dimension in
        viability.dimensions[dimension].map { (dimension, $0) }
      }
      var how = weakest.map { CommitmentMapStrings.text(.weakestNeed, language) + " " + MapNumber.signed($0.1) }
      how =
        (how ?? CommitmentMapStrings.text(.noNeeds, language))
        + " − " + strings[.pressure] + " " + MapNumber.plain(viability.obstaclePressure)
      lines.append(Self.cell(how ?? "", size: MapTypography.tableValueSize))
    } else {
      lines.append(
        Self.cell(CommitmentMapStrings.text(.ownerRemoved, language), size: MapTypography.tableValueSize, bold: true))
    }
    lines.append(Self.cell(strings[.owner] + ": " + owner, size: MapTypography.tableValueSize))
    let style = MapPalette.statusStyle(viability.status)
    return Self.table(
      lines, border: Int(style.penwidth.rounded()) + style.peripheries - 1,
      fill: MapPalette.statusFill(viability.status))
  }
}
