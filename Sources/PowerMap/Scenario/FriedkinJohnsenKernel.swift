import NetworkAnalysis

/// An allocation-free replica of `FriedkinJohnsen.solve` for solving one system (Ŵ, θ) from many
/// initial opinions, as Monte Carlo does: rule 2 of <doc:Rules>,
///
///     s(0) = s,  s(t+1) = θ ⊙ s + (1 − θ) ⊙ Ŵ s(t),  until max|Δ| < tolerance (or the round limit),
///     s* = clamp(s(t), −1, 1)
///
/// with the same floating-point operations in the same order as NetworkAnalysis's solver — each
/// row's products summed by increasing column, `θ·s + (1 − θ)·heard`, the largest change over the
/// agents with influencers (a non-zero row), Jacobi rounds, the same stopping test — so the
/// opinions are bit-identical; only the bookkeeping differs (the agents with influencers listed
/// once, buffers supplied by the caller, unchecked indexing).
struct FriedkinJohnsenKernel: Sendable {
  /// The number of agents.
  let size: Int
  /// The agents with a non-zero row of Ŵ, increasing; the others keep their initial opinion.
  let listeners: [Int]
  /// Ŵ in CSR form.
  let offsets: [Int]
  let columns: [Int32]
  let weights: [Double]
  /// θ per agent.
  let stubbornness: [Double]
  let tolerance: Double
  let maximumRounds: Int

  /// The kernel of `system` with rule 2's tolerance and round limit.
  init(
    system: FriedkinJohnsen, tolerance: Double = EffectiveStance.tolerance,
    maximumRounds: Int = EffectiveStance.maximumRounds
  ) {
    size = system.influence.size
    let rowSums = system.influence.absoluteRowSums()
    listeners = rowSums.indices.filter { rowSums[$0] > 0 }
    offsets = system.influence.rowOffsets
    columns = system.influence.columns
    weights = system.influence.values
    stubbornness = system.stubbornness
    self.tolerance = tolerance
    self.maximumRounds = maximumRounds
  }

  /// Solves from `initial` (one finite opinion per agent) into `opinions` (resized to `size`),
  /// clamped to [−1, 1]; `scratch` is working space that callers reuse between solves.
  func solve(initial: [Double], opinions: inout [Double], scratch: inout [Double]) {
    precondition(initial.count == size, "one initial opinion per agent is needed")
    if opinions.count != size { opinions = [Double](repeating: 0, count: size) }
    if scratch.count != size { scratch = [Double](repeating: 0, count: size) }
    opinions.withUnsafeMutableBufferPointer { copy(initial, to: $0) }
    scratch.withUnsafeMutableBufferPointer { copy(initial, to: $0) }
    var resultInScratch = false
    opinions.withUnsafeMutableBufferPointer { first in
      scratch.withUnsafeMutableBufferPointer { second in
        initial.withUnsafeBufferPointer { anchor in
          offsets.withUnsafeBufferPointer { offsets in
            columns.withUnsafeBufferPointer { columns in
              weights.withUnsafeBufferPointer { weights in
                stubbornness.withUnsafeBufferPointer { theta in
                  var current = first
                  var next = second
                  var rounds = 0
                  var converged = false
                  while rounds < maximumRounds && !converged {
                    rounds += 1
                    var change = 0.0
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
                    swap(&current, &next)
                    resultInScratch.toggle()
                    converged = change < tolerance
                  }
                }
              }
            }
          }
        }
      }
    }
    if resultInScratch { swap(&opinions, &scratch) }
    opinions.withUnsafeMutableBufferPointer { values in
      for index in values.indices { values[index] = min(1, max(-1, values[index])) }
    }
  }

  private func copy(_ source: [Double], to target: UnsafeMutableBufferPointer<Double>) {
    source.withUnsafeBufferPointer { source in
      for index in source.indices { target[index] = source[index] }
    }
  }
}
