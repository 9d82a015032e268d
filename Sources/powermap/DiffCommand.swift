import ArgumentParser
import Foundation
import PowerMap

struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Two plan cycles side by side, and how each fares under the same scenario.",
    discussion: """
      Lists each plan's totals before and after the scenario (statuses, mean viability, support concentration, \
      the largest supporter's share) and the commitments worse and better under it; the actors added, removed \
      and changed between A and B; the commitments added and removed; and for each commitment in both plans its \
      status in A and B, the actors added to and removed from each dimension of its needs, and the obstacles \
      added, removed or changed. A scenario id or file is resolved against each model. --fail-if metrics: \
      a.viable, a.atRisk, a.blocked, a.meanViability, a.concentration and the same for b (after the scenario \
      when one is given).
      """
  )

  @Argument(help: "The first plan's model (e.g. the earlier cycle).")
  var a: String

  @Argument(help: "The second plan's model.")
  var b: String

  @OptionGroup var scenarioOptions: ScenarioOptions<ComposedScenarios>

  @Flag(help: "Print the comparison as JSON.")
  var json = false

  @OptionGroup var failIf: FailIfOptions

  func run() throws {
    _ = try failIf.conditions()
    let modelA = try ModelLoader.load(contentsOf: a)
    let modelB = try ModelLoader.load(contentsOf: b)
    Terminal.printDiagnostics(modelA.warnings + modelB.warnings)
    let comparison = PlanComparison(
      a: Simulation(model: modelA.model).run(try scenarioOptions.resolve(for: modelA.model, modelPath: a)),
      b: Simulation(model: modelB.model).run(try scenarioOptions.resolve(for: modelB.model, modelPath: b)))
    try Terminal.write(json ? try Terminal.json(comparison) : DiffText.render(comparison))
    var metrics = MetricTable()
    for (prefix, side) in [("a.", comparison.a), ("b.", comparison.b)] {
      let plan = side.after ?? side.before
      metrics.merge(
        MetricTable(
          plain: [
            "viable": Double(plan.viable), "atRisk": Double(plan.atRisk), "blocked": Double(plan.blocked),
            "meanViability": plan.meanViability, "concentration": plan.concentration,
          ]), prefix: prefix)
    }
    try failIf.enforce(metrics)
  }
}

/// The terminal rendering of a plan comparison.
enum DiffText {
  static func render(_ comparison: PlanComparison) -> String {
    let hasScenario = comparison.scenario != nil
    var out = "A: \(comparison.a.name)\nB: \(comparison.b.name)\n"
    if let scenario = comparison.scenario { out += "Scenario: \(scenario.title) [\(scenario.id)]\n" }
    out += "\n"
    var columns: [(String, TextTable.Alignment)] = [("", .left), ("A", .right)]
    if hasScenario { columns.append(("A after", .right)) }
    columns.append(("B", .right))
    if hasScenario { columns.append(("B after", .right)) }
    var table = TextTable(columns)
    func row(_ label: String, _ value: (PlanSummary) -> String, _ fixed: ((PlanComparison.Side) -> String)? = nil) {
      var cells = [label]
      for side in [comparison.a, comparison.b] {
        if let fixed {
          cells.append(fixed(side))
          if hasScenario { cells.append("") }
        } else {
          cells.append(value(side.before))
          if hasScenario { cells.append(side.after.map(value) ?? "") }
        }
      }
      table.append(cells)
    }
    row("actors", { _ in "" }, { "\($0.actors)" })
    row("commitments", { _ in "" }, { "\($0.commitments)" })
    row("viable", { "\($0.viable)" })
    row("at risk", { "\($0.atRisk)" })
    row("blocked", { "\($0.blocked)" })
    row("mean viability", { Format.signed($0.meanViability) })
    row("support concentration (HHI)", { Format.fixed($0.concentration) })
    row("largest supporter", { _ in "" }) { side in
      side.largestSupporter.map { "\($0) \(Format.fixed(100 * side.largestSupporterShare, 0))%" } ?? "–"
    }
    out += table.render()
    if hasScenario { out += scenarioChanges(comparison) }
    out += "\nActors added in B (\(comparison.actorsAdded.count)): \(list(comparison.actorsAdded))\n"
    out += "Actors removed in B (\(comparison.actorsRemoved.count)): \(list(comparison.actorsRemoved))\n"
    out += actorsChanged(comparison)
    out += "Commitments added in B: \(list(comparison.commitmentsAdded))\n"
    out += "Commitments removed in B: \(list(comparison.commitmentsRemoved))\n"
    out += commitmentsInBoth(comparison)
    return out
  }

  /// The actors whose declared values differ between A and B, a line each with every changed field.
  private static func actorsChanged(_ comparison: PlanComparison) -> String {
    let changed = Dictionary(grouping: comparison.actorsChanged, by: \.id)
    var out = "Actors changed (\(changed.count))"
    guard !changed.isEmpty else { return out + ": none\n" }
    out += ":\n"
    var seen = Set<String>()
    for difference in comparison.actorsChanged where seen.insert(difference.id).inserted {
      let fields = (changed[difference.id] ?? []).map { change in
        "\(change.field) \(change.a.isEmpty ? "none" : change.a) → \(change.b.isEmpty ? "none" : change.b)"
      }
      out += "  \(difference.id): \(fields.joined(separator: ", "))\n"
    }
    return out
  }

  static func list(_ ids: [String]) -> String { ids.isEmpty ? "none" : ids.joined(separator: ", ") }
}
