import PowerMap
import PowerMapGraphviz

/// The report as a format-neutral document: every decision of what to say is taken here, once,
/// for both ``HTMLReport`` and ``MarkdownReport``.
extension ReportContent {
  /// The document of this content.
  package var document: ReportDocument {
    let strings = strings
    var sections = [
      summarySection, mapSection("power-map", .powerMap, note: .powerMapNote, kind: .power),
      mapSection("grid", .grid, note: .gridNote, kind: .grid), actorsSection, commitmentsSection, scenariosSection,
    ]
    if options.samples > 0 && !scenarios.isEmpty { sections.append(monteCarloSection) }
    sections.append(allyLossSection)
    if !advice.isEmpty { sections.append(adviceSection) }
    sections += [mactorSection, methodsSection]
    return ReportDocument(
      strings: strings, title: "\(strings[.reportTitle]) — \(model.name)",
      heading: [.text(strings[.reportTitle]), .text(" — "), .text(model.name)], meta: meta,
      contentsTitle: strings[.contents], sections: sections, footer: strings.generated(options.date))
  }

  /// "Model: **NAME** · Date: DATE · Scenarios: A; B"
  private var meta: [ReportRun] {
    var runs: [ReportRun] = [.text("\(strings[.model]): "), .strong(model.name)]
    if let date = options.date { runs.append(.text(" · \(strings[.date]): \(date)")) }
    runs.append(.text(" · \(strings[.scenariosGiven]): "))
    let names = scenarios.map(\.scenario.title)
    runs.append(.text(names.isEmpty ? strings[.none] : names.joined(separator: "; ")))
    return runs
  }

  private func section(
    _ id: String, _ heading: ReportStrings.Key, cssClass: String? = nil, _ blocks: [ReportBlock]
  ) -> ReportDocument.Section {
    ReportDocument.Section(id: id, cssClass: cssClass, heading: strings[heading], blocks: blocks)
  }

  private func note(_ key: ReportStrings.Key) -> ReportBlock {
    .paragraph([.text(strings[key])], style: .note)
  }

  // MARK: Summary

  private var summarySection: ReportDocument.Section {
    let cards: [ReportBlock] = [
      .division(cssClass: "card", [.heading(strings[.planStatus], level: 3)] + planStatus),
      .division(cssClass: "card", [.heading(strings[.mostDangerousScenario], level: 3)] + dangerousScenario),
      .division(cssClass: "card", [.heading(strings[.criticalAllies], level: 3)] + criticalAllyBlocks),
      .division(cssClass: "card", [.heading(strings[.obstaclesUnderPressure], level: 3)] + obstacleBlocks),
    ]
    return section("summary", .summary, cssClass: "summary", [.division(cssClass: "cards", cards)])
  }

  private var planStatus: [ReportBlock] {
    let plan = baseline.report.plan
    let counts = strings.planCounts(
      viable: plan.viable, atRisk: plan.atRisk, blocked: plan.blocked, total: plan.viable + plan.atRisk + plan.blocked)
    let largest = largestSupporter
    let support = strings.planSupport(
      mean: plan.meanViability, hhi: plan.concentration, largest: largest.map { shortName($0.id) },
      share: largest?.share ?? 0)
    return [
      .statusCounts([
        .init(status: .viable, count: plan.viable), .init(status: .atRisk, count: plan.atRisk),
        .init(status: .blocked, count: plan.blocked),
      ]),
      .paragraph([.text(counts + " ")] + support),
    ]
  }

  private var dangerousScenario: [ReportBlock] {
    guard let worst = mostDangerousScenario else { return [.paragraph([.text(strings[.noScenarios])])] }
    let name = ReportRun.link(worst.scenario.title, target: "#scenario-\(worst.fileStem)")
    guard worst.worsenedCount > 0 else {
      let delta = worst.deltaTotalViability < -1e-9 ? worst.deltaTotalViability : nil
      return [.paragraph(strings.harmlessScenarios(name, delta: delta))]
    }
    let changes = worst.result.worsened.map { change -> [ReportRun] in
      [
        .text("\(commitmentTitle(change.commitment)): \(strings.map.status(change.from)) → "),
        .bold(strings.status(change.to)),
      ]
    }
    return [
      .paragraph(strings.dangerousScenario(name, worse: worst.worsenedCount, delta: worst.deltaTotalViability)),
      .list(changes, ordered: false),
    ]
  }

  private var criticalAllyBlocks: [ReportBlock] {
    let allies = criticalAllies
    guard allies.isEmpty else {
      let items = allies.map { ally in
        strings.criticalAlly(
          ally.ids.map(shortName).joined(separator: " + "), worse: ally.statusChanges, delta: ally.deltaViability)
      }
      return [.list(items, ordered: true)]
    }
    let first = sweep.allies.first
    let loser = first.flatMap { $0.deltaViability < -1e-9 ? $0 : nil }
    return [
      .paragraph(
        strings.noCriticalAlly(
          loser.map { $0.ids.map(shortName).joined(separator: " + ") }, delta: first?.deltaViability ?? 0))
    ]
  }

  private var obstacleBlocks: [ReportBlock] {
    let obstacles = obstaclesUnderPressure
    guard obstacles.isEmpty else {
      let items = obstacles.map { obstacle, pressure in
        strings.obstacleLine(
          obstacle.title, kind: obstacle.kind, pressure: pressure.pressure, commitments: obstacle.blocks.count)
      }
      return [.list(items, ordered: true)]
    }
    return [.paragraph([.text(model.obstacles.isEmpty ? strings[.noObstacles] : strings.noPressure)])]
  }

  // MARK: Maps, actors, commitments

  private func mapSection(
    _ id: String, _ heading: ReportStrings.Key, note key: ReportStrings.Key, kind: MapKind
  ) -> ReportDocument.Section {
    var blocks = [note(key)]
    if let map = map(kind) { blocks.append(.figure(figure(map, label: strings[heading]))) }
    return section(id, heading, cssClass: "map-section", blocks)
  }

  func figure(_ map: ReportMap, label: String, title: String? = nil) -> ReportBlock.Figure {
    let caption = map.overviewNote(options.language).map { note -> [ReportRun] in
      [.text(note.before), note.target.map { .link(note.link, target: $0) } ?? .code(note.link), .text(note.after)]
    }
    let linked =
      map.svg.utf8.count > Self.inlineMapLimit
      ? linkedMapNote() : map.kind == .commitment && isBigModel ? linkedCommitmentMapNote() : nil
    return ReportBlock.Figure(map: map, label: label, title: title, caption: caption, linkedNote: linked)
  }

  private var actorsSection: ReportDocument.Section {
    var blocks = [note(.actorsNote), .table(shownActorsTable, .init(compact: true))]
    if let note = actorsTableNote { blocks.append(.paragraph([.text(note)], style: .note)) }
    return section("actors", .actors, blocks)
  }

  /// One map per commitment, each on a page of its own when printed, and a link to the map of all
  /// of them (made for A3 and larger, not shown in the page).
  private var commitmentMaps: [ReportBlock] {
    var blocks: [ReportBlock] = []
    let maps = maps.filter { $0.kind == .commitment }
    if !maps.isEmpty { blocks.append(note(.commitmentMapsNote)) }
    if let overview = map(.commitments) {
      blocks.append(
        .paragraph(
          [.text(strings[.commitmentsOverviewNote]), .link(overview.fileName, target: overview.fileName)], style: .note)
      )
    }
    for map in maps {
      let title = commitmentTitle(map.commitment ?? "")
      blocks.append(.figure(figure(map, label: strings[.commitmentsMap] + ": " + title, title: title)))
    }
    return blocks
  }

  private var commitmentsSection: ReportDocument.Section {
    var blocks: [ReportBlock] =
      model.commitments.isEmpty
      ? [.paragraph([.text(strings[.noCommitments])])]
      : [note(.commitmentsNote), .table(commitmentsTable, .init(compact: true))]
    blocks.append(.heading(strings[.obstacles], level: 3))
    blocks +=
      model.obstacles.isEmpty
      ? [.paragraph([.text(strings[.noObstacles])])]
      : [note(.obstaclesNote), .table(obstaclesTable, .init(compact: true))]
    blocks += commitmentMaps
    return section("commitments", .commitments, blocks)
  }
}
