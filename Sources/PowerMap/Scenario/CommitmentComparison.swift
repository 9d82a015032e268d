/// A commitment present in both plans (`powermap diff`, matched by id): its status in each plan,
/// and what changed in its definition — owner, threshold, the actors listed in each dimension of
/// its needs, and the obstacles that block it. Part of ``PlanComparison``.
package struct CommitmentComparison: Sendable, Encodable, Equatable {
  /// The commitment's id.
  package var id: String
  /// Its status in A, after the scenario when the comparison has one.
  package var statusA: CommitmentStatus
  /// Its status in B, after the scenario when the comparison has one.
  package var statusB: CommitmentStatus
  /// Its owner and threshold, when they differ.
  package var fields: [FieldChange]
  /// The actors added to and removed from each dimension of its needs, in dimension order; only
  /// the dimensions that changed.
  package var needs: [ListingChange]
  /// Obstacles that block it in B and not in A (new obstacles, or ones whose `blocks` gained it).
  package var obstaclesAdded: [String]
  /// Obstacles that block it in A and not in B.
  package var obstaclesRemoved: [String]
  /// Obstacles that block it in both plans and differ between them.
  package var obstaclesChanged: [ObstacleChange]

  /// Whether B's status is better than A's (rule 8's order: viable, at-risk, blocked).
  package var betterInB: Bool { statusB < statusA }
  /// Whether B's status is worse than A's.
  package var worseInB: Bool { statusB > statusA }
  /// Whether the commitment's definition (owner, threshold, needs, obstacles) differs.
  package var definitionChanged: Bool {
    !fields.isEmpty || !needs.isEmpty || !obstaclesAdded.isEmpty || !obstaclesRemoved.isEmpty
      || !obstaclesChanged.isEmpty
  }

  /// Compares commitment `a` of `modelA` (with status `statusA`) and `b` of `modelB`, which share
  /// their id.
  package init(
    _ a: Commitment, of modelA: Model, status statusA: CommitmentStatus,
    with b: Commitment, of modelB: Model, status statusB: CommitmentStatus
  ) {
    id = a.id
    self.statusA = statusA
    self.statusB = statusB
    fields = [
      FieldChange("owner", from: a.owner, to: b.owner),
      FieldChange("threshold", from: "\(a.threshold)", to: "\(b.threshold)"),
    ].compactMap { $0 }
    needs = zip(a.needs.dimensions, b.needs.dimensions).compactMap { dimensionA, dimensionB in
      ListingChange(dimensionA.dimension.rawValue, from: dimensionA.actors, to: dimensionB.actors)
    }
    let blockingA = modelA.obstacles.filter { $0.blocks.contains(a.id) }
    let blockingB = modelB.obstacles.filter { $0.blocks.contains(b.id) }
    let listing = ListingChange("obstacles", from: blockingA.map(\.id), to: blockingB.map(\.id))
    obstaclesAdded = listing?.added ?? []
    obstaclesRemoved = listing?.removed ?? []
    let obstaclesOfB = Dictionary(blockingB.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    obstaclesChanged = blockingA.compactMap { obstacle in
      obstaclesOfB[obstacle.id].flatMap { ObstacleChange(from: obstacle, to: $0) }
    }
  }
}
