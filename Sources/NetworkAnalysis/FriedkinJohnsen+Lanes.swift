extension FriedkinJohnsen {
  /// The number of systems ``solveLanes(anchors:replacing:tolerance:maxIterations:)`` solves at once.
  package static let laneCount = 8

  /// Solves up to ``laneCount`` systems that differ from this one in a few rows of `W` together,
  /// all from `anchors`: lane k solves the system whose matrix is `W` with the rows
  /// `replacements[k]`, with θ of this system. One pass over the entries serves every lane (one
  /// `SIMD8<Double>` multiply-add per entry).
  ///
  /// **Same bits as one solve per lane.** Every lane runs the rounds of
  /// ``solve(initialOpinions:tolerance:maxIterations:)`` (``FriedkinJohnsenRound``; SIMD arithmetic is
  /// lane-wise IEEE arithmetic), stops after its own first round in which no listener moved by
  /// `tolerance`, and is clamped to [−1, 1], so its result is that of the system it stands for,
  /// bit for bit. Precondition: one finite anchor per agent.
  package func solveLanes(
    anchors: [Double], replacing replacements: [FriedkinJohnsenReplacedRows], tolerance: Double = 1e-12,
    maxIterations: Int = 10_000
  ) -> [FriedkinJohnsenResult] {
    precondition(anchors.count == size, "one anchor per agent is needed")
    return solveLanes(
      anchorLanes: Array(repeating: anchors, count: replacements.count), replacing: replacements,
      tolerance: tolerance, maxIterations: maxIterations)
  }

  /// Solves this system from up to ``laneCount`` sets of initial opinions together (one lane
  /// each): the same bits as one ``solve(initialOpinions:tolerance:maxIterations:)`` per set.
  /// Callers that solve several issues over one influence network (the same W and θ, different
  /// anchors) batch them here. Precondition: one finite anchor per agent in every set.
  package func solveLanes(
    anchorLanes: [[Double]], tolerance: Double = 1e-12, maxIterations: Int = 10_000
  ) -> [FriedkinJohnsenResult] {
    solveLanes(
      anchorLanes: anchorLanes,
      replacing: Array(repeating: FriedkinJohnsenReplacedRows(), count: anchorLanes.count),
      tolerance: tolerance, maxIterations: maxIterations)
  }

  /// Lane k solves the system whose matrix is `W` with the rows `replacements[k]`, from
  /// `anchorLanes[k]`.
  func solveLanes(
    anchorLanes: [[Double]], replacing replacements: [FriedkinJohnsenReplacedRows], tolerance: Double,
    maxIterations: Int
  ) -> [FriedkinJohnsenResult] {
    precondition(replacements.count <= Self.laneCount, "at most \(Self.laneCount) lanes at a time")
    precondition(anchorLanes.count == replacements.count, "one set of anchors per lane is needed")
    precondition(anchorLanes.allSatisfy { $0.count == size }, "one anchor per agent is needed")
    guard !replacements.isEmpty else { return [] }
    let layout = FriedkinJohnsenLaneRows(system: self, replacements: replacements)
    var replaced = [Bool](repeating: false, count: size)
    for agent in layout.agents { replaced[agent] = true }
    let plainListeners = listeners.filter { !replaced[$0] }
    let anchors = Self.lanes(anchorLanes, size: size)
    var first = anchors
    var second = first
    var results = [FriedkinJohnsenResult?](repeating: nil, count: replacements.count)
    withRound(anchors: anchors, listeners: plainListeners, tolerance: tolerance) { round in
      layout.withView { agents, rows, listening in
        first.withUnsafeMutableBufferPointer { first in
          second.withUnsafeMutableBufferPointer { second in
            var current = first
            var next = second
            var rounds = 0
            var open = results.count
            while rounds < maxIterations && open > 0 {
              rounds += 1
              var moved = SIMD8<Double>.noFlags
              round.step(current: UnsafeBufferPointer(current), next: next, flags: &moved)
              round.step(
                agents: agents, lanes: rows, listening: listening, current: UnsafeBufferPointer(current), next: next,
                flags: &moved)
              swap(&current, &next)
              for lane in results.indices where results[lane] == nil && !moved[lane] {
                results[lane] = Self.result(lane: lane, opinions: current, rounds: rounds, converged: true)
                open -= 1
              }
            }
            for lane in results.indices where results[lane] == nil {
              results[lane] = Self.result(lane: lane, opinions: current, rounds: rounds, converged: false)
            }
          }
        }
      }
    }
    return results.compactMap { $0 }
  }

  /// Agent i's anchors of every lane in one `SIMD8` (lanes beyond the sets repeat the first).
  private static func lanes(_ anchorLanes: [[Double]], size: Int) -> [SIMD8<Double>] {
    (0..<size).map { agent in
      var lanes = SIMD8<Double>(repeating: anchorLanes[0][agent])
      for lane in anchorLanes.indices.dropFirst() { lanes[lane] = anchorLanes[lane][agent] }
      return lanes
    }
  }

  /// Lane `lane` of `opinions`, clamped to [−1, 1].
  private static func result(
    lane: Int, opinions: UnsafeMutableBufferPointer<SIMD8<Double>>, rounds: Int, converged: Bool
  ) -> FriedkinJohnsenResult {
    FriedkinJohnsenResult(
      opinions: opinions.map { min(1, max(-1, $0[lane])) }, iterations: rounds, converged: converged)
  }
}
