import ArgumentParser
import Foundation
import PowerMap

struct RunCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a batch of models × scenarios × options; one JSON line (or CSV rows) per run.",
    discussion: """
      The batch file format is documented in models/README.md (example: models/batches/). Paths resolve \
      against the batch file. A failing run is reported in its own line ("status": "error") and the batch \
      goes on; the exit code is then 2 unless --keep-going. --shard K/N runs every N-th run starting at \
      the K-th (K = 1…N), so a Slurm array, a Kubernetes indexed Job or GNU parallel can spread a batch over \
      machines and the outputs simply concatenate. --fail-if conditions are checked on every run (after its \
      scenarios): viable, atRisk, blocked, meanViability, concentration, statusChanges, viability(C), and with \
      samples pViable(C), pBlocked(C); the batch exits 1 when one holds for any run.
      """
  )

  @Argument(help: "The batch file (YAML or JSON).")
  var batch: String

  @Flag(help: "Print CSV (one row per run and commitment) instead of JSON lines.")
  var csv = false

  @Option(help: ArgumentHelp("Run only shard K of N (1 ≤ K ≤ N).", valueName: "K/N"))
  var shard: String?

  @OptionGroup var jobs: JobsOptions<Self>

  @Flag(help: "Exit 0 even when some runs failed (they are still reported).")
  var keepGoing = false

  @OptionGroup var failIf: FailIfOptions

  func parsedShard() throws -> (index: Int, count: Int)? {
    guard let shard else { return nil }
    let parts = shard.split(separator: "/")
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1,
      (1...count).contains(index)
    else { throw ValidationError("--shard takes K/N with 1 ≤ K ≤ N, e.g. 2/8; got '\(shard)'") }
    return (index, count)
  }

  func validate() throws {
    _ = try parsedShard()
    try jobs.check()
  }

  func run() async throws {
    let conditions = try failIf.conditions()
    let batch = try Batch.load(contentsOf: self.batch)
    let runs = try parsedShard().map { batch.shard($0.index, of: $0.count) } ?? batch.runs
    if csv { try Terminal.write(BatchText.csvHeader) }
    var failedRuns = 0
    var held: [String] = []
    for run in runs {
      let outcome = await BatchRunner.execute(run, jobs: jobs.count)
      if Task.isCancelled { break }
      try Terminal.write(csv ? BatchText.csvRows(outcome) : try BatchText.jsonLine(outcome))
      if outcome.status != "ok" {
        failedRuns += 1
        continue
      }
      let metrics = MetricTable(outcome)
      for condition in conditions {
        guard let holds = condition.holds(lookup: metrics.value) else {
          throw CommandFailure.badInput(
            "--fail-if '\(condition.text)': unknown metric for run '\(outcome.run)'. Available: "
              + metrics.names.joined(separator: ", "))
        }
        if holds { held.append("\(outcome.run): \(condition.text)") }
      }
    }
    if failedRuns > 0 {
      Terminal.message("\(failedRuns) of \(runs.count) runs failed")
    }
    if !held.isEmpty {
      Terminal.message("fail-if: condition held: " + held.joined(separator: "; "))
      throw ExitCode(ExitStatus.conditionHeld)
    }
    if failedRuns > 0 && !keepGoing { throw ExitCode(ExitStatus.badInput) }
  }
}

/// The help lines of the shared option groups, worded for `run`.
extension RunCommand: JobsHelp {
  static let jobs = "Worker tasks for each run's Monte Carlo (default: the number of cores)."
}

/// The output formats of `powermap run`.
enum BatchText {
  static func jsonLine(_ outcome: BatchOutcome) throws -> String {
    TerminalText.jsonEscapingControls(try JSONOutput.text(outcome, pretty: false)) + "\n"
  }

  static let csvHeader =
    "run,number,model,scenarios,status,commitment,before,after,viabilityBefore,viabilityAfter,pViable,pBlocked,error\n"

  static func csvRows(_ outcome: BatchOutcome) -> String {
    let prefix = [
      Format.csv(outcome.run), "\(outcome.number)", Format.csv(outcome.model),
      Format.csv(outcome.scenarios.joined(separator: "+")), outcome.status,
    ]
    guard let commitments = outcome.commitments else {
      return (prefix + ["", "", "", "", "", "", "", Format.csv(outcome.error ?? "")]).joined(separator: ",") + "\n"
    }
    return commitments.map { commitment in
      (prefix + [
        Format.csv(commitment.id), commitment.before.rawValue, commitment.after?.rawValue ?? "",
        Format.csvNumber(commitment.viabilityBefore), commitment.viabilityAfter.map(Format.csvNumber) ?? "",
        commitment.pViable.map(Format.csvNumber) ?? "", commitment.pBlocked.map(Format.csvNumber) ?? "", "",
      ]).joined(separator: ",")
    }.joined(separator: "\n") + "\n"
  }
}

extension MetricTable {
  /// A batch run's metrics: the plan after its scenarios, and per commitment.
  init(_ outcome: BatchOutcome) {
    if let plan = outcome.after {
      plain = [
        "viable": Double(plan.viable), "atRisk": Double(plan.atRisk), "blocked": Double(plan.blocked),
        "meanViability": plan.meanViability, "concentration": plan.concentration,
      ]
    }
    let commitments = outcome.commitments ?? []
    plain["statusChanges"] = Double(commitments.filter { ($0.after ?? $0.before) > $0.before }.count)
    perID["viability"] = Dictionary(
      commitments.compactMap { c in c.viabilityAfter.map { (c.id, $0) } }, uniquingKeysWith: { a, _ in a })
    if outcome.monteCarlo != nil {
      perID["pViable"] = Dictionary(
        commitments.compactMap { c in c.pViable.map { (c.id, $0) } }, uniquingKeysWith: { a, _ in a })
      perID["pBlocked"] = Dictionary(
        commitments.compactMap { c in c.pBlocked.map { (c.id, $0) } }, uniquingKeysWith: { a, _ in a })
    }
  }
}
