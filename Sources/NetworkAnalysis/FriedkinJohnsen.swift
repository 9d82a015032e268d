/// The Friedkin–Johnsen opinion dynamics (Friedkin & Johnsen 1990, "Social influence and opinions"):
/// each agent mixes its own initial opinion, with weight θᵢ (its stubbornness), and its influencers' current
/// opinions, with weight 1 − θᵢ.
///
/// With a row-normalised influence matrix `W` (row `i` lists how much each `j` sways `i`; negative entries
/// repel, as in the design's conflict relations), stubbornness `θ` and initial opinions `s`:
///
///     s(0) = s,   s(t+1) = θ ⊙ s + (1 − θ) ⊙ W s(t)
///
/// iterated until `max_i |s_i(t+1) − s_i(t)| < tolerance` or `maxIterations` rounds. An agent whose row of `W`
/// is all zero (no influencer) keeps `s_i` throughout — it is not pulled towards 0. The result is clamped to
/// [−1, 1]. When every row of `|W|` sums to at most 1 and every θᵢ > 0 for agents with influencers, the map is
/// a contraction in the max-norm (factor `max(1 − θᵢ) < 1`), so the iteration converges to the unique fixpoint.
///
/// **One engine, three strategies.** Every solve runs the same round (`FriedkinJohnsenRound`):
/// `plainSolve(initialOpinions:tolerance:maxIterations:)` (a new array per round; the oracle the
/// others are tested against), `solve(from:into:scratch:tolerance:maxIterations:)` (caller
/// buffers, no allocation; ``solve(initialOpinions:tolerance:maxIterations:)`` wraps it) and
/// `solveLanes(anchors:replacing:tolerance:maxIterations:)` (up to eight systems that differ in a
/// few rows, one SIMD lane each). All give the same bits.
public struct FriedkinJohnsen: Sendable, Hashable {
  /// The influence matrix `W`; every row's absolute sum is at most 1 (checked).
  public let influence: SparseMatrix
  /// The stubbornness `θᵢ ∈ [0, 1]` of every agent.
  public let stubbornness: [Double]
  /// The agents with a non-zero row of `W`, increasing; the others keep their initial opinion.
  let listeners: [Int]

  /// A system with influence matrix `influence` (make it with ``SparseMatrix/rowNormalizedByAbsoluteSum()``)
  /// and stubbornness `stubbornness`.
  ///
  /// Preconditions: one stubbornness per row, each in [0, 1], and every absolute row sum of `influence`
  /// at most 1 + 1e-9.
  public init(influence: SparseMatrix, stubbornness: [Double]) {
    precondition(stubbornness.count == influence.size, "one stubbornness per agent is needed")
    precondition(stubbornness.allSatisfy { (0...1).contains($0) }, "stubbornness must lie in [0, 1]")
    let rowSums = influence.absoluteRowSums()
    precondition(
      rowSums.allSatisfy { $0 <= 1 + 1e-9 }, "the influence matrix must be row-normalised (absolute row sums at most 1)"
    )
    self.influence = influence
    self.stubbornness = stubbornness
    listeners = rowSums.indices.filter { rowSums[$0] > 0 }
  }

  /// The number of agents.
  package var size: Int { influence.size }

  /// Whether each agent has influencers (a non-zero row of `W`).
  package var listening: [Bool] {
    var listening = [Bool](repeating: false, count: size)
    for agent in listeners { listening[agent] = true }
    return listening
  }

  /// Runs the dynamics from `initialOpinions` (which are also the anchors `s`).
  ///
  /// Stops after the first round whose largest change is below `tolerance` (1e-12 by default; that round's
  /// opinions are returned) or after `maxIterations` rounds (10,000), then clamps to [−1, 1].
  /// O(n + nnz) per round. Preconditions: one opinion per agent, all finite; `tolerance > 0`;
  /// `maxIterations ≥ 1`.
  public func solve(
    initialOpinions: [Double], tolerance: Double = 1e-12, maxIterations: Int = 10_000
  ) -> FriedkinJohnsenResult {
    checkSolve(initialOpinions: initialOpinions, tolerance: tolerance, maxIterations: maxIterations)
    var opinions: [Double] = []
    var scratch: [Double] = []
    let (iterations, converged) = solve(
      from: initialOpinions, into: &opinions, scratch: &scratch, tolerance: tolerance, maxIterations: maxIterations)
    return FriedkinJohnsenResult(opinions: opinions, iterations: iterations, converged: converged)
  }

  /// The same result as ``solve(initialOpinions:tolerance:maxIterations:)`` by the plainest loop: a
  /// new array per round, then the clamp. The oracle the faster solves are tested against.
  package func plainSolve(
    initialOpinions: [Double], tolerance: Double = 1e-12, maxIterations: Int = 10_000
  ) -> FriedkinJohnsenResult {
    checkSolve(initialOpinions: initialOpinions, tolerance: tolerance, maxIterations: maxIterations)
    var current = initialOpinions
    var iterations = 0
    var converged = false
    while iterations < maxIterations && !converged {
      iterations += 1
      var next = current
      var moved = false
      withRound(anchors: initialOpinions, listeners: listeners, tolerance: tolerance) { round in
        current.withUnsafeBufferPointer { current in
          next.withUnsafeMutableBufferPointer { round.step(current: current, next: $0, flags: &moved) }
        }
      }
      current = next
      converged = !moved
    }
    return FriedkinJohnsenResult(
      opinions: current.map { min(1, max(-1, $0)) }, iterations: iterations, converged: converged)
  }

  /// The solve of ``solve(initialOpinions:tolerance:maxIterations:)`` without allocating: the
  /// opinions are written to `opinions` (resized to the number of agents), `scratch` is working
  /// space; callers that solve one system many times (Monte Carlo) reuse both. Returns the rounds
  /// run and whether the last one converged. Precondition: one finite opinion per agent in `initial`.
  package func solve(
    from initial: [Double], into opinions: inout [Double], scratch: inout [Double], tolerance: Double = 1e-12,
    maxIterations: Int = 10_000
  ) -> (iterations: Int, converged: Bool) {
    precondition(initial.count == size, "one initial opinion per agent is needed")
    Self.assign(initial, to: &opinions)
    Self.assign(initial, to: &scratch)
    var rounds = 0
    var converged = false
    var resultInScratch = false
    withRound(anchors: initial, listeners: listeners, tolerance: tolerance) { round in
      opinions.withUnsafeMutableBufferPointer { first in
        scratch.withUnsafeMutableBufferPointer { second in
          var current = first
          var next = second
          while rounds < maxIterations && !converged {
            rounds += 1
            var moved = false
            round.step(current: UnsafeBufferPointer(current), next: next, flags: &moved)
            swap(&current, &next)
            resultInScratch.toggle()
            converged = !moved
          }
        }
      }
    }
    if resultInScratch { swap(&opinions, &scratch) }
    opinions.withUnsafeMutableBufferPointer { values in
      for index in values.indices { values[index] = min(1, max(-1, values[index])) }
    }
    return (rounds, converged)
  }

  /// Calls `body` with the round of this system from `anchors`, updating `listeners`.
  func withRound<Opinion: FriedkinJohnsenOpinion, Result>(
    anchors: [Opinion], listeners: [Int], tolerance: Double, _ body: (FriedkinJohnsenRound<Opinion>) -> Result
  ) -> Result {
    CompressedRowsView.with(offsets: influence.rowOffsets, columns: influence.columns, values: influence.values) {
      rows in
      listeners.withUnsafeBufferPointer { listeners in
        stubbornness.withUnsafeBufferPointer { stubbornness in
          anchors.withUnsafeBufferPointer { anchors in
            body(
              FriedkinJohnsenRound(
                rows: rows, listeners: listeners, stubbornness: stubbornness, anchors: anchors, tolerance: tolerance))
          }
        }
      }
    }
  }

  /// Copies `source` into `target`, reusing `target`'s storage when it has the same length.
  private static func assign(_ source: [Double], to target: inout [Double]) {
    guard target.count == source.count else {
      target = [Double](source)
      return
    }
    target.withUnsafeMutableBufferPointer { target in
      source.withUnsafeBufferPointer { source in
        for index in source.indices { target[index] = source[index] }
      }
    }
  }

  private func checkSolve(initialOpinions: [Double], tolerance: Double, maxIterations: Int) {
    precondition(initialOpinions.count == size, "one initial opinion per agent is needed")
    precondition(initialOpinions.allSatisfy(\.isFinite), "initial opinions must be finite")
    precondition(tolerance > 0, "tolerance must be positive")
    precondition(maxIterations >= 1, "maxIterations must be at least 1")
  }
}
