/// One Jacobi round of ``FriedkinJohnsen``, the only implementation of its update: every solve
/// (``FriedkinJohnsen/plainSolve(initialOpinions:tolerance:maxIterations:)``, the allocation-free
/// ``FriedkinJohnsen/solve(from:into:scratch:tolerance:maxIterations:)`` and the lane-batched
/// ``FriedkinJohnsen/solveLanes(anchors:replacing:tolerance:maxIterations:)``) runs its rounds
/// through ``step(current:next:flags:)``.
///
/// For every listener i (an agent with a non-zero row), by increasing index:
///
///     heard = Σ_j W_ij · current_j     (the row's entries by increasing column, from +0)
///     next_i = θᵢ·sᵢ + (1 − θᵢ)·heard
///
/// and a lane is flagged when some |next_i − current_i| reaches the tolerance (it has not converged:
/// max|Δ| < tolerance exactly when no |Δ| reaches it, the opinions being finite). Agents that are
/// not listeners are not written.
struct FriedkinJohnsenRound<Opinion: FriedkinJohnsenOpinion> {
  /// W in CSR form.
  let rows: CompressedRowsView<Double>
  /// The agents to update, increasing.
  let listeners: UnsafeBufferPointer<Int>
  /// θ per agent.
  let stubbornness: UnsafeBufferPointer<Double>
  /// s per agent (the anchors; per lane, so lanes may solve the same system from different
  /// initial opinions).
  let anchors: UnsafeBufferPointer<Opinion>
  /// The convergence tolerance.
  let tolerance: Double

  /// The update of agent `agent` from what it heard.
  @inline(__always)
  func mix(agent: Int, heard: Opinion) -> Opinion {
    let stubborn = stubbornness[agent]
    return Opinion(broadcast: stubborn) * anchors[agent] + Opinion(broadcast: 1 - stubborn) * heard
  }

  /// Updates every listener from `current` into `next`, flagging the lanes that moved.
  @inline(__always)
  func step(
    current: UnsafeBufferPointer<Opinion>, next: UnsafeMutableBufferPointer<Opinion>, flags: inout Opinion.Flags
  ) {
    let limit = Opinion(broadcast: tolerance)
    for agent in listeners {
      var heard = Opinion(broadcast: 0)
      for entry in rows.entries(of: agent) {
        heard = heard + Opinion(broadcast: rows.values[entry]) * current[rows.column(entry)]
      }
      let value = mix(agent: agent, heard: heard)
      Opinion.flagMoves(from: current[agent], to: value, limit: limit, flags: &flags)
      next[agent] = value
    }
  }

  /// Updates the `agents` whose rows are given per lane (`lanes`, row k for `agents[k]`; a lane
  /// whose row is zero, unflagged in `listening[k]`, keeps its opinion), flagging the lanes that moved.
  @inline(__always)
  func step(
    agents: UnsafeBufferPointer<Int>, lanes: CompressedRowsView<Opinion>, listening: UnsafeBufferPointer<Opinion.Flags>,
    current: UnsafeBufferPointer<Opinion>, next: UnsafeMutableBufferPointer<Opinion>, flags: inout Opinion.Flags
  ) {
    let limit = Opinion(broadcast: tolerance)
    for (slot, agent) in agents.enumerated() {
      var heard = Opinion(broadcast: 0)
      for entry in lanes.entries(of: slot) {
        heard = heard + lanes.values[entry] * current[lanes.column(entry)]
      }
      let value = Opinion.select(mix(agent: agent, heard: heard), orKeep: current[agent], where: listening[slot])
      Opinion.flagMoves(from: current[agent], to: value, limit: limit, flags: &flags)
      next[agent] = value
    }
  }
}
