import Foundation
import FuzzInvariants
import Testing

/// One fuzz campaign: the seeds as they are, then seeded mutations of them, each run through
/// `check`. Every input is written to `inputFile` before it runs, so that after a crash that file
/// holds the reproducer (the campaign is deterministic, so a rerun reaches it again too).
struct FuzzCampaign {
  /// Counts of what the inputs did.
  struct Tally {
    var inputs = 0
    var accepted = 0
    var refused = 0
    var broken: [String] = []
    /// Messages of errors without a line, with digits replaced by `#`, and how often each came.
    var unlocated: [String: Int] = [:]
  }

  let name: String
  let seeds: [[UInt8]]
  /// Makes the next input from a seed.
  let mutate: (_ seed: [UInt8], _ random: inout FuzzRandom) -> [UInt8]
  let budget: FuzzBudget

  init(_ name: String, kinds: [String], tokens: [String], iterations: Int) {
    let seeds = kinds.flatMap { FuzzCorpus.seeds($0).map(\.bytes) }
    let mutator = FuzzMutator(tokens: tokens, donors: seeds)
    self.init(name, seeds: seeds, iterations: iterations, mutate: mutator.mutate)
  }

  init(
    _ name: String, seeds: [[UInt8]], iterations: Int,
    mutate: @escaping (_ seed: [UInt8], _ random: inout FuzzRandom) -> [UInt8]
  ) {
    self.name = name
    self.seeds = seeds
    self.mutate = mutate
    budget = FuzzBudget(iterations: iterations)
  }

  /// The folder of this campaign's scratch files (the input, and files that readers open):
  /// `powermap-fuzz-NAME-PID` in the temporary directory, so that test runs of several checkouts
  /// on one machine do not overwrite each other's inputs.
  var scratch: URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "powermap-fuzz-\(name)-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  var inputFile: URL { scratch.appendingPathComponent("current-input") }

  /// Runs the campaign; records an issue per broken input (up to 5, with the input) and returns
  /// the tally.
  func run(_ check: ([UInt8]) -> FuzzOutcome) -> Tally {
    var random = FuzzRandom(seed: budget.seed ^ UInt64(truncatingIfNeeded: name.utf8.reduce(0) { $0 &* 31 &+ Int($1) }))
    var tally = Tally()
    let inputFile = inputFile
    tally.inputs = budget.run { iteration in
      let input =
        iteration < seeds.count ? seeds[iteration] : mutate(random.pick(seeds), &random)
      FileManager.default.createFile(atPath: inputFile.path, contents: Data(input))
      switch check(input) {
      case .accepted: tally.accepted += 1
      case .refused(let unlocated):
        tally.refused += 1
        for message in unlocated {
          let shape = String(message.prefix(80).map { $0.isNumber ? "#" : $0 })
            .replacingOccurrences(of: "'[^']*'", with: "'…'", options: .regularExpression)
          tally.unlocated[shape, default: 0] += 1
        }
      case .broken(let problem):
        if tally.broken.count < 5 {
          let shown = String(decoding: input.prefix(2000), as: UTF8.self).debugDescription
          Issue.record("\(name) iteration \(iteration) (seed \(budget.seed)): \(problem)\ninput: \(shown)")
        }
        tally.broken.append(problem)
      }
    }
    return tally
  }
}
