import PowerMap
import PowerMapReport

/// The terminal and CSV renderings of `powermap simulate`.
enum SimulationText {
  /// The columns of the changes table (``TableBuilder/changes(_:scenario:stem:)``) the terminal shows: ids
  /// instead of titles; the restoring steps follow as a list.
  static let changeColumns = [
    "commitment", "from", "to", "viabilityBefore", "viabilityAfter", "deltaViability", "drivers",
  ]

  /// The columns of the Monte Carlo table (``TableBuilder/monteCarlo(_:stem:)``) the terminal shows: ids
  /// instead of titles.
  static let monteCarloColumns = ["id", "pViable", "pBlocked", "meanViability", "p05", "p95"]

  /// The terminal report: the plans before and after, the commitments' changes and, when sampled, the
  /// Monte Carlo outcome, as the report's tables show them.
  static func report(_ result: SimulationResult, model: Model) -> String {
    let names = Dictionary(model.actors.map { ($0.id, $0.short) }, uniquingKeysWith: { first, _ in first })
    var out = "\(result.before.model.name)\n"
    if let scenario = result.scenario { out += "Scenario: \(scenario.title) [\(scenario.id)]\n" }
    let before = result.before.plan
    let after = result.after.plan
    out += "\nPlan             before   after\n"
    out += "  viable         \(pad(before.viable))  \(pad(after.viable))\n"
    out += "  at risk        \(pad(before.atRisk))  \(pad(after.atRisk))\n"
    out += "  blocked        \(pad(before.blocked))  \(pad(after.blocked))\n"
    out +=
      "  mean V        \(Format.signed(before.meanViability).leftPadded(6))  \(Format.signed(after.meanViability).leftPadded(6))\n"
    out +=
      "  HHI            \(Format.fixed(before.concentration).leftPadded(5))   \(Format.fixed(after.concentration).leftPadded(5))\n"

    let tables = TableBuilder(strings: ReportStrings(.en), shortName: { names[$0] ?? $0 })
    let stem = result.scenario?.id ?? ""
    out += "\nCommitments\n"
    out += TextTable.render(
      tables.changes(result, scenario: nil, stem: stem).view(changeColumns), strings: tables.strings)
    let restoring = result.changes.filter { !$0.restoringSteps.isEmpty }
    if !restoring.isEmpty {
      out += "\nSteps whose omission restores the status\n"
      for change in restoring {
        out += "  \(change.commitment): \(change.restoringSteps.map(\.description).joined(separator: ", "))\n"
      }
    }
    if let monteCarlo = result.monteCarlo {
      out += "\nMonte Carlo: \(monteCarlo.samples) samples, seed \(monteCarlo.seed)\n"
      if let table = tables.monteCarlo(result, stem: stem) {
        out += TextTable.render(table.view(monteCarloColumns), strings: tables.strings)
      }
      out += "\nNumber of viable commitments\n"
      let distribution = monteCarlo.viableCount.distribution
      let total = max(1, distribution.reduce(0, +))
      for (count, frequency) in distribution.enumerated() {
        let share = Double(frequency) / Double(total)
        let bar = String(repeating: "█", count: Int((share * 40).rounded()))
        out += "  \(String(count).leftPadded(3))  \(Format.fixed(100 * share, 1).leftPadded(5))%  \(bar)\n"
      }
      out += "  mean \(Format.fixed(monteCarlo.viableCount.mean))\n"
    }
    return out
  }

  /// The changes table as CSV, the report's `data/changes-ID.csv` (``TableBuilder/changes(_:scenario:stem:)``),
  /// with the columns of its `data/montecarlo-ID.csv` appended when sampled.
  static func csv(_ result: SimulationResult) -> String {
    let tables = TableBuilder(strings: ReportStrings(.en), shortName: { $0 })
    return TableData.csv(tables.changesWithMonteCarlo(result, stem: result.scenario?.id ?? ""))
  }

  private static func pad(_ value: Int) -> String { String(value).leftPadded(5) }
}

extension String {
  func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}

extension MetricTable {
  /// simulate: the after-plan, status changes, per-commitment ΔV, and Monte Carlo probabilities.
  init(_ result: SimulationResult) {
    self.init(result.after)
    plain["statusChanges"] = Double(result.worsened.count)
    perID["deltaViability"] = Dictionary(
      result.changes.map { ($0.commitment, $0.deltaViability) }, uniquingKeysWith: { a, _ in a })
    if let monteCarlo = result.monteCarlo {
      perID["pViable"] = Dictionary(monteCarlo.commitments.map { ($0.id, $0.pViable) }, uniquingKeysWith: { a, _ in a })
      perID["pBlocked"] = Dictionary(
        monteCarlo.commitments.map { ($0.id, $0.pBlocked) }, uniquingKeysWith: { a, _ in a })
      plain["expectedViable"] = monteCarlo.viableCount.mean
    }
  }
}
