import PowerMap
import PowerMapGraphviz

/// The report as one self-contained HTML page: maps as inline SVG, the stylesheet inline, no
/// script and no external resource, so it opens offline, prints on A4 and can be mailed as one file.
///
/// Every text from the model goes through ``TextEscaping/html(_:)``; the report's own words are
/// constants of ``ReportStrings``.
package struct HTMLReport: Sendable {
  /// The content shown.
  package let content: ReportContent
  private let strings: ReportStrings

  /// The page of `content`.
  package init(_ content: ReportContent) {
    self.content = content
    self.strings = content.strings
  }

  /// The whole page.
  package func render() -> String {
    let title = "\(strings[.reportTitle]) — \(content.model.name)"
    var page = """
      <!DOCTYPE html>
      <html lang="\(content.options.language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="PowerMap">
      <title>\(escape(title))</title>
      <style>
      \(ReportStyle.css)
      </style>
      </head>
      <body>

      """
    page += header()
    page += contents()
    page += "<main>\n"
    page += summary()
    page += mapSection(id: "power-map", heading: .powerMap, note: .powerMapNote, kind: .power)
    page += mapSection(id: "grid", heading: .grid, note: .gridNote, kind: .grid)
    page += actors()
    page += commitments()
    page += scenarios()
    if content.options.samples > 0 && !content.scenarios.isEmpty { page += monteCarlo() }
    page += allyLoss()
    page += mactor()
    page += methods()
    page += "</main>\n"
    page += "<footer><p>\(escape(strings.generated(content.options.date)))</p></footer>\n"
    page += "</body>\n</html>\n"
    return page
  }

  // MARK: Sections

  private func header() -> String {
    var meta = "\(escape(strings[.model])): <strong>\(escape(content.model.name))</strong>"
    if let date = content.options.date { meta += " · \(escape(strings[.date])): \(escape(date))" }
    let scenarioNames = content.scenarios.map { escape($0.scenario.title) }
    meta += " · \(escape(strings[.scenariosGiven])): "
    meta += scenarioNames.isEmpty ? escape(strings[.none]) : scenarioNames.joined(separator: "; ")
    return """
      <header>
      <h1>\(escape(strings[.reportTitle])) — \(escape(content.model.name))</h1>
      <p class="meta">\(meta)</p>
      </header>

      """
  }

  private var sections: [(id: String, key: ReportStrings.Key)] {
    var list: [(String, ReportStrings.Key)] = [
      ("summary", .summary), ("power-map", .powerMap), ("grid", .grid), ("actors", .actors),
      ("commitments", .commitments), ("scenarios", .scenarios),
    ]
    if content.options.samples > 0 && !content.scenarios.isEmpty { list.append(("monte-carlo", .monteCarlo)) }
    list += [("ally-loss", .allyLoss), ("mactor", .mactor), ("methods", .methods)]
    return list
  }

  private func contents() -> String {
    var out = "<nav class=\"contents\" aria-label=\"\(escape(strings[.contents]))\">\n"
    out += "<h2>\(escape(strings[.contents]))</h2>\n<ol>\n"
    for section in sections {
      out += "<li><a href=\"#\(section.id)\">\(escape(strings[section.key]))</a></li>\n"
    }
    return out + "</ol>\n</nav>\n"
  }

  private func summary() -> String {
    let plan = content.baseline.report.plan
    let total = plan.viable + plan.atRisk + plan.blocked
    var out = "<section id=\"summary\" class=\"summary\">\n<h2>\(escape(strings[.summary]))</h2>\n"
    out += "<div class=\"cards\">\n"
    out += "<div class=\"card\">\n<h3>\(escape(strings[.planStatus]))</h3>\n"
    out += "<p class=\"counts\">"
    out += [CommitmentStatus.viable, .atRisk, .blocked].map { status in
      let count = status == .viable ? plan.viable : status == .atRisk ? plan.atRisk : plan.blocked
      let zero = count == 0 ? " zero" : ""
      return "<span class=\"status \(status.rawValue)\(zero)\"><b>\(count)</b> \(escape(strings.status(status)))</span>"
    }.joined(separator: " ")
    out += "</p>\n"
    out +=
      "<p>\(escape(strings.planCounts(viable: plan.viable, atRisk: plan.atRisk, blocked: plan.blocked, total: total)))"
    let largest = content.largestSupporter
    out +=
      " "
      + strings.planSupport(
        mean: ReportNumber.signed(plan.meanViability, digits: 2),
        hhi: ReportNumber.fixed(plan.concentration, digits: 2),
        largest: largest.map { "<strong>\(escape(content.shortName($0.id)))</strong>" },
        share: ReportNumber.percent(largest?.share ?? 0))
    out += "</p>\n</div>\n"

    out += "<div class=\"card\">\n<h3>\(escape(strings[.mostDangerousScenario]))</h3>\n"
    if let worst = content.mostDangerousScenario {
      let name =
        "<a href=\"#scenario-\(escape(worst.fileStem))\">\(escape(worst.scenario.title))</a>"
      let delta = ReportNumber.signed(worst.deltaTotalViability, digits: 2)
      if worst.worsenedCount > 0 {
        out += "<p>" + strings.dangerousScenario(name, worse: worst.worsenedCount, delta: delta) + "</p>\n<ul>\n"
        for change in worst.result.worsened {
          out +=
            "<li>\(escape(content.commitmentTitle(change.commitment))): \(statusPair(change.from, change.to))</li>\n"
        }
        out += "</ul>\n"
      } else {
        out +=
          "<p>" + strings.harmlessScenarios(name, delta: worst.deltaTotalViability < -1e-9 ? delta : nil) + "</p>\n"
      }
    } else {
      out += "<p>\(escape(strings[.noScenarios]))</p>\n"
    }
    out += "</div>\n"

    out += "<div class=\"card\">\n<h3>\(escape(strings[.criticalAllies]))</h3>\n"
    let allies = content.criticalAllies
    if allies.isEmpty {
      let first = content.sweep.allies.first
      out += "<p>"
      out += strings.noCriticalAlly(
        first.flatMap { $0.deltaViability < -1e-9 ? $0 : nil }.map {
          "<strong>\(escape($0.ids.map(content.shortName).joined(separator: " + ")))</strong>"
        },
        delta: ReportNumber.signed(first?.deltaViability ?? 0, digits: 2))
      out += "</p>\n"
    } else {
      out += "<ol>\n"
      for ally in allies {
        let name = "<strong>\(escape(ally.ids.map(content.shortName).joined(separator: " + ")))</strong>"
        out +=
          "<li>"
          + strings.criticalAlly(
            name, worse: ally.statusChanges, delta: ReportNumber.signed(ally.deltaViability, digits: 2)) + "</li>\n"
      }
      out += "</ol>\n"
    }
    out += "</div>\n"

    out += "<div class=\"card\">\n<h3>\(escape(strings[.obstaclesUnderPressure]))</h3>\n"
    let obstacles = content.obstaclesUnderPressure
    if obstacles.isEmpty {
      out += "<p>\(escape(content.model.obstacles.isEmpty ? strings[.noObstacles] : strings.noPressure))</p>\n"
    } else {
      out += "<ol>\n"
      for (obstacle, pressure) in obstacles {
        out +=
          "<li>"
          + strings.obstacleLine(
            "<strong>\(escape(obstacle.title))</strong>", kind: escape(strings.map.obstacle(obstacle.kind)),
            pressure: ReportNumber.fixed(pressure.pressure, digits: 2),
            commitments: obstacle.blocks.count) + "</li>\n"
      }
      out += "</ol>\n"
    }
    out += "</div>\n</div>\n</section>\n"
    return out
  }

  private func mapSection(id: String, heading: ReportStrings.Key, note: ReportStrings.Key, kind: MapKind) -> String {
    var out = "<section id=\"\(id)\" class=\"map-section\">\n<h2>\(escape(strings[heading]))</h2>\n"
    out += "<p class=\"note\">\(escape(strings[note]))</p>\n"
    if let map = content.map(kind) { out += figure(map, label: strings[heading]) }
    return out + "</section>\n"
  }

  private func figure(_ map: ReportMap, label: String) -> String {
    let prefix = String(map.fileName.dropLast(4))
    var out = "<figure class=\"map\">\n"
    if map.svg.utf8.count > ReportContent.inlineMapLimit {
      out += "<p class=\"note\">\(escape(content.linkedMapNote()))"
      out += "<a href=\"\(escape(map.fileName))\">\(escape(map.fileName))</a></p>\n"
    } else {
      out += InlineSVG.element(map.svg, prefix: prefix, label: escape(label)) + "\n"
    }
    if let note = map.overviewNote(content.options.language) {
      let link =
        note.target.map { "<a href=\"\(escape($0))\">\(escape(note.link))</a>" } ?? "<code>\(escape(note.link))</code>"
      out += "<figcaption class=\"note\">\(escape(note.before))\(link)\(escape(note.after))</figcaption>\n"
    }
    return out + "</figure>\n"
  }

  private func actors() -> String {
    var out = "<section id=\"actors\">\n<h2>\(escape(strings[.actors]))</h2>\n"
    out += "<p class=\"note\">\(escape(strings[.actorsNote]))</p>\n"
    out += table(content.shownActorsTable, compact: true)
    if let note = content.actorsTableNote { out += "<p class=\"note\">\(escape(note))</p>\n" }
    return out + "</section>\n"
  }

  private func commitments() -> String {
    var out = "<section id=\"commitments\">\n<h2>\(escape(strings[.commitments]))</h2>\n"
    if content.model.commitments.isEmpty {
      out += "<p>\(escape(strings[.noCommitments]))</p>\n"
    } else {
      out += "<p class=\"note\">\(escape(strings[.commitmentsNote]))</p>\n"
      out += table(content.commitmentsTable, compact: true)
    }
    out += "<h3>\(escape(strings[.obstacles]))</h3>\n"
    if content.model.obstacles.isEmpty {
      out += "<p>\(escape(strings[.noObstacles]))</p>\n"
    } else {
      out += "<p class=\"note\">\(escape(strings[.obstaclesNote]))</p>\n"
      out += table(content.obstaclesTable, compact: true)
    }
    if let map = content.map(.commitments) {
      out += "<div class=\"map-section\">\n<h3>\(escape(strings[.commitmentsMap]))</h3>\n"
      out += figure(map, label: strings[.commitmentsMap]) + "</div>\n"
    }
    return out + "</section>\n"
  }

  private func scenarios() -> String {
    var out = "<section id=\"scenarios\">\n<h2>\(escape(strings[.scenarios]))</h2>\n"
    if content.scenarios.isEmpty { out += "<p>\(escape(strings[.noScenarios]))</p>\n" }
    for outcome in content.scenarios {
      let scenario = outcome.scenario
      out += "<article id=\"scenario-\(escape(outcome.fileStem))\" class=\"scenario\">\n"
      out += "<h3>\(escape(scenario.title)) <span class=\"id\">[\(escape(scenario.id))]</span></h3>\n"
      if let description = scenario.description { out += "<p>\(escape(description))</p>\n" }
      out += "<p><b>\(escape(strings[.steps])):</b></p>\n<ol class=\"steps\">\n"
      for step in scenario.steps {
        out +=
          "<li>\(escape(StepDescription.describe(step, language: content.options.language, name: content.shortName)))</li>\n"
      }
      out += "</ol>\n"
      let result = outcome.result
      out += "<p class=\"plan-line\"><b>\(escape(strings[.planTotals])):</b> \(escape(strings[.before])): "
      out += escape(
        strings.planLine(result.before.plan, mean: ReportNumber.signed(result.before.plan.meanViability, digits: 2)))
      out += "<br>\(escape(strings[.after])): "
      out += escape(
        strings.planLine(result.after.plan, mean: ReportNumber.signed(result.after.plan.meanViability, digits: 2)))
      out += "</p>\n"
      out += "<p class=\"note\">\(escape(strings[.scenarioNote])) \(escape(strings[.driversNote]))</p>\n"
      out += table(content.changesTable(outcome), compact: true, extraClass: "changes")
      out += "<div class=\"map-section\">\n<h4>\(escape(strings[.scenarioMap])): \(escape(scenario.title))</h4>\n"
      out += figure(outcome.map, label: strings[.scenarioMap] + ": " + scenario.title) + "</div>\n"
      out += "</article>\n"
    }
    return out + "</section>\n"
  }

  private func monteCarlo() -> String {
    var out = "<section id=\"monte-carlo\">\n<h2>\(escape(strings[.monteCarlo]))</h2>\n"
    out += "<p class=\"note\">\(escape(strings[.monteCarloNote]))</p>\n"
    for outcome in content.scenarios {
      guard let result = outcome.result.monteCarlo, let commitments = content.monteCarloTable(outcome),
        let counts = content.viableCountTable(outcome)
      else { continue }
      out += "<h3>\(escape(outcome.scenario.title))</h3>\n"
      out += "<p>"
      out += escape(
        strings.monteCarloHeader(
          samples: result.samples, seed: result.seed, expected: ReportNumber.fixed(result.viableCount.mean, digits: 2)))
      out += "</p>\n"
      out += table(commitments, compact: false)
      out += distribution(counts, samples: result.samples)
    }
    return out + "</section>\n"
  }

  /// The viable-count distribution as a table with a bar per row (CSS widths, no script).
  private func distribution(_ counts: ReportTable, samples: Int) -> String {
    var out = "<table class=\"distribution\">\n<thead><tr>"
    out += "<th class=\"num\">\(escape(counts.columns[0].label))</th>"
    out += "<th class=\"num\">\(escape(counts.columns[1].label))</th>"
    out += "<th class=\"num\">\(escape(counts.columns[2].label))</th><th></th></tr></thead>\n<tbody>\n"
    for row in counts.rows {
      guard case .integer(let viable) = row[0], case .integer(let count) = row[1] else { continue }
      let share = samples > 0 ? Double(count) / Double(samples) : 0
      out += "<tr><td class=\"num\">\(viable)</td><td class=\"num\">\(count)</td>"
      out += "<td class=\"num\">\(ReportNumber.percent(share))</td>"
      out +=
        "<td class=\"bar\"><span style=\"width: \(ReportNumber.fixed(share * 100, digits: 1))%\"></span></td></tr>\n"
    }
    return out + "</tbody>\n</table>\n"
  }

  private func allyLoss() -> String {
    var out = "<section id=\"ally-loss\">\n<h2>\(escape(strings[.allyLoss]))</h2>\n"
    out += "<p class=\"note\">\(escape(strings[.allyLossNote]))</p>\n"
    let table = content.alliesTable
    let shown = min(content.options.allyRows, table.rows.count)
    out += self.table(table.prefix(shown), compact: true)
    if shown < table.rows.count {
      out +=
        "<p class=\"note\">\(escape(strings.rowsShown(shown, of: table.rows.count, file: "data/allies.csv")))</p>\n"
    }
    return out + "</section>\n"
  }

  private func mactor() -> String {
    var out = "<section id=\"mactor\">\n<h2>\(escape(strings[.mactor]))</h2>\n"
    guard let balance = content.mactorBalanceTable else {
      out += "<p>\(escape(content.mactorUnavailable ?? ""))</p>\n"
      return out + "</section>\n"
    }
    out += "<p class=\"note\">\(escape(strings[.mactorNote]))</p>\n"
    out += "<h3>\(escape(strings[.balanceOfPower]))</h3>\n" + table(balance, compact: false)
    if let midi = content.mactorMIDITable {
      out += "<h3>\(escape(strings[.midi]))</h3>\n<p class=\"note\">\(escape(strings[.midiNote]))</p>\n"
      if midi.rows.count <= 30 {
        out += table(midi, compact: true, matrix: true)
      } else {
        out += "<p>\(escape(strings.matrixOmitted(file: "data/mactor-midi.csv")))</p>\n"
      }
    }
    if let objectives = content.mactorObjectivesTable {
      out += "<h3>\(escape(strings[.mobilisation]))</h3>\n<p class=\"note\">\(escape(strings[.objectivesNote]))</p>\n"
      out += table(objectives, compact: false)
    }
    return out + "</section>\n"
  }

  private func methods() -> String {
    var out = "<section id=\"methods\" class=\"methods\">\n<h2>\(escape(strings[.methods]))</h2>\n"
    out += "<p class=\"note\">\(escape(strings[.methodsNote]))</p>\n"
    for entry in MethodsAppendix(content.options.language).entries {
      out += "<div class=\"method\">\n<h3>\(escape(entry.title))</h3>\n"
      out += "<pre>\(entry.formulas.map(escape).joined(separator: "\n"))</pre>\n"
      out += "<p>\(escape(entry.explanation))</p>\n</div>\n"
    }
    return out + "</section>\n"
  }

  // MARK: Pieces

  /// A table of the report; `compact` uses the smaller type for wide tables.
  private func table(_ table: ReportTable, compact: Bool, matrix: Bool = false, extraClass: String? = nil) -> String {
    let columns = table.columns.indices.filter { table.columns[$0].shown }
    var classes = ["data"]
    if let extraClass { classes.append(extraClass) }
    if compact { classes.append("compact") }
    if matrix { classes.append("matrix") }
    var out =
      "<div class=\"table-wrap\">\n<table class=\"\(classes.joined(separator: " "))\" id=\"table-\(escape(table.id))\">\n"
    out += "<thead><tr>"
    for index in columns {
      let column = table.columns[index]
      let classes = (column.numeric ? "num " : "") + "c-" + escape(column.key)
      out += "<th class=\"\(classes)\" scope=\"col\">\(escape(column.label))</th>"
    }
    out += "</tr></thead>\n<tbody>\n"
    for row in table.rows {
      out += "<tr>"
      for index in columns {
        out += cell(row[index], column: table.columns[index])
      }
      out += "</tr>\n"
    }
    return out + "</tbody>\n</table>\n</div>\n"
  }

  private func cell(_ cell: ReportCell, column: ReportTable.Column) -> String {
    let open = "<td class=\"\(column.numeric ? "num " : "")c-\(escape(column.key))\">"
    switch cell {
    case .text(let text): return open + escape(text) + "</td>"
    case .term(_, let shown): return open + escape(shown) + "</td>"
    case .number(let value, let digits): return open + ReportNumber.fixed(value, digits: digits) + "</td>"
    case .signed(let value, let digits): return open + ReportNumber.signed(value, digits: digits) + "</td>"
    case .percent(let value): return open + ReportNumber.percent(value) + "</td>"
    case .integer(let value): return open + ReportNumber.integer(value) + "</td>"
    case .status(let status):
      return open + "<span class=\"status \(status.rawValue)\">\(escape(strings.status(status)))</span></td>"
    case .flag(let value): return open + escape(strings[value ? .yes : .no]) + "</td>"
    case .list(_, let shown): return open + (shown.isEmpty ? "–" : shown.map(escape).joined(separator: ", ")) + "</td>"
    case .empty: return open + "–</td>"
    }
  }

  private func statusPair(_ from: CommitmentStatus, _ to: CommitmentStatus) -> String {
    "\(escape(strings.map.status(from))) → <b>\(escape(strings.status(to)))</b>"
  }

  private func escape(_ text: String) -> String {
    TextEscaping.html(text)
  }
}
