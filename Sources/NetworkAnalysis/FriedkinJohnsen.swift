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
public struct FriedkinJohnsen: Sendable, Hashable {
  /// The influence matrix `W`; every row's absolute sum is at most 1 (checked).
  public let influence: SparseMatrix
  /// The stubbornness `θᵢ ∈ [0, 1]` of every agent.
  public let stubbornness: [Double]

  /// A system with influence matrix `influence` (make it with ``SparseMatrix/rowNormalizedByAbsoluteSum()``)
  /// and stubbornness `stubbornness`.
  ///
  /// Preconditions: one stubbornness per row, each in [0, 1], and every absolute row sum of `influence`
  /// at most 1 + 1e-9.
  public init(influence: SparseMatrix, stubbornness: [Double]) {
    precondition(stubbornness.count == influence.size, "one stubbornness per agent is needed")
    precondition(stubbornness.allSatisfy { (0...1).contains($0) }, "stubbornness must lie in [0, 1]")
    precondition(
      influence.absoluteRowSums().allSatisfy { $0 <= 1 + 1e-9 },
      "the influence matrix must be row-normalised (absolute row sums at most 1)")
    self.influence = influence
    self.stubbornness = stubbornness
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
    let n = influence.size
    precondition(initialOpinions.count == n, "one initial opinion per agent is needed")
    precondition(initialOpinions.allSatisfy(\.isFinite), "initial opinions must be finite")
    precondition(tolerance > 0, "tolerance must be positive")
    precondition(maxIterations >= 1, "maxIterations must be at least 1")
    let offsets = influence.rowOffsets
    let columns = influence.columns
    let weights = influence.values
    let rowSums = influence.absoluteRowSums()
    let listeners = (0..<n).filter { rowSums[$0] > 0 }
    var current = initialOpinions
    var next = initialOpinions
    var iterations = 0
    var converged = false
    // Pointers in the O(nnz) rounds: no bounds checks and no uniqueness checks; the same operations in the
    // same order as the plain loop (agents and each row's entries by increasing index).
    offsets.withUnsafeBufferPointer { offsets in
      columns.withUnsafeBufferPointer { columns in
        weights.withUnsafeBufferPointer { weights in
          stubbornness.withUnsafeBufferPointer { theta in
            initialOpinions.withUnsafeBufferPointer { anchor in
              listeners.withUnsafeBufferPointer { listeners in
                while iterations < maxIterations && !converged {
                  iterations += 1
                  var change = 0.0
                  current.withUnsafeBufferPointer { current in
                    next.withUnsafeMutableBufferPointer { next in
                      for agent in listeners {
                        var heard = 0.0
                        for entry in offsets[agent]..<offsets[agent + 1] {
                          heard += weights[entry] * current[Int(columns[entry])]
                        }
                        let stubborn = theta[agent]
                        let value = stubborn * anchor[agent] + (1 - stubborn) * heard
                        change = max(change, abs(value - current[agent]))
                        next[agent] = value
                      }
                    }
                  }
                  swap(&current, &next)
                  converged = change < tolerance
                }
              }
            }
          }
        }
      }
    }
    return FriedkinJohnsenResult(
      opinions: current.map { min(1, max(-1, $0)) }, iterations: iterations, converged: converged)
  }
}
