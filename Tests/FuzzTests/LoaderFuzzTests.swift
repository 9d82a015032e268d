import Foundation
import FuzzInvariants
import PowerMap
import TestSupport
import Testing

/// Seeded random-mutation fuzzing of every reader of user files: model files (YAML and JSON),
/// scenario and batch files, workshop spreadsheets and MACTOR tables. The invariant: no input
/// crashes, and every refusal is a ``DiagnosticsError`` with a located error (see
/// ``FuzzOutcome``). Longer runs: `POWERMAP_FUZZ_SECONDS=60 swift test --filter FuzzTests`, and
/// the libFuzzer harnesses of Fuzz/ (`make fuzz`).
@Suite struct LoaderFuzzTests {
  @Test func modelFilesInYAML() {
    let campaign = FuzzCampaign("model-yaml", kinds: ["yaml"], tokens: FuzzMutator.documentTokens, iterations: 1200)
    let tally = campaign.run { input in
      Self.loadModel(input, as: "fuzz.yaml")
    }
    expectHealthy(tally, campaign, minimumAccepted: 20)
  }

  @Test func modelFilesInJSON() {
    let campaign = FuzzCampaign("model-json", kinds: ["json"], tokens: FuzzMutator.documentTokens, iterations: 1000)
    let tally = campaign.run { input in
      FuzzOutcome.combined([Self.loadModel(input, as: "fuzz.json"), Self.loadModel(input, as: "fuzz")])
    }
    expectHealthy(tally, campaign, minimumAccepted: 12)
  }

  @Test func scenarioAndBatchFiles() throws {
    let model = try ShippedModels.model("veracruz-2019-2020.yaml")
    let campaign = FuzzCampaign("scenario", kinds: ["scenario"], tokens: FuzzMutator.documentTokens, iterations: 600)
    let path = campaign.scratch.appendingPathComponent("scenario.yaml").path
    let tally = campaign.run { input in
      FileManager.default.createFile(atPath: path, contents: Data(input))
      var outcomes: [FuzzOutcome] = []
      for against in [model, nil] {
        outcomes.append(
          Self.outcome(input, files: [path]) { () throws(DiagnosticsError) in
            _ = try ModelLoader.loadScenario(contentsOf: path, against: against, addedActors: ["added"])
          })
      }
      outcomes.append(
        Self.outcome(input, files: [path]) { () throws(DiagnosticsError) in _ = try Batch.load(contentsOf: path) })
      let report = ModelLoader.validate(contentsOf: path)
      outcomes.append(
        report.isValid
          ? .accepted : FuzzOutcome.refusal(DiagnosticsError(report.diagnostics), input: input, files: [path]))
      return FuzzOutcome.combined(outcomes)
    }
    expectHealthy(tally, campaign, minimumAccepted: 80)
  }

  @Test func workshopSpreadsheets() {
    let campaign = FuzzCampaign("csv", kinds: ["csv"], tokens: FuzzMutator.tableTokens, iterations: 1200)
    let actorsFile = campaign.scratch.appendingPathComponent("actors.csv").path
    let relationsFile = campaign.scratch.appendingPathComponent("relations.csv").path
    let tally = campaign.run { input in
      let (actors, relations) = Self.split(input)
      FileManager.default.createFile(atPath: actorsFile, contents: Data(actors))
      FileManager.default.createFile(atPath: relationsFile, contents: relations.map { Data($0) })
      let files: Set<String> = relations == nil ? [actorsFile] : [actorsFile, relationsFile]
      return Self.outcome(input, files: files) { () throws(DiagnosticsError) in
        _ = try SpreadsheetImporter.importModel(
          actorsFile: actorsFile, relationsFile: relations == nil ? nil : relationsFile, name: "fuzz")
      }
    }
    expectHealthy(tally, campaign, minimumAccepted: 60)
  }

  @Test func mactorTables() {
    let campaign = FuzzCampaign("mactor", kinds: ["mactor"], tokens: FuzzMutator.tableTokens, iterations: 1200)
    let midFile = campaign.scratch.appendingPathComponent("mid.csv").path
    let maoFile = campaign.scratch.appendingPathComponent("mao.csv").path
    let tally = campaign.run { input in
      let (mid, mao) = Self.split(input)
      FileManager.default.createFile(atPath: midFile, contents: Data(mid))
      FileManager.default.createFile(atPath: maoFile, contents: mao.map { Data($0) })
      return Self.outcome(input, files: mao == nil ? [midFile] : [midFile, maoFile]) { () throws(DiagnosticsError) in
        let tables = try MactorTables.read(midFile: midFile, maoFile: mao == nil ? nil : maoFile)
        if tables.actors.count <= 64 {
          _ = try? Mactor(actors: tables.actors, mid: tables.mid, objectives: tables.objectives, mao: tables.mao)
        }
      }
    }
    expectHealthy(tally, campaign, minimumAccepted: 25)
  }

  // MARK: - Helpers

  static func loadModel(_ input: [UInt8], as file: String) -> FuzzOutcome {
    outcome(input, files: [file]) { () throws(DiagnosticsError) in _ = try ModelLoader.load(bytes: input, file: file) }
  }

  static func outcome(_ input: [UInt8], files: Set<String>, _ body: () throws(DiagnosticsError) -> Void) -> FuzzOutcome
  {
    do {
      try body()
      return .accepted
    } catch {
      return FuzzOutcome.refusal(error, input: input, files: files)
    }
  }

  /// Splits an input at its first line `===` (two files in one input, as the libFuzzer harnesses
  /// read them); the second part is nil without one.
  static func split(_ input: [UInt8]) -> ([UInt8], [UInt8]?) {
    let marker = Array("\n===\n".utf8)
    guard input.count >= marker.count else { return (input, nil) }
    for start in 0...(input.count - marker.count) where input[start..<start + marker.count].elementsEqual(marker) {
      return (Array(input[...start]), Array(input[(start + marker.count)...]))
    }
    return (input, nil)
  }
}

/// Fragments of the messages of errors about a whole file, which have no line to point at.
let fileLevelProblems = ["empty", "UTF-", "no document", "no header", "MiB", "not valid UTF-8"]

/// Every input ran, no error without a line except those about the whole file, none broke the invariant, and the mutations reached both outcomes (a corpus or
/// mutator that only produced refusals would test little).
func expectHealthy(
  _ tally: FuzzCampaign.Tally, _ campaign: FuzzCampaign, minimumAccepted: Int, expectRefusals: Bool = true
) {
  #expect(tally.broken.isEmpty, "\(tally.broken.count) inputs broke the invariant; see the issues above")
  let stray = tally.unlocated.keys.filter { message in !fileLevelProblems.contains { message.contains($0) } }
  #expect(stray.isEmpty, "errors without a line that are not about the whole file: \(stray.sorted())")
  if campaign.budget.seconds == nil { #expect(tally.inputs == campaign.budget.iterations) }
  #expect(tally.accepted >= minimumAccepted, "only \(tally.accepted) of \(tally.inputs) inputs were accepted")
  if expectRefusals {
    #expect(tally.refused >= tally.inputs / 10, "only \(tally.refused) of \(tally.inputs) inputs were refused")
  }
  print("fuzz \(campaign.name): \(tally.inputs) inputs, \(tally.accepted) accepted, \(tally.refused) refused")
  for (message, count) in tally.unlocated.sorted(by: { $0.value > $1.value }).prefix(10) {
    print("fuzz \(campaign.name): unlocated \(count)× \(message)")
  }
}
