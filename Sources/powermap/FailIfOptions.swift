import ArgumentParser
import Foundation
import PowerMap

/// `--fail-if EXPR`, shared by the analysis commands: exit code 1 when a condition holds.
struct FailIfOptions: ParsableArguments {
  @Option(
    name: .customLong("fail-if"),
    help: ArgumentHelp(
      "Exit with code 1 when the condition holds, e.g. 'blocked>0' or 'pViable(public-works-data)<0.8'. "
        + "Repeatable: any condition that holds fails the run.", valueName: "EXPR"))
  var expressions: [String] = []

  /// The parsed conditions; a malformed one is a usage error (exit 2).
  func conditions() throws -> [FailCondition] {
    try expressions.map { try FailCondition(parsing: $0) }
  }

  /// Refuses, before any output, a condition on a Monte Carlo metric (`pViable`, …) when the
  /// command draws no samples.
  func requireSamples(_ samples: Int) throws {
    guard samples <= 0 else { return }
    for condition in try conditions() where MetricTable.monteCarloMetrics.contains(condition.metric) {
      throw CommandFailure.badInput(MetricTable().unavailable(condition))
    }
  }

  /// Checks every condition against `metrics`; prints the ones that hold and exits 1 if any does.
  /// Call after the command has printed its result.
  func enforce(_ metrics: MetricTable) throws {
    var held: [String] = []
    for condition in try conditions() {
      guard let holds = condition.holds(lookup: metrics.value) else {
        throw CommandFailure.badInput(metrics.unavailable(condition))
      }
      if holds {
        let value = metrics.value(condition.metric, condition.argument) ?? .nan
        held.append("\(condition.text) (value \(Format.fixed(value, 4)))")
      }
    }
    guard !held.isEmpty else { return }
    Terminal.message("fail-if: condition held: " + held.joined(separator: "; "))
    throw ExitCode(ExitStatus.conditionHeld)
  }
}

/// The metrics a command offers to `--fail-if`: plain numbers by name, and numbers per id
/// (`pViable(ID)`).
struct MetricTable {
  var plain: [String: Double] = [:]
  var perID: [String: [String: Double]] = [:]

  func value(_ name: String, _ argument: String?) -> Double? {
    if let argument { return perID[name]?[argument] }
    return plain[name]
  }

  /// Every metric, for the error message of an unknown one.
  var names: [String] {
    plain.keys.sorted() + perID.keys.sorted().map { "\($0)(ID)" }
  }

  /// Metrics only a Monte Carlo run has.
  static let monteCarloMetrics: Set = ["pViable", "pBlocked", "expectedViable"]

  /// Why `condition` names nothing this table has: a Monte Carlo metric without samples, an id
  /// the metric does not know, or an unknown metric.
  func unavailable(_ condition: FailCondition) -> String {
    let prefix = "--fail-if '\(condition.text)': "
    let metric = condition.metric
    if Self.monteCarloMetrics.contains(metric), perID[metric] == nil, plain[metric] == nil {
      return prefix + "\(metric) needs Monte Carlo samples: add --samples N (e.g. --samples 2000) to simulate, "
        + "or 'samples: N' to a batch run"
    }
    if let argument = condition.argument, let values = perID[metric] {
      let hint = DidYouMean.hint(for: argument, among: values.keys.sorted(), listUpTo: 12)
      return prefix + "\(metric) has no value for '\(argument)'" + (hint.map { " (hint: \($0))" } ?? "")
    }
    var text = prefix + "unknown metric '\(metric)" + (condition.argument.map { "(\($0))" } ?? "") + "'"
    if condition.argument == nil, perID[metric] != nil { text += " (it takes an id: \(metric)(ID))" }
    return text + ". Available: " + names.joined(separator: ", ")
  }

  mutating func merge(_ other: MetricTable, prefix: String = "") {
    for (name, value) in other.plain { plain[prefix + name] = value }
    for (name, values) in other.perID { perID[prefix + name] = values }
  }
}

extension MetricTable {
  /// analyze: the plan totals, per-commitment viability, per-actor effective power and stance.
  init(_ report: StakeholderReport) {
    plain = [
      "viable": Double(report.plan.viable), "atRisk": Double(report.plan.atRisk),
      "blocked": Double(report.plan.blocked), "meanViability": report.plan.meanViability,
      "totalViability": report.plan.totalViability, "concentration": report.plan.concentration,
      "fragmentation": report.network.fragmentation,
    ]
    perID["viability"] = Dictionary(report.commitments.map { ($0.id, $0.viability) }, uniquingKeysWith: { a, _ in a })
    perID["commitmentConcentration"] = Dictionary(
      report.commitments.map { ($0.id, $0.concentration) }, uniquingKeysWith: { a, _ in a })
    perID["effectivePower"] = Dictionary(
      report.actors.map { ($0.id, $0.effectivePower) }, uniquingKeysWith: { a, _ in a })
    perID["effectiveStance"] = Dictionary(
      report.actors.map { ($0.id, $0.effectiveStance) }, uniquingKeysWith: { a, _ in a })
  }
}
