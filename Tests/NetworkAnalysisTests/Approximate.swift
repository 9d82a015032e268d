/// Whether `actual` and `expected` have the same length and agree entry by entry within
/// `tolerance · max(1, |expected|)`.
func isClose(_ actual: [Double], _ expected: [Double], tolerance: Double = 1e-9) -> Bool {
  actual.count == expected.count
    && zip(actual, expected).allSatisfy { isClose($0, $1, tolerance: tolerance) }
}

/// Whether `actual` is within `tolerance · max(1, |expected|)` of `expected`.
func isClose(_ actual: Double, _ expected: Double, tolerance: Double = 1e-9) -> Bool {
  abs(actual - expected) <= tolerance * max(1, abs(expected))
}

/// The largest entry-wise difference, for failure messages.
func largestDifference(_ actual: [Double], _ expected: [Double]) -> Double {
  guard actual.count == expected.count else { return .infinity }
  return zip(actual, expected).map { abs($0 - $1) }.max() ?? 0
}
