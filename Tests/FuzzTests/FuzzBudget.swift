import Foundation

/// How long each fuzz test runs: a fixed number of iterations by default (deterministic, about
/// 20–40 s for the whole suite in a debug build on two cores), or `POWERMAP_FUZZ_SECONDS` seconds
/// per test when that variable is set. `POWERMAP_FUZZ_SEED` changes the seed (default 15).
struct FuzzBudget {
  let iterations: Int
  let seconds: Double?
  let seed: UInt64

  init(iterations: Int, environment: [String: String] = ProcessInfo.processInfo.environment) {
    self.iterations = iterations
    seconds = environment["POWERMAP_FUZZ_SECONDS"].flatMap(Double.init).flatMap { $0 > 0 ? $0 : nil }
    seed = environment["POWERMAP_FUZZ_SEED"].flatMap { UInt64($0) } ?? 15
  }

  /// Calls `body` with iteration numbers 0, 1, … until the budget is spent; returns the count.
  @discardableResult
  func run(_ body: (Int) -> Void) -> Int {
    let start = Date()
    var iteration = 0
    while true {
      if let seconds {
        if Date().timeIntervalSince(start) >= seconds { break }
      } else if iteration >= iterations {
        break
      }
      body(iteration)
      iteration += 1
    }
    return iteration
  }
}
