import PowerMap

/// The one-screen summary at the top of a report: what a planner reads when nothing else.
extension ReportContent {
  /// The number of allies and obstacles the summary names at most.
  package static let summaryLength = 3

  /// The actor with the largest share of positive support (rule 4) and that share, or nil when
  /// nobody supports anything.
  package var largestSupporter: (id: String, share: Double)? {
    let contributions = baseline.evaluation.concentration.contributions
    let total = contributions.reduce(0, +)
    guard total > 0, let index = contributions.indices.max(by: { contributions[$0] < contributions[$1] }),
      index < baseline.report.actors.count
    else { return nil }
    return (baseline.report.actors[index].id, contributions[index] / total)
  }

  /// The scenario that makes the most commitments worse, ties broken by the larger loss of total
  /// viability, then by order; nil without scenarios.
  package var mostDangerousScenario: ScenarioOutcome? {
    scenarios.enumerated().min { lhs, rhs in
      (-lhs.element.worsenedCount, lhs.element.deltaTotalViability, lhs.offset)
        < (-rhs.element.worsenedCount, rhs.element.deltaTotalViability, rhs.offset)
    }?.element
  }

  /// The sweep's first rows whose removal makes some commitment worse, at most ``summaryLength``.
  package var criticalAllies: [AllyLoss] {
    Array(sweep.allies.prefix { $0.statusChanges > 0 }.prefix(Self.summaryLength))
  }

  /// The obstacles with positive pressure, most first, at most ``summaryLength``.
  package var obstaclesUnderPressure: [(obstacle: Obstacle, pressure: ObstaclePressure)] {
    let obstacles = Dictionary(model.obstacles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let ranked = baseline.evaluation.obstacles
      .filter { $0.pressure > 0 }
      .sorted { ($0.pressure, $1.id) > ($1.pressure, $0.id) }
    return ranked.prefix(Self.summaryLength).compactMap { pressure in
      obstacles[pressure.id].map { ($0, pressure) }
    }
  }
}
