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
    do {
      return try expressions.map { expression throws(FailCondition.ParseError) in try FailCondition(parsing: expression)
      }
    } catch {
      throw CommandFailure.badInput(error.description)
    }
  }

  /// Checks every condition against `metrics`; prints the ones that hold and exits 1 if any does.
  /// Call after the command has printed its result.
  func enforce(_ metrics: MetricTable) throws {
    var held: [String] = []
    for condition in try conditions() {
      guard let holds = condition.holds(lookup: metrics.value) else {
        throw CommandFailure.badInput(
          "--fail-if '\(condition.text)': unknown metric '\(condition.metric)"
            + (condition.argument.map { "(\($0))" } ?? "") + "'. Available: " + metrics.names.joined(separator: ", "))
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
