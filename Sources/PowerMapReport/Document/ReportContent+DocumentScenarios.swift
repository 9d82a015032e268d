import PowerMap
import PowerMapGraphviz

/// The sections of the report's document after the commitments: scenarios, Monte Carlo, the loss
/// of an ally, MACTOR and the methods.
extension ReportContent {
  var scenariosSection: ReportDocument.Section {
    let blocks: [ReportBlock] =
      scenarios.isEmpty ? [.paragraph([.text(strings[.noScenarios])])] : scenarios.map(scenarioArticle)
    return ReportDocument.Section(id: "scenarios", heading: strings[.scenarios], blocks: blocks)
  }

  private func scenarioArticle(_ outcome: ScenarioOutcome) -> ReportBlock {
    let scenario = outcome.scenario
    let result = outcome.result
    var blocks: [ReportBlock] = []
    if let description = scenario.description { blocks.append(.paragraph([.text(description)])) }
    let steps = scenario.steps.map { step -> [ReportRun] in
      [.text(StepDescription.describe(step, language: options.language, name: shortName))]
    }
    let mapTitle = strings[.scenarioMap] + ": " + scenario.title
    blocks += [
      .paragraph([.bold(strings[.steps] + ":")]),
      .list(steps, ordered: true, cssClass: "steps"),
      .lines(
        label: strings[.planTotals],
        [
          [.text("\(strings[.before]): " + strings.planLine(result.before.plan))],
          [.text("\(strings[.after]): " + strings.planLine(result.after.plan))],
        ]),
      .paragraph([.text("\(strings[.scenarioNote]) \(strings[.driversNote])")], style: .note),
      .table(changesTable(outcome), .init(compact: true, cssClass: "changes")),
      .figure(figure(outcome.map, label: mapTitle, title: mapTitle)),
    ]
    return .article(
      id: "scenario-\(outcome.fileStem)", cssClass: "scenario",
      heading: [.text(scenario.title + " "), .identifier(scenario.id)], blocks)
  }

  var monteCarloSection: ReportDocument.Section {
    var blocks = [ReportBlock.paragraph([.text(strings[.monteCarloNote])], style: .note)]
    for outcome in scenarios {
      guard let result = outcome.result.monteCarlo, let commitments = monteCarloTable(outcome),
        let counts = viableCountTable(outcome)
      else { continue }
      let header = strings.monteCarloHeader(
        samples: result.samples, seed: result.seed, expected: result.viableCount.mean)
      blocks.append(
        .item(
          cssClass: nil,
          [
            .heading(outcome.scenario.title, level: 3), .paragraph([.text(header)]),
            .table(commitments, .init(compact: false)), .distribution(counts, samples: result.samples),
          ]))
    }
    return ReportDocument.Section(id: "monte-carlo", heading: strings[.monteCarlo], blocks: blocks)
  }

  var allyLossSection: ReportDocument.Section {
    let table = alliesTable
    let shown = min(options.allyRows, table.rows.count)
    var blocks: [ReportBlock] = [
      .paragraph([.text(strings[.allyLossNote])], style: .note), .table(table.prefix(shown), .init(compact: true)),
    ]
    if shown < table.rows.count {
      let rows = strings.rowsShown(shown, of: table.rows.count, file: "data/allies.csv")
      blocks.append(.paragraph([.text(rows)], style: .note))
    }
    return ReportDocument.Section(id: "ally-loss", heading: strings[.allyLoss], blocks: blocks)
  }

  var mactorSection: ReportDocument.Section {
    var blocks: [ReportBlock] = []
    if let balance = mactorBalanceTable {
      blocks = [
        .paragraph([.text(strings[.mactorNote])], style: .note), .heading(strings[.balanceOfPower], level: 3),
        .table(balance, .init(compact: false)),
      ]
      if let midi = mactorMIDITable {
        blocks += [.heading(strings[.midi], level: 3), .paragraph([.text(strings[.midiNote])], style: .note)]
        blocks.append(
          midi.rows.count <= 30
            ? .table(midi, .init(compact: true, matrix: true))
            : .paragraph([.text(strings.matrixOmitted(file: "data/mactor-midi.csv"))]))
      }
      if let objectives = mactorObjectivesTable {
        blocks += [
          .heading(strings[.mobilisation], level: 3), .paragraph([.text(strings[.objectivesNote])], style: .note),
          .table(objectives, .init(compact: false)),
        ]
      }
    } else {
      blocks = [.paragraph([.text(mactorUnavailable ?? "")])]
    }
    return ReportDocument.Section(id: "mactor", heading: strings[.mactor], blocks: blocks)
  }

  var methodsSection: ReportDocument.Section {
    var blocks = [ReportBlock.paragraph([.text(strings[.methodsNote])], style: .note)]
    for entry in MethodsAppendix(options.language).entries {
      blocks.append(
        .item(
          cssClass: "method",
          [.heading(entry.title, level: 3), .formulas(entry.formulas), .paragraph([.text(entry.explanation)])]))
    }
    return ReportDocument.Section(id: "methods", cssClass: "methods", heading: strings[.methods], blocks: blocks)
  }
}

extension ReportContent {
  /// Rule 11: per subject (the plan as it is, then each scenario), each commitment not viable (with
  /// `report --robust`: not viable after any one loss) with its three smallest engagements per
  /// scope and its best recruitments, or why nothing works.
  var adviceSection: ReportDocument.Section {
    let robust = options.robust
    var blocks: [ReportBlock] = [.paragraph([.text(strings.adviceNote(robust: robust))], style: .note)]
    for result in advice {
      blocks.append(.heading(strings.adviceSubject(result.scenario?.title), level: 3))
      guard !result.commitments.isEmpty else {
        blocks.append(.paragraph([.text(strings.adviceNothingToDo(robust: robust))]))
        continue
      }
      blocks.append(.list(result.commitments.map { adviceLine($0, in: result) }, ordered: false))
    }
    return ReportDocument.Section(
      id: "advice", cssClass: nil, heading: strings.adviceHeading(robust: robust), blocks: blocks)
  }

  /// "**Title** (blocked, V −0.20): cheapest: **engage Ejecutivo estatal +0.59 on this commitment**;
  /// also: engage Ejecutivo estatal +0.59 overall; recruit INAI to authority (V → +0.32); …"
  private func adviceLine(_ advice: CommitmentAdvice, in result: AdviceResult) -> [ReportRun] {
    var runs: [ReportRun] = [
      .strong(commitmentTitle(advice.id)),
      .text(
        " (\(strings.map.status(advice.status))"
          + (result.robust && advice.status == .viable ? " " + strings.adviceNotRobust : "")
          + ", V \(ReportNumber.signed(advice.viability, digits: 2))): "),
    ]
    func engage(_ row: Engagement) -> String {
      "\(strings.adviceEngage) \(shortName(row.actor)) \(ReportNumber.signed(row.delta, digits: 2)) "
        + strings.adviceScope(row.scope)
    }
    // The cheapest engagement first, in bold (the one the commitments map marks), then the others.
    let cheapest = advice.engagements.first
    var moves: [String] = []
    for scope in [Engagement.Scope.commitment, .general] {
      moves += advice.engagements.filter { $0.scope == scope }.prefix(3).filter { $0 != cheapest }.map(engage)
    }
    moves += advice.recruitments.prefix(3).map { row in
      "\(strings.adviceRecruit) \(strings.adviceRecruitment(shortName(row.actor), row.dimension))"
        + " (V → \(ReportNumber.signed(row.viability, digits: 2)))"
    }
    if let cheapest {
      runs += [.text(strings.adviceCheapest), .bold(engage(cheapest))]
      runs.append(.text(moves.isEmpty ? "" : "; " + strings.adviceAlso + moves.joined(separator: "; ")))
      return runs
    }
    if moves.isEmpty {
      // Whether the owner is absent, read from the scenario's own analysis (the model as it is has
      // every owner present).
      let owner = model.commitments.first { $0.id == advice.id }?.owner ?? ""
      let outcome = scenarios.first { $0.scenario.id == result.scenario?.id }
      let removed = outcome.map { $0.run.after.state.actor(owner)?.present == false } ?? false
      moves = [strings.adviceNoMove(ownerRemoved: removed, robust: result.robust)]
    }
    runs.append(.text(moves.joined(separator: "; ")))
    return runs
  }
}
