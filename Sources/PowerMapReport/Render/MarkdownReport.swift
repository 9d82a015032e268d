import PowerMap
import PowerMapGraphviz

/// The report as Markdown (GitHub-flavoured tables) for git and wikis: the same content and order
/// as ``HTMLReport``, its maps as SVG files beside it (``ReportMap/fileName``).
///
/// Every text goes through ``TextEscaping/markdown(_:)``, so a name with `|`, `*` or `<script>`
/// shows as written and cannot break a table or become markup.
package struct MarkdownReport: Sendable {
  /// The content shown.
  package let content: ReportContent
  private let strings: ReportStrings

  /// The Markdown of `content`.
  package init(_ content: ReportContent) {
    self.content = content
    self.strings = content.strings
  }

  /// The whole document.
  package func render() -> String {
    var lines: [String] = []
    lines.append("# \(escape(strings[.reportTitle])) — \(escape(content.model.name))")
    lines.append("")
    var meta = "\(escape(strings[.model])): **\(escape(content.model.name))**"
    if let date = content.options.date { meta += " · \(escape(strings[.date])): \(escape(date))" }
    let scenarioNames = content.scenarios.map { escape($0.scenario.title) }
    meta += " · \(escape(strings[.scenariosGiven])): "
    meta += scenarioNames.isEmpty ? escape(strings[.none]) : scenarioNames.joined(separator: "; ")
    lines.append(meta)
    lines += summary()
    lines += mapSection(.powerMap, note: .powerMapNote, kind: .power)
    lines += mapSection(.grid, note: .gridNote, kind: .grid)
    lines += section(.actors, note: .actorsNote) + table(content.shownActorsTable)
    if let note = content.actorsTableNote { lines += ["", escape(note)] }
    lines += commitments()
    lines += scenarios()
    if content.options.samples > 0 && !content.scenarios.isEmpty { lines += monteCarlo() }
    lines += allyLoss()
    lines += mactor()
    lines += methods()
    lines += ["", "---", "", escape(strings.generated(content.options.date))]
    return lines.joined(separator: "\n") + "\n"
  }

  private func section(_ heading: ReportStrings.Key, note: ReportStrings.Key? = nil) -> [String] {
    var lines = ["", "## \(escape(strings[heading]))", ""]
    if let note { lines += ["_\(escape(strings[note]))_", ""] }
    return lines
  }

  private func summary() -> [String] {
    let plan = content.baseline.report.plan
    let total = plan.viable + plan.atRisk + plan.blocked
    var lines = section(.summary)
    lines.append("### \(escape(strings[.planStatus]))")
    lines.append("")
    let largest = content.largestSupporter
    lines.append(
      escape(strings.planCounts(viable: plan.viable, atRisk: plan.atRisk, blocked: plan.blocked, total: total)) + " "
        + strings.planSupport(
          mean: ReportNumber.signed(plan.meanViability, digits: 2),
          hhi: ReportNumber.fixed(plan.concentration, digits: 2),
          largest: largest.map { "**\(escape(content.shortName($0.id)))**" },
          share: ReportNumber.percent(largest?.share ?? 0)))
    lines += ["", "### \(escape(strings[.mostDangerousScenario]))", ""]
    if let worst = content.mostDangerousScenario {
      let name = "**\(escape(worst.scenario.title))**"
      let delta = ReportNumber.signed(worst.deltaTotalViability, digits: 2)
      if worst.worsenedCount > 0 {
        lines += [strings.dangerousScenario(name, worse: worst.worsenedCount, delta: delta), ""]
        for change in worst.result.worsened {
          lines.append(
            "- \(escape(content.commitmentTitle(change.commitment))): \(escape(strings.map.status(change.from))) → "
              + "**\(escape(strings.status(change.to)))**")
        }
      } else {
        lines.append(strings.harmlessScenarios(name, delta: worst.deltaTotalViability < -1e-9 ? delta : nil))
      }
    } else {
      lines.append(escape(strings[.noScenarios]))
    }
    lines += ["", "### \(escape(strings[.criticalAllies]))", ""]
    let allies = content.criticalAllies
    if allies.isEmpty {
      let first = content.sweep.allies.first
      lines.append(
        strings.noCriticalAlly(
          first.flatMap { $0.deltaViability < -1e-9 ? $0 : nil }.map {
            "**\(escape($0.ids.map(content.shortName).joined(separator: " + ")))**"
          },
          delta: ReportNumber.signed(first?.deltaViability ?? 0, digits: 2)))
    } else {
      for (index, ally) in allies.enumerated() {
        let name = "**\(escape(ally.ids.map(content.shortName).joined(separator: " + ")))**"
        lines.append(
          "\(index + 1). "
            + strings.criticalAlly(
              name, worse: ally.statusChanges, delta: ReportNumber.signed(ally.deltaViability, digits: 2)))
      }
    }
    lines += ["", "### \(escape(strings[.obstaclesUnderPressure]))", ""]
    let obstacles = content.obstaclesUnderPressure
    if obstacles.isEmpty {
      lines.append(escape(content.model.obstacles.isEmpty ? strings[.noObstacles] : strings.noPressure))
    } else {
      for (index, item) in obstacles.enumerated() {
        lines.append(
          "\(index + 1). "
            + strings.obstacleLine(
              "**\(escape(item.obstacle.title))**", kind: escape(strings.map.obstacle(item.obstacle.kind)),
              pressure: ReportNumber.fixed(item.pressure.pressure, digits: 2),
              commitments: item.obstacle.blocks.count))
      }
    }
    return lines
  }

  private func mapSection(_ heading: ReportStrings.Key, note: ReportStrings.Key, kind: MapKind) -> [String] {
    var lines = section(heading, note: note)
    if let map = content.map(kind) { lines.append(image(map, alt: strings[heading])) }
    return lines
  }

  private func image(_ map: ReportMap, alt: String) -> String {
    let image = "![\(escape(alt))](\(map.fileName))"
    guard let note = map.overviewNote(content.options.language) else { return image }
    let link = note.target.map { "[\(escape(note.link))](\($0))" } ?? "`\(note.link)`"
    return image + "\n\n" + escape(note.before) + link + escape(note.after)
  }

  private func commitments() -> [String] {
    var lines = section(.commitments)
    if content.model.commitments.isEmpty {
      lines.append(escape(strings[.noCommitments]))
    } else {
      lines += ["_\(escape(strings[.commitmentsNote]))_", ""] + table(content.commitmentsTable)
    }
    lines += ["", "### \(escape(strings[.obstacles]))", ""]
    if content.model.obstacles.isEmpty {
      lines.append(escape(strings[.noObstacles]))
    } else {
      lines += ["_\(escape(strings[.obstaclesNote]))_", ""] + table(content.obstaclesTable)
    }
    if let map = content.map(.commitments) {
      lines += ["", "### \(escape(strings[.commitmentsMap]))", "", image(map, alt: strings[.commitmentsMap])]
    }
    return lines
  }

  private func scenarios() -> [String] {
    var lines = section(.scenarios)
    if content.scenarios.isEmpty { lines.append(escape(strings[.noScenarios])) }
    for outcome in content.scenarios {
      let scenario = outcome.scenario
      lines += ["", "### \(escape(scenario.title)) \\[\(escape(scenario.id))\\]", ""]
      if let description = scenario.description { lines += [TextEscaping.markdownLine(description), ""] }
      lines += ["**\(escape(strings[.steps])):**", ""]
      for (index, step) in scenario.steps.enumerated() {
        lines.append(
          "\(index + 1). \(escape(StepDescription.describe(step, language: content.options.language, name: content.shortName)))"
        )
      }
      let result = outcome.result
      lines += [
        "", "**\(escape(strings[.planTotals])):**", "",
        "- \(escape(strings[.before])): "
          + escape(
            strings.planLine(result.before.plan, mean: ReportNumber.signed(result.before.plan.meanViability, digits: 2))
          ),
        "- \(escape(strings[.after])): "
          + escape(
            strings.planLine(result.after.plan, mean: ReportNumber.signed(result.after.plan.meanViability, digits: 2))),
        "", "_\(escape(strings[.scenarioNote])) \(escape(strings[.driversNote]))_", "",
      ]
      lines += table(content.changesTable(outcome))
      lines += ["", image(outcome.map, alt: strings[.scenarioMap] + ": " + scenario.title)]
    }
    return lines
  }

  private func monteCarlo() -> [String] {
    var lines = section(.monteCarlo, note: .monteCarloNote)
    for outcome in content.scenarios {
      guard let result = outcome.result.monteCarlo, let commitments = content.monteCarloTable(outcome),
        let counts = content.viableCountTable(outcome)
      else { continue }
      lines += ["### \(escape(outcome.scenario.title))", ""]
      lines.append(
        escape(
          strings.monteCarloHeader(
            samples: result.samples, seed: result.seed, expected: ReportNumber.fixed(result.viableCount.mean, digits: 2)
          )))
      lines.append("")
      lines += table(commitments) + [""] + table(counts) + [""]
    }
    return lines
  }

  private func allyLoss() -> [String] {
    var lines = section(.allyLoss, note: .allyLossNote)
    let table = content.alliesTable
    let shown = min(content.options.allyRows, table.rows.count)
    lines += self.table(table.prefix(shown))
    if shown < table.rows.count {
      lines += ["", "_\(escape(strings.rowsShown(shown, of: table.rows.count, file: "data/allies.csv")))_"]
    }
    return lines
  }

  private func mactor() -> [String] {
    var lines = section(.mactor)
    guard let balance = content.mactorBalanceTable else {
      lines.append(escape(content.mactorUnavailable ?? ""))
      return lines
    }
    lines += ["_\(escape(strings[.mactorNote]))_", "", "### \(escape(strings[.balanceOfPower]))", ""] + table(balance)
    if let midi = content.mactorMIDITable {
      lines += ["", "### \(escape(strings[.midi]))", "", "_\(escape(strings[.midiNote]))_", ""]
      lines += midi.rows.count <= 30 ? table(midi) : [escape(strings.matrixOmitted(file: "data/mactor-midi.csv"))]
    }
    if let objectives = content.mactorObjectivesTable {
      lines += ["", "### \(escape(strings[.mobilisation]))", "", "_\(escape(strings[.objectivesNote]))_", ""]
      lines += table(objectives)
    }
    return lines
  }

  private func methods() -> [String] {
    var lines = section(.methods, note: .methodsNote)
    for entry in MethodsAppendix(content.options.language).entries {
      lines +=
        ["### \(escape(entry.title))", "", "```text"] + entry.formulas + ["```", "", escape(entry.explanation), ""]
    }
    return lines
  }

  /// A GitHub-flavoured table of the shown columns.
  private func table(_ table: ReportTable) -> [String] {
    let columns = table.columns.indices.filter { table.columns[$0].shown }
    var lines = ["| " + columns.map { escape(table.columns[$0].label) }.joined(separator: " | ") + " |"]
    lines.append("|" + columns.map { table.columns[$0].numeric ? " ---: |" : " --- |" }.joined())
    for row in table.rows {
      lines.append("| " + columns.map { cell(row[$0]) }.joined(separator: " | ") + " |")
    }
    return lines
  }

  private func cell(_ cell: ReportCell) -> String {
    switch cell {
    case .text(let text): escape(text)
    case .term(_, let shown): escape(shown)
    case .number(let value, let digits): ReportNumber.fixed(value, digits: digits)
    case .signed(let value, let digits): ReportNumber.signed(value, digits: digits)
    case .percent(let value): ReportNumber.percent(value)
    case .integer(let value): ReportNumber.integer(value)
    case .status(let status):
      status == .blocked ? "**\(escape(strings.status(status)))**" : escape(strings.status(status))
    case .flag(let value): escape(strings[value ? .yes : .no])
    case .list(_, let shown): shown.isEmpty ? "–" : shown.map(escape).joined(separator: ", ")
    case .empty: "–"
    }
  }

  private func escape(_ text: String) -> String {
    TextEscaping.markdown(text)
  }
}
