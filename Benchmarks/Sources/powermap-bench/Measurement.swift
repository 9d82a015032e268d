import Foundation

/// Timing helpers: medians of repeated runs and the process's peak resident memory.
enum Measurement {
  /// Seconds taken by `body`.
  static func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  /// The median of `runs` timings of `body`.
  static func median(runs: Int, _ body: () throws -> Void) rethrows -> (median: Double, all: [Double]) {
    var times: [Double] = []
    for _ in 0..<runs { times.append(try seconds(body)) }
    let sorted = times.sorted()
    let middle = sorted.count / 2
    let median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    return (median, times)
  }

  /// Peak resident set size of this process so far, in MiB (getrusage's ru_maxrss, KiB on Linux).
  static func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
  }
}
