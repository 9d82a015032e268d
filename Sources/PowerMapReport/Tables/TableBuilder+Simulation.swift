import PowerMap
import PowerMapGraphviz

/// The tables of one simulated scenario: a report shows and writes them, `simulate --csv` prints
/// the changes table (joined with the Monte Carlo table when sampled).
extension TableBuilder {
  /// The title of every commitment of `result`, by id.
  private func titles(_ result: SimulationResult) -> [String: String] {
    Dictionary(result.before.commitments.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
  }

  /// Every commitment before and after, with drivers and restoring steps (rule 8).
  package func changes(_ result: SimulationResult, scenario: Scenario?, stem: String) -> ReportTable {
    let titles = self.titles(result)
    let rows = result.changes.map { change -> [ReportCell] in
      let shownDrivers = change.driverEffects.filter { abs($0.effect) >= 0.005 }
      return [
        .text(change.commitment), .text(titles[change.commitment] ?? change.commitment), .status(change.from),
        .status(change.to), .signed(change.viabilityBefore, digits: 2), .signed(change.viabilityAfter, digits: 2),
        .signed(change.deltaViability, digits: 2),
        .list(
          change.driverEffects.map(\.actor),
          shown: shownDrivers.map { "\(shortName($0.actor)) [\(ReportNumber.signed($0.effect, digits: 2))]" }),
        .list(
          change.restoringSteps.map { "\($0.scenario)#\($0.step + 1)" },
          shown: change.restoringSteps.map { step($0, of: scenario) }),
      ]
    }
    return ReportTable(
      id: "changes-\(stem)",
      columns: [
        dataColumn("commitment", .commitment), column("title", .commitment),
        column("from", .statusBefore), column("to", .statusAfter),
        column("viabilityBefore", .viabilityBefore, numeric: true),
        column("viabilityAfter", .viabilityAfter, numeric: true),
        column("deltaViability", .deltaViability, numeric: true), column("drivers", .drivers),
        column("restoringSteps", .restoringSteps),
      ], rows: rows)
  }

  /// "2. ORFIS leaves" for a step of the scenario; its reference otherwise.
  private func step(_ reference: StepReference, of scenario: Scenario?) -> String {
    let steps = scenario?.id == reference.scenario ? scenario?.steps ?? [] : []
    guard steps.indices.contains(reference.step) else { return "\(reference.scenario)#\(reference.step + 1)" }
    return "\(reference.step + 1). "
      + StepDescription.describe(steps[reference.step], language: strings.language, name: shortName)
  }

  /// The Monte Carlo outcome per commitment (rule 10); nil without samples.
  package func monteCarlo(_ result: SimulationResult, stem: String) -> ReportTable? {
    let titles = self.titles(result)
    guard let monteCarlo = result.monteCarlo else { return nil }
    let rows = monteCarlo.commitments.map { commitment -> [ReportCell] in
      [
        .text(commitment.id), .text(titles[commitment.id] ?? commitment.id), .percent(commitment.pViable),
        .percent(commitment.pBlocked), .signed(commitment.meanViability, digits: 2),
        .signed(commitment.p05, digits: 2), .signed(commitment.p95, digits: 2),
      ]
    }
    return ReportTable(
      id: "montecarlo-\(stem)",
      columns: [
        dataColumn("id", .commitment), column("title", .commitment),
        column("pViable", .pViable, numeric: true), column("pBlocked", .pBlocked, numeric: true),
        column("meanViability", .meanViability, numeric: true), column("p05", .p05, numeric: true),
        column("p95", .p95, numeric: true),
      ], rows: rows)
  }

  /// The distribution of the number of viable commitments over the samples; nil without samples.
  package func viableCount(_ result: SimulationResult, stem: String) -> ReportTable? {
    guard let monteCarlo = result.monteCarlo else { return nil }
    let total = max(monteCarlo.samples, 1)
    let rows = monteCarlo.viableCount.distribution.enumerated().map { count, samples -> [ReportCell] in
      [.integer(count), .integer(samples), .percent(Double(samples) / Double(total))]
    }
    return ReportTable(
      id: "viable-count-\(stem)",
      columns: [
        column("viable", .viableCount, numeric: true), column("samples", .sampleCount, numeric: true),
        column("share", .share, numeric: true),
      ], rows: rows)
  }

  /// The changes table with the figures of the Monte Carlo table of each commitment appended
  /// (empty cells where a commitment has none), as `simulate --csv` prints it; the changes table
  /// without samples.
  package func changesWithMonteCarlo(_ result: SimulationResult, stem: String) -> ReportTable {
    let changes = self.changes(result, scenario: nil, stem: stem)
    guard let monteCarlo = monteCarlo(result, stem: stem) else { return changes }
    return changes.joined(monteCarlo, key: "commitment", otherKey: "id")
  }
}
