import Testing

@testable import PowerMap

/// An actor for hand-worked tests: only the fields a test cares about need to be given.
func makeActor(
  _ id: String, power: Double = 0.5, interest: Double = 0.5, stance: Double = 0, kind: ActorKind = .agency,
  stubbornness: Double = 0.5, legitimacy: Double? = nil, urgency: Double? = nil, affiliation: String? = nil
) -> Actor {
  Actor(
    id: id, name: id.uppercased(), kind: kind, level: .state, power: power, interest: interest, stance: stance,
    stubbornness: stubbornness, legitimacy: legitimacy, urgency: urgency, affiliation: affiliation)
}

/// Expects `actual` to lie within `tolerance` of `expected`.
func expectClose(
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

/// Expects two vectors to agree entry by entry within `tolerance`.
func expectClose(
  _ actual: [Double], _ expected: [Double], tolerance: Double = 1e-12, sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(actual.count == expected.count, "length \(actual.count) ≠ \(expected.count)", sourceLocation: sourceLocation)
  for (index, (a, e)) in zip(actual, expected).enumerated() {
    #expect(abs(a - e) <= tolerance, "entry \(index): expected \(e), got \(a)", sourceLocation: sourceLocation)
  }
}
