import Testing

/// Whether `actual` and `expected` have the same length and agree entry by entry within
/// `tolerance · max(1, |expected|)`.
package func isClose(_ actual: [Double], _ expected: [Double], tolerance: Double = 1e-9) -> Bool {
  actual.count == expected.count
    && zip(actual, expected).allSatisfy { isClose($0, $1, tolerance: tolerance) }
}

/// Whether `actual` is within `tolerance · max(1, |expected|)` of `expected`.
package func isClose(_ actual: Double, _ expected: Double, tolerance: Double = 1e-9) -> Bool {
  abs(actual - expected) <= tolerance * max(1, abs(expected))
}

/// The largest entry-wise difference, for failure messages.
package func largestDifference(_ actual: [Double], _ expected: [Double]) -> Double {
  guard actual.count == expected.count else { return .infinity }
  return zip(actual, expected).map { abs($0 - $1) }.max() ?? 0
}

/// Expects `actual` to lie within `tolerance` of `expected` (an absolute tolerance).
package func expectClose(
  _ actual: Double?, _ expected: Double, tolerance: Double = 1e-12, _ comment: Comment? = nil,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  guard let actual else {
    Issue.record("expected \(expected), got nil \(comment.map { "— \($0)" } ?? "")", sourceLocation: sourceLocation)
    return
  }
  #expect(
    abs(actual - expected) <= tolerance, "expected \(expected), got \(actual) \(comment.map { "— \($0)" } ?? "")",
    sourceLocation: sourceLocation)
}

/// Expects two vectors to agree entry by entry within `tolerance` (an absolute tolerance).
package func expectClose(
  _ actual: [Double], _ expected: [Double], tolerance: Double = 1e-12, sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(actual.count == expected.count, "length \(actual.count) ≠ \(expected.count)", sourceLocation: sourceLocation)
  for (index, (a, e)) in zip(actual, expected).enumerated() {
    #expect(abs(a - e) <= tolerance, "entry \(index): expected \(e), got \(a)", sourceLocation: sourceLocation)
  }
}
