import Foundation
import TestSupport
import Testing

struct SimulateCommandTests {
  static let model2016 = "models/veracruz-2016-2017.yaml"
  static let model2019 = "models/veracruz-2019-2020.yaml"

  /// The seed's story: the change of government blocks all of the 2016-2017 plan.
  @Test func panToMorenaOnThe2016PlanMatchesTheGoldenReport() throws {
    let result = try PowerMapBinary.run(["simulate", Self.model2016, "--scenario", "pan-to-morena"])
    #expect(result.status == 0, "\(result.stderr)")
    try Golden.check(result.stdout, against: "simulate-2016-2017-pan-to-morena.txt")
  }

  @Test func panToMorenaOnThe2019PlanMatchesTheGoldenJSON() throws {
    let result = try PowerMapBinary.run(["simulate", Self.model2019, "--scenario", "pan-to-morena", "--json"])
    #expect(result.status == 0, "\(result.stderr)")
    try Golden.check(result.stdout, against: "simulate-2019-2020-pan-to-morena.json")
    let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect((root["scenario"] as? [String: Any])?["id"] as? String == "pan-to-morena")
    #expect(root["before"] is [String: Any] && root["after"] is [String: Any])
    let changes = try #require(root["changes"] as? [[String: Any]])
    #expect(changes.count == 6)
    for change in changes {
      #expect(Set(["commitment", "from", "to", "deltaViability", "drivers"]).isSubset(of: change.keys))
    }
    let budget = try #require(changes.first { $0["commitment"] as? String == "state-open-budget" })
    #expect(budget["from"] as? String == "viable" && budget["to"] as? String == "blocked")
    #expect((budget["drivers"] as? [String])?.prefix(2) == ["state-executive", "state-agencies"])
    #expect(root["monteCarlo"] == nil)
  }

  /// Byte-identical Monte Carlo output for any --jobs, and for a rerun with the same seed.
  @Test func monteCarloIsIdenticalForAnyJobsAndReruns() throws {
    let base = [
      "simulate", Self.model2019, "--scenario", "pan-to-morena", "--samples", "3000", "--seed", "11", "--json",
    ]
    let one = try PowerMapBinary.run(base + ["--jobs", "1"])
    let four = try PowerMapBinary.run(base + ["--jobs", "4"])
    let again = try PowerMapBinary.run(base + ["--jobs", "4"])
    #expect(one.status == 0, "\(one.stderr)")
    #expect(one.stdout == four.stdout)
    #expect(four.stdout == again.stdout)
    let other = try PowerMapBinary.run(
      ["simulate", Self.model2019, "--scenario", "pan-to-morena", "--samples", "3000", "--seed", "12", "--json"])
    #expect(other.stdout != one.stdout)
    let root = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [String: Any])
    let monteCarlo = try #require(root["monteCarlo"] as? [String: Any])
    #expect(monteCarlo["samples"] as? Int == 3000 && monteCarlo["seed"] as? Int == 11)
    let commitments = try #require(monteCarlo["commitments"] as? [[String: Any]])
    for commitment in commitments {
      #expect(Set(["id", "pViable", "pBlocked", "meanViability", "p05", "p95"]).isSubset(of: commitment.keys))
    }
  }

  @Test func failIfOnMonteCarloProbability() throws {
    let base = ["simulate", Self.model2019, "--scenario", "lose-orfis", "--samples", "500", "--seed", "3"]
    let held = try PowerMapBinary.run(base + ["--fail-if", "pViable(public-works-data)<0.8"])
    #expect(held.status == 1)
    #expect(held.stderr.contains("pViable(public-works-data)<0.8"))
    let quiet = try PowerMapBinary.run(base + ["--fail-if", "pViable(electoral-open-data)<0.5"])
    #expect(quiet.status == 0, "\(quiet.stderr)")
  }

  @Test func csvHasOneRowPerCommitment() throws {
    let result = try PowerMapBinary.run(["simulate", Self.model2016, "--scenario", "pan-to-morena", "--csv"])
    let lines = result.stdout.split(separator: "\n")
    #expect(
      lines.first == "commitment,title,from,to,viabilityBefore,viabilityAfter,deltaViability,drivers,restoringSteps")
    #expect(lines.count == 6)
    #expect(lines.dropFirst().allSatisfy { $0.contains(",blocked,") })
  }

  @Test func simulateNeedsAScenario() throws {
    let result = try PowerMapBinary.run(["simulate", Self.model2019])
    #expect(result.status == 2)
    #expect(result.stderr.contains("give a scenario"))
  }
}

struct SweepCommandTests {
  @Test func rankingOfThe2019PlanMatchesTheGoldenFile() throws {
    let result = try PowerMapBinary.run(["sweep", "models/veracruz-2019-2020.yaml", "--json"])
    #expect(result.status == 0, "\(result.stderr)")
    try Golden.check(result.stdout, against: "sweep-2019-2020.json")
    let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let allies = try #require(root["allies"] as? [[String: Any]])
    #expect(allies.count == 20)
    for ally in allies {
      #expect(Set(["ids", "statusChanges", "deltaViability", "failed", "weakened"]).isSubset(of: ally.keys))
    }
    // Ranked: status changes descending, then ΔΣV ascending.
    let keys = allies.map { (-(($0["statusChanges"] as? Int) ?? 0), ($0["deltaViability"] as? Double) ?? 0) }
    #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 })
    #expect((allies.first?["ids"] as? [String]) == ["ayuntamiento-veracruz"])
    // The loss of ORFIS is among the worst: third by ΔΣV, behind the city of Veracruz and IVAI.
    #expect(
      allies.prefix(3).compactMap { ($0["ids"] as? [String])?.first } == ["ayuntamiento-veracruz", "ivai", "orfis"])
  }

  @Test func pairsAndTopLimitTheRows() throws {
    let result = try PowerMapBinary.run(["sweep", "models/veracruz-2016-2017.yaml", "--pairs", "--top", "5", "--json"])
    #expect(result.status == 0, "\(result.stderr)")
    let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let allies = try #require(root["allies"] as? [[String: Any]])
    #expect(allies.count == 5)
    #expect(allies.allSatisfy { ($0["ids"] as? [String])?.count == 2 })
    #expect(root["evaluated"] as? Int == 17 * 16 / 2)
  }

  @Test func failIfOnTheWorstLoss() throws {
    let result = try PowerMapBinary.run([
      "sweep", "models/veracruz-2019-2020.yaml", "--fail-if", "statusChanges(orfis)>=1",
    ])
    #expect(result.status == 1)
  }
}

struct RunCommandTests {
  static let batch = "models/batches/veracruz-transitions.yaml"

  @Test func batchPrintsOneJSONLinePerRunInOrder() throws {
    let result = try PowerMapBinary.run(["run", Self.batch])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 9)
    let runs = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    #expect(runs.map { $0["number"] as? Int } == Array(0..<9))
    #expect(runs[0]["run"] as? String == "2019-lose-orfis-then-morena")
    #expect(runs[2]["run"] as? String == "veracruz-2016-2017+pan-to-morena")
    #expect((runs[2]["after"] as? [String: Any])?["blocked"] as? Int == 5)
    #expect(runs.allSatisfy { $0["status"] as? String == "ok" })
  }

  /// Shards 1…3 concatenated give the whole batch, each run once.
  @Test func shardsConcatenateToTheWholeBatch() throws {
    let whole = try PowerMapBinary.run(["run", Self.batch]).stdout.split(separator: "\n").map(String.init)
    var pieces: [String] = []
    for shard in 1...3 {
      let result = try PowerMapBinary.run(["run", Self.batch, "--shard", "\(shard)/3"])
      #expect(result.status == 0)
      pieces += result.stdout.split(separator: "\n").map(String.init)
    }
    #expect(pieces.sorted() == whole.sorted())
    let bad = try PowerMapBinary.run(["run", Self.batch, "--shard", "4/3"])
    #expect(bad.status == 2)
  }

  @Test func failingRunIsReportedAndTheBatchGoesOn() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let batch = folder.appendingPathComponent("batch.yaml")
    let models = PowerMapBinary.path("models")
    try Data(
      """
      runs:
        - {id: missing, model: nowhere.yaml}
        - {id: unknown-scenario, model: \(models)/veracruz-2019-2020.yaml, scenarios: [no-such-scenario]}
        - {id: fine, model: \(models)/veracruz-2019-2020.yaml, scenarios: [lose-orfis]}
      """.utf8
    ).write(to: batch)
    let result = try PowerMapBinary.run(["run", batch.path, "--csv"])
    #expect(result.status == 2)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.first?.hasPrefix("run,number,model,scenarios,status,commitment") == true)
    #expect(lines[1].hasPrefix("missing,0,nowhere.yaml,,error,"))
    #expect(lines[2].hasPrefix("unknown-scenario,1,"))
    #expect(lines[2].contains("no scenario 'no-such-scenario'"))
    #expect(lines.filter { $0.hasPrefix("fine,2,") }.count == 6)
    #expect(result.stderr.contains("2 of 3 runs failed"))
    let keepGoing = try PowerMapBinary.run(["run", batch.path, "--keep-going"])
    #expect(keepGoing.status == 0)
  }

  @Test func invalidBatchFileIsLocated() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let batch = folder.appendingPathComponent("batch.yaml")
    try Data("runs:\n  - {model: a.yaml, samples: -1, sedd: 3}\n".utf8).write(to: batch)
    let result = try PowerMapBinary.run(["run", batch.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("batch.yaml:2:30: error: runs[0].samples: -1 is out of range"))
    #expect(result.stderr.contains("runs[0].sedd: unknown key 'sedd' (hint: did you mean 'seed'?)"))
  }

  @Test func failIfHoldsForAnyRun() throws {
    let result = try PowerMapBinary.run(["run", Self.batch, "--fail-if", "blocked>4"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("veracruz-2016-2017+pan-to-morena: blocked>4"))
  }
}

struct InterruptTests {
  /// Ctrl-C during a long Monte Carlo run: the workers stop at their next chunk, nothing is
  /// printed on stdout, and the exit code is 130.
  @Test func sigintStopsALongMonteCarloRunCleanly() throws {
    let executable = try #require(PowerMapBinary.executable)
    let process = Process()
    process.executableURL = executable
    process.arguments = [
      "simulate", "models/veracruz-2019-2020.yaml", "--scenario", "pan-to-morena", "--samples", "10000000", "--json",
    ]
    process.currentDirectoryURL = PowerMapBinary.packageRoot
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let waitForExit = try ChildProcess.launch(process)
    Thread.sleep(forTimeInterval: 1.5)
    #expect(process.isRunning)
    let started = Date()
    kill(process.processIdentifier, SIGINT)
    waitForExit()
    #expect(Date().timeIntervalSince(started) < 10)
    #expect(process.terminationStatus == 130)
    #expect(out.fileHandleForReading.readDataToEndOfFile().isEmpty)
    let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(message.contains("interrupted"))
  }
}
