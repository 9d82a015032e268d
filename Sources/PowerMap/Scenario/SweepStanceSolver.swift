import NetworkAnalysis

/// Rule 2 of <doc:Rules> (Friedkin–Johnsen) for several removals from one state at once: the ally
/// sweep's hot path.
///
/// Removing actors R from a state changes few rows of Ŵ: the rows of R (they become empty), and
/// the rows that list, as influencer, an actor of R or an actor whose effective power p̂ the removal
/// changed (every other row has the same entries, so the same normalised weights). The solver
/// keeps Ŵ of the state before the removals and, per removal, rebuilds only those rows; it then
/// runs up to ``lanes`` removals together, each lane one removal's opinions, so that one pass over
/// Ŵ's entries serves all of them (one `SIMD8<Double>` multiply-add per entry instead of eight
/// scalar ones, and one read of the entry's weight and column).
///
/// **Same bits as ``EffectiveStance``.** A rebuilt row is made like `EffectiveStance.system`
/// makes it: the entries (sign · w) · p̂ of the row's relations in the order `SparseMatrix` merges
/// them (by influencer, then relation order), parallel ones summed in that order, divided by the
/// row's absolute sum taken by increasing column. Each lane runs the Jacobi rounds of
/// ``NetworkAnalysis/FriedkinJohnsen/solve(initialOpinions:tolerance:maxIterations:)`` with the
/// same operations per lane (`θ·s + (1 − θ)·heard`, each row's products summed by increasing
/// column; SIMD arithmetic is lane-wise IEEE arithmetic), stops after its own first round whose
/// largest change over its listeners is below the tolerance, and is clamped to [−1, 1]. The tests
/// compare every lane with `EffectiveStance` of the state after the removal, bit for bit.
struct SweepStanceSolver: Sendable {
  /// The number of removals solved together.
  static let lanes = 8
  typealias Lanes = SIMD8<Double>

  /// The number of actors of the state.
  let size: Int
  /// Ŵ of the state before the removals, in CSR form, and whether each row is non-zero.
  let offsets: [Int]
  let columns: [Int32]
  let weights: [Double]
  let listens: [Bool]
  /// θ and the declared stance s (the anchor) per actor.
  let stubbornness: [Double]
  let anchors: [Double]
  /// p̂ before the removals.
  let basePower: [Double]
  /// Every row's raw entries: the influencer and sign · w, by influencer, then relation order.
  let recipeOffsets: [Int]
  let recipeColumns: [Int32]
  let recipeFactors: [Double]
  /// For every actor, the rows that list it as influencer (each once).
  let listenerOffsets: [Int]
  let listenerRows: [Int32]
  let tolerance: Double
  let maximumRounds: Int

  /// The solver for removals from `state`, whose effective powers are `effectivePower`.
  init(
    state: ModelState, effectivePower: [Double], tolerance: Double = EffectiveStance.tolerance,
    maximumRounds: Int = EffectiveStance.maximumRounds
  ) {
    let system = EffectiveStance.system(state: state, effectivePower: effectivePower)
    size = state.actors.count
    offsets = system.influence.rowOffsets
    columns = system.influence.columns
    weights = system.influence.values
    listens = system.influence.absoluteRowSums().map { $0 > 0 }
    stubbornness = system.stubbornness
    anchors = state.actors.map(\.actor.stance)
    basePower = effectivePower
    self.tolerance = tolerance
    self.maximumRounds = maximumRounds

    // The raw entries as EffectiveStance.system emits them, then ordered by (row, column, emission).
    var entries: [(row: Int32, column: Int32, order: Int32, factor: Double)] = []
    entries.reserveCapacity(state.relations.count * 2)
    for relation in state.relations where relation.kind.isInfluence {
      guard state.actors[relation.from].present, state.actors[relation.to].present else { continue }
      let factor = relation.kind.sign * relation.weight
      entries.append((Int32(relation.to), Int32(relation.from), Int32(entries.count), factor))
      if relation.kind.isSymmetric {
        entries.append((Int32(relation.from), Int32(relation.to), Int32(entries.count), factor))
      }
    }
    entries.sort { ($0.row, $0.column, $0.order) < ($1.row, $1.column, $1.order) }
    var recipeOffsets = [Int](repeating: 0, count: size + 1)
    for entry in entries { recipeOffsets[Int(entry.row) + 1] += 1 }
    for row in 0..<size { recipeOffsets[row + 1] += recipeOffsets[row] }
    self.recipeOffsets = recipeOffsets
    recipeColumns = entries.map(\.column)
    recipeFactors = entries.map(\.factor)

    // Rows by influencer: the transpose of the pattern, one row per distinct (row, column).
    var listenerOffsets = [Int](repeating: 0, count: size + 1)
    for column in columns { listenerOffsets[Int(column) + 1] += 1 }
    for actor in 0..<size { listenerOffsets[actor + 1] += listenerOffsets[actor] }
    var fill = listenerOffsets
    var listenerRows = [Int32](repeating: 0, count: columns.count)
    for row in 0..<size {
      for entry in offsets[row]..<offsets[row + 1] {
        let column = Int(columns[entry])
        listenerRows[fill[column]] = Int32(row)
        fill[column] += 1
      }
    }
    self.listenerOffsets = listenerOffsets
    self.listenerRows = listenerRows
  }

  /// One removal: the actors removed and p̂ after the removal (rule 1 on the state without them).
  struct Removal {
    var removed: [Int]
    var effectivePower: [Double]
  }

  /// The rows one lane rebuilt: row → its entries in `columns`/`values`, or not listening.
  private struct LaneRows {
    var columns: [Int32] = []
    var values: [Double] = []
    /// Per rebuilt row: its entries' range start and end, or (−1, −1) when the row is zero.
    var ranges: [(start: Int, end: Int)] = []
  }

  /// s* (with the influenced flags, rounds and convergence) of the state after each removal;
  /// at most ``lanes`` removals.
  func solve(_ removals: [Removal]) -> [EffectiveStance] {
    precondition(removals.count <= Self.lanes, "at most \(Self.lanes) removals at a time")
    guard !removals.isEmpty else { return [] }
    let n = size
    let laneCount = Self.lanes
    // Which rows each lane rebuilds, and the rebuilt rows.
    var slotOfRow = [Int32](repeating: -1, count: n)  // row → index in `specialRows`
    var specialRows: [Int] = []
    var slots: [Int32] = []  // specialRows.count × lanes: index in the lane's ranges, or −1 (base row)
    var lanes = [LaneRows](repeating: LaneRows(), count: removals.count)
    var removedMark = [Bool](repeating: false, count: n)
    var rowMark = [Bool](repeating: false, count: n)
    for (lane, removal) in removals.enumerated() {
      for actor in removal.removed { removedMark[actor] = true }
      var rows: [Int] = removal.removed
      for actor in removal.removed { rowMark[actor] = true }
      for actor in 0..<n
      where removedMark[actor]
        || removal.effectivePower[actor].bitPattern != basePower[actor].bitPattern
      {
        for entry in listenerOffsets[actor]..<listenerOffsets[actor + 1] {
          let row = Int(listenerRows[entry])
          if !rowMark[row] {
            rowMark[row] = true
            rows.append(row)
          }
        }
      }
      for row in rows {
        rowMark[row] = false
        if slotOfRow[row] < 0 {
          slotOfRow[row] = Int32(specialRows.count)
          specialRows.append(row)
          slots.append(contentsOf: repeatElement(-1, count: laneCount))
        }
        slots[Int(slotOfRow[row]) * laneCount + lane] = Int32(lanes[lane].ranges.count)
        lanes[lane].ranges.append(
          rebuild(row: row, removed: removedMark, power: removal.effectivePower, into: &lanes[lane]))
      }
      for actor in removal.removed { removedMark[actor] = false }
    }
    let plainListeners = (0..<n).filter { listens[$0] && slotOfRow[$0] < 0 }
    let special = SpecialRows(solver: self, rows: specialRows, slots: slots, lanes: lanes)

    var current = anchors.map { Lanes(repeating: $0) }
    var next = current
    var results = [EffectiveStance?](repeating: nil, count: removals.count)
    var open = removals.count
    var round = 0
    while round < maximumRounds && open > 0 {
      round += 1
      // Whether some listener of a lane moved by the tolerance or more: max|Δ| < tolerance exactly
      // when no |Δ| reaches it (the opinions are finite), which is cheaper to test lane-wise.
      var exceeded = SIMDMask<Lanes.MaskStorage>(repeating: false)
      let limit = Lanes(repeating: tolerance)
      current.withUnsafeBufferPointer { current in
        next.withUnsafeMutableBufferPointer { next in
          offsets.withUnsafeBufferPointer { offsets in
            columns.withUnsafeBufferPointer { columns in
              weights.withUnsafeBufferPointer { weights in
                stubbornness.withUnsafeBufferPointer { theta in
                  anchors.withUnsafeBufferPointer { anchor in
                    plainListeners.withUnsafeBufferPointer { plainListeners in
                      for agent in plainListeners {
                        var heard = Lanes(repeating: 0)
                        for entry in offsets[agent]..<offsets[agent + 1] {
                          heard += Lanes(repeating: weights[entry]) * current[Int(columns[entry])]
                        }
                        let stubborn = theta[agent]
                        let value =
                          Lanes(repeating: stubborn * anchor[agent]) + Lanes(repeating: 1 - stubborn) * heard
                        let delta = value - current[agent]
                        exceeded = exceeded .| (delta .>= limit) .| (-delta .>= limit)
                        next[agent] = value
                      }
                    }
                    // Rows some lane rebuilt: every lane's own row (its rebuilt row or the base
                    // row) on the union of their columns, zeros elsewhere; a lane whose row is zero
                    // keeps its anchor.
                    special.values.withUnsafeBufferPointer { values in
                      special.columns.withUnsafeBufferPointer { specialColumns in
                        for (slot, agent) in specialRows.enumerated() {
                          var heard = Lanes(repeating: 0)
                          for entry in special.offsets[slot]..<special.offsets[slot + 1] {
                            heard += values[entry] * current[Int(specialColumns[entry])]
                          }
                          let stubborn = theta[agent]
                          var value =
                            Lanes(repeating: stubborn * anchor[agent]) + Lanes(repeating: 1 - stubborn) * heard
                          value.replace(with: current[agent], where: .!special.listening[slot])
                          let delta = value - current[agent]
                          exceeded = exceeded .| (delta .>= limit) .| (-delta .>= limit)
                          next[agent] = value
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
      swap(&current, &next)
      for lane in 0..<removals.count where results[lane] == nil {
        if !exceeded[lane] {
          results[lane] = result(lane: lane, opinions: current, rounds: round, converged: true)
          open -= 1
        }
      }
    }
    for lane in 0..<removals.count where results[lane] == nil {
      results[lane] = result(lane: lane, opinions: current, rounds: round, converged: false)
    }
    // Which rows listen in each lane (for `influenced`).
    return results.enumerated().map { lane, result in
      guard var stance = result else { preconditionFailure("every lane has a result") }
      stance.influenced = listens
      for (slot, row) in specialRows.enumerated() {
        let rebuilt = Int(slots[slot * laneCount + lane])
        if rebuilt >= 0 { stance.influenced[row] = lanes[lane].ranges[rebuilt].start >= 0 }
      }
      return stance
    }
  }

  /// The rows some lane rebuilt, laid out for all lanes at once: per row, the union of the columns
  /// of its base row and of every lane's rebuilt row, increasing, with each lane's value there (0
  /// where its row has no entry), and which lanes' rows are non-zero.
  ///
  /// **Same bits as one row per lane.** A lane's sum over the union adds its own entries in the same
  /// (increasing column) order as over its own row, with `0 · x = ±0` added in between; `heard` is
  /// never −0 (it starts at +0, adding ±0 to +0 gives +0, and a non-zero sum only returns to zero
  /// as +0 under round-to-nearest), so adding ±0 leaves it unchanged, bit for bit.
  private struct SpecialRows {
    var offsets: [Int] = [0]
    var columns: [Int32] = []
    var values: [Lanes] = []
    var listening: [SIMDMask<Lanes.MaskStorage>] = []

    init(solver: SweepStanceSolver, rows: [Int], slots: [Int32], lanes: [LaneRows]) {
      let laneCount = SweepStanceSolver.lanes
      var position = [Int32](repeating: -1, count: solver.size)
      for (slot, row) in rows.enumerated() {
        // The union by marks (each column once), then sorted.
        var union = Array(solver.columns[solver.offsets[row]..<solver.offsets[row + 1]])
        for column in union { position[Int(column)] = 0 }
        for lane in lanes.indices {
          let rebuilt = Int(slots[slot * laneCount + lane])
          guard rebuilt >= 0 else { continue }
          let range = lanes[lane].ranges[rebuilt]
          guard range.start >= 0 else { continue }
          for column in lanes[lane].columns[range.start..<range.end] where position[Int(column)] < 0 {
            position[Int(column)] = 0
            union.append(column)
          }
        }
        union.sort()
        let start = columns.count
        for (index, column) in union.enumerated() { position[Int(column)] = Int32(start + index) }
        columns += union
        values += repeatElement(Lanes(repeating: 0), count: union.count)
        var mask = SIMDMask<Lanes.MaskStorage>(repeating: solver.listens[row])
        for lane in 0..<laneCount {
          let rebuilt = lane < lanes.count ? Int(slots[slot * laneCount + lane]) : -1
          if rebuilt < 0 {
            for entry in solver.offsets[row]..<solver.offsets[row + 1] {
              values[Int(position[Int(solver.columns[entry])])][lane] = solver.weights[entry]
            }
          } else {
            let range = lanes[lane].ranges[rebuilt]
            mask[lane] = range.start >= 0
            guard range.start >= 0 else { continue }
            for entry in range.start..<range.end {
              values[Int(position[Int(lanes[lane].columns[entry])])][lane] = lanes[lane].values[entry]
            }
          }
        }
        for column in union { position[Int(column)] = -1 }
        listening.append(mask)
        offsets.append(columns.count)
      }
    }
  }

  private func result(lane: Int, opinions: [Lanes], rounds: Int, converged: Bool) -> EffectiveStance {
    EffectiveStance(
      stance: opinions.map { min(1, max(-1, $0[lane])) }, influenced: [], rounds: rounds, converged: converged)
  }

  /// Appends row `row` of Ŵ after the removal of the `removed` actors, with effective powers
  /// `power`, to `rows`; returns its range, or (−1, −1) for a zero row.
  private func rebuild(row: Int, removed: [Bool], power: [Double], into rows: inout LaneRows) -> (
    start: Int, end: Int
  ) {
    guard !removed[row] else { return (-1, -1) }
    let start = rows.columns.count
    var previous: Int32 = -1
    for entry in recipeOffsets[row]..<recipeOffsets[row + 1] {
      let column = recipeColumns[entry]
      guard !removed[Int(column)] else { continue }
      let value = recipeFactors[entry] * power[Int(column)]
      if column == previous, let last = rows.values.indices.last {
        rows.values[last] += value
      } else {
        rows.columns.append(column)
        rows.values.append(value)
        previous = column
      }
    }
    let end = rows.columns.count
    var sum = 0.0
    for entry in start..<end { sum += abs(rows.values[entry]) }
    guard sum > 0 else { return (-1, -1) }
    for entry in start..<end { rows.values[entry] /= sum }
    return (start, end)
  }
}
