import Foundation
import TestSupport
import Testing

/// Issue 15 items 2–4 and the seed range, through the binary: one sample limit, the sweep's
/// up-front estimate, warnings that never fail a command, a 10,000-row import, one seed range.
@Suite struct LimitsEndToEndTests {
  static let model = "models/veracruz-2019-2020.yaml"
  static let limitMessage = "--samples must be 0 to 10,000,000, the Monte Carlo limit"

  /// Values past the limit (one that overflowed, one that allocated 125 GB) exit 2 at once, naming
  /// the limit, for simulate and report; nothing is written.
  @Test func samplesPastTheLimitExitTwoQuicklyNamingTheLimit() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    for samples in ["9223372036854775807", "1000000000000", "10000001"] {
      let out = folder.appendingPathComponent("report-\(samples)").path
      for arguments in [
        ["simulate", Self.model, "--scenario", "pan-to-morena", "--samples", samples],
        ["report", Self.model, "--samples", samples, "--out", out],
      ] {
        let started = Date()
        let result = try PowerMapBinary.run(arguments)
        #expect(Date().timeIntervalSince(started) < 20, "\(arguments)")
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains("\(Self.limitMessage) (got \(samples))"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
      }
      #expect(!FileManager.default.fileExists(atPath: out))
    }
  }

  /// A batch file has the same limit, and the message names it.
  @Test func batchSamplesPastTheLimitAreRefusedAndLocated() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let batch = folder.appendingPathComponent("batch.yaml")
    try Data("runs:\n  - {model: m.yaml, samples: 10000001}\n".utf8).write(to: batch)
    let result = try PowerMapBinary.run(["run", batch.path])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("batch.yaml:2:30: error: runs[0].samples: 10000001 is out of range"), "\(result.stderr)")
    #expect(result.stderr.contains("10000000]"))
  }

  /// `--seed` and a batch's `seed` take the same range, 0 … 2⁶⁴ − 1, and give the same run.
  @Test func seedsHaveOneRangeOnTheCommandLineAndInBatches() throws {
    let largest = "18446744073709551615"
    let simulate = try PowerMapBinary.run([
      "simulate", Self.model, "--scenario", "pan-to-morena", "--samples", "50", "--seed", largest, "--json",
    ])
    #expect(simulate.status == 0, "\(simulate.stderr)")
    let simulated = try #require(
      try JSONSerialization.jsonObject(with: Data(simulate.stdout.utf8)) as? [String: Any])
    let monteCarlo = try #require(simulated["monteCarlo"] as? [String: Any])
    #expect((monteCarlo["seed"] as? NSNumber)?.uint64Value == UInt64.max)

    let folder = try PowerMapBinary.temporaryFolder()
    let batch = folder.appendingPathComponent("batch.yaml")
    let modelPath = PowerMapBinary.path(Self.model)
    try Data(
      "runs:\n  - {id: max, model: \(modelPath), scenarios: [pan-to-morena], samples: 50, seed: \(largest)}\n".utf8
    ).write(to: batch)
    let run = try PowerMapBinary.run(["run", batch.path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("\"seed\":\(largest)"))
    let line = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let batchMonteCarlo = try #require(line["monteCarlo"] as? [String: Any])
    let fromBatch = try #require(batchMonteCarlo["commitments"] as? [[String: Any]])
    let fromSimulate = try #require(monteCarlo["commitments"] as? [[String: Any]])
    #expect(fromBatch.map { $0["pViable"] as? Double } == fromSimulate.map { $0["pViable"] as? Double })

    for arguments in [
      ["simulate", Self.model, "--scenario", "pan-to-morena", "--samples", "5", "--seed", "18446744073709551616"],
      ["simulate", Self.model, "--scenario", "pan-to-morena", "--samples", "5", "--seed", "-1"],
    ] {
      #expect(try PowerMapBinary.run(arguments).status == 2, "\(arguments)")
    }
    try Data("runs:\n  - {model: m.yaml, seed: 18446744073709551616}\n".utf8).write(to: batch)
    let tooLarge = try PowerMapBinary.run(["run", batch.path])
    #expect(tooLarge.status == 2)
    #expect(tooLarge.stderr.contains("runs[0].seed: 18446744073709551616 is out of range"), "\(tooLarge.stderr)")
  }

  /// With the threshold lowered (hidden `--estimate-threshold`, a minute by default), `sweep --pairs`
  /// states the pair count and the expected time before it goes on; above it, nothing is said.
  @Test func sweepStatesThePairCountAndEstimateUpFront() throws {
    // With --top 3 the pair bound leaves out every pair after the first batch of 64: nothing is left
    // to estimate, so nothing is said.
    let done = try PowerMapBinary.run([
      "sweep", Self.model, "--pairs", "--top", "3", "--estimate-threshold", "0", "--jobs", "2",
    ])
    #expect(done.status == 0, "\(done.stderr)")
    #expect(!done.stderr.contains("to remove"), "\(done.stderr)")
    let noted = try PowerMapBinary.run([
      "sweep", Self.model, "--pairs", "--top", "100", "--estimate-threshold", "0", "--jobs", "2",
    ])
    #expect(noted.status == 0, "\(noted.stderr)")
    // With --top the pair bound leaves out the pairs that cannot rank, and the note says how many remain.
    let bound =
      "note: 190 pairs; a bound leaves out those that cannot rank among the first rows (the same rows), at most "
    #expect(noted.stderr.contains(bound), "\(noted.stderr)")
    #expect(noted.stderr.contains(" to remove, at most about "), "\(noted.stderr)")
    #expect(noted.stderr.contains("(timed on the first 64); Ctrl-C stops it"))
    #expect(noted.stdout.contains("190 pairs removed one at a time"))
    let quiet = try PowerMapBinary.run(["sweep", Self.model, "--pairs", "--top", "100"])
    #expect(quiet.status == 0)
    #expect(!quiet.stderr.contains("to remove"))
    #expect(quiet.stdout == noted.stdout)
  }

  /// 1,001 actors without relations: more than 1,000 warnings, and still valid (exit 0), with the
  /// overflow said as a warning.
  @Test func aThousandAndOneLooseActorsValidate() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let file = folder.appendingPathComponent("many.yaml")
    var text = "schema: powermap/1\nname: many\nactors:\n"
    for index in 0..<1_501 {
      text += "  - {id: a\(index), name: A\(index), kind: agency, level: state, power: 0.5, interest: 0.5, stance: 0}\n"
    }
    try Data(text.utf8).write(to: file)
    let result = try PowerMapBinary.run(["validate", file.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("many.yaml: warning: 501 more warnings not shown"), "\(result.stderr.suffix(400))")
    #expect(!result.stderr.contains(": error:"))
    // The summary counts every warning, not the listed ones plus the closing line.
    #expect(result.stdout.contains("valid model (1501 warnings)"), "\(result.stdout)")
  }

  /// A 10,000-row actors sheet imports (it failed past 1,000 rows) and the model it writes loads.
  @Test func aTenThousandRowSpreadsheetImports() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let actors = folder.appendingPathComponent("actors.csv")
    var csv = "id,name,kind,level,power,interest,stance\n"
    let kinds = ["agency", "executive", "municipal", "civil-society", "academia"]
    for index in 0..<10_000 {
      csv += "a\(index),Actor \(index),\(kinds[index % kinds.count]),state,0.\(index % 10),0.5,0.\(index % 7)\n"
    }
    try Data(csv.utf8).write(to: actors)
    let output = folder.appendingPathComponent("model.yaml").path
    let result = try PowerMapBinary.run(["import", "--actors", actors.path, "--name", "Big", "-o", output])
    #expect(result.status == 0, "\(result.stderr.prefix(600))")
    #expect(!result.stderr.contains(": error:"))
    let text = try String(contentsOfFile: output, encoding: .utf8)
    #expect(text.contains("a9999"))
    let validate = try PowerMapBinary.run(["validate", output])
    #expect(validate.status == 0, "\(validate.stderr.suffix(400))")
  }
}
