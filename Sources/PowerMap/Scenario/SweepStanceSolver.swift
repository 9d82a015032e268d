import NetworkAnalysis

/// Rule 2 of <doc:Rules> (Friedkin–Johnsen) for several removals from one state at once: the ally
/// sweep's hot path, a strategy of the one engine (``InfluenceWeights`` builds the rows,
/// `NetworkAnalysis.FriedkinJohnsen` solves them).
///
/// Removing actors R from a state changes few rows of Ŵ: the rows of R (they become empty), and
/// the rows that list, as influencer, an actor of R or an actor whose effective power p̂ the removal
/// changed (every other row has the same entries, so the same normalised weights; an actor's own p̂
/// is its self-weight, on the diagonal, so its row lists it too). The solver
/// keeps the system (Ŵ, θ) of the state before the removals and, per removal, rebuilds only those
/// rows (``InfluenceWeights/appendRow(_:power:removed:columns:values:)``, as ``EffectiveStance``
/// builds every row); it then solves up to ``lanes`` removals together, each lane the system with
/// that removal's rows (``NetworkAnalysis/FriedkinJohnsen/solveLanes(anchors:replacing:tolerance:maxIterations:)``),
/// so that one pass over Ŵ's entries serves all of them.
///
/// **Same bits as ``EffectiveStance``.** A rebuilt row has the operations of the row
/// ``EffectiveStance`` builds for the state after the removal, and each lane's rounds are those of
/// the plain solve. The tests compare every lane with `EffectiveStance` of the state after the
/// removal, bit for bit.
struct SweepStanceSolver: Sendable {
  /// The number of removals solved together.
  static let lanes = FriedkinJohnsen.laneCount

  /// The raw entries of Ŵ of the state.
  let weights: InfluenceWeights
  /// Ŵ and θ of the state before the removals.
  let system: FriedkinJohnsen
  /// Whether each row of ``system`` is non-zero.
  let listens: [Bool]
  /// The declared stance s (the anchor) per actor.
  let anchors: [Double]
  /// The issues of rule 2 (commitments with declared positions): removals change no position, so
  /// each issue is solved from the same anchors for every removal, with the same replaced rows.
  let issues: StanceIssues
  let commitmentCount: Int
  /// p̂ before the removals.
  let basePower: [Double]
  /// For every actor, the rows that list it as influencer (each once).
  let listenerOffsets: [Int]
  let listenerRows: [Int32]
  let tolerance: Double
  let maximumRounds: Int

  /// The solver for removals from `state`, whose effective powers are `effectivePower`.
  init(
    state: ModelState, effectivePower: [Double], commitmentIDs: [String],
    tolerance: Double = EffectiveStance.tolerance, maximumRounds: Int = EffectiveStance.maximumRounds
  ) {
    weights = InfluenceWeights(state: state)
    let system = weights.system(power: effectivePower)
    self.system = system
    listens = system.listening
    anchors = state.actors.map(\.actor.stance)
    issues = StanceIssues(state: state, commitmentIDs: commitmentIDs)
    commitmentCount = commitmentIDs.count
    basePower = effectivePower
    self.tolerance = tolerance
    self.maximumRounds = maximumRounds
    // Rows by influencer: the transpose of Ŵ's pattern, one row per distinct (row, column).
    let offsets = system.influence.rowOffsets
    let columns = system.influence.columns
    var listenerOffsets = [Int](repeating: 0, count: system.size + 1)
    for column in columns { listenerOffsets[Int(column) + 1] += 1 }
    for actor in 0..<system.size { listenerOffsets[actor + 1] += listenerOffsets[actor] }
    var fill = listenerOffsets
    var listenerRows = [Int32](repeating: 0, count: columns.count)
    for row in 0..<system.size {
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

  /// s* (with the influenced flags, rounds and convergence) of the state after each removal;
  /// at most ``lanes`` removals.
  func solve(_ removals: [Removal]) -> [EffectiveStance] {
    solve(removals, anchors: anchors, issues: issues)
  }

  /// ``solve(_:)`` from other anchors: the general anchors `anchors` and the issues `issues` of a
  /// state that differs from this one in declared stances and positions only (its Ŵ, θ and p̂
  /// after each removal are this state's).
  func solve(_ removals: [Removal], anchors: [Double], issues: StanceIssues) -> [EffectiveStance] {
    precondition(removals.count <= Self.lanes, "at most \(Self.lanes) removals at a time")
    guard !removals.isEmpty else { return [] }
    var removed = [Bool](repeating: false, count: system.size)
    var marked = [Bool](repeating: false, count: system.size)
    let replacements = removals.map { removal in
      for actor in removal.removed { removed[actor] = true }
      defer { for actor in removal.removed { removed[actor] = false } }
      return replacedRows(removal, removed: removed, marked: &marked)
    }
    let results = system.solveLanes(
      anchors: anchors, replacing: replacements, tolerance: tolerance, maxIterations: maximumRounds)
    let issueResults = issues.anchors.map { anchors in
      system.solveLanes(anchors: anchors, replacing: replacements, tolerance: tolerance, maxIterations: maximumRounds)
    }
    return zip(results, replacements).enumerated().map { lane, solved in
      let (result, replaced) = solved
      let positions = CommitmentPositions(
        commitmentCount: commitmentCount, commitments: issues.commitments,
        stances: issueResults.map { $0[lane].opinions })
      return EffectiveStance(
        stance: result.opinions, positions: positions, influenced: replaced.listening(base: listens),
        rounds: result.iterations, converged: result.converged)
    }
  }

  /// The rows of Ŵ that `removal` changes (the removed actors' rows, empty, then the rows listing a
  /// removed actor or one whose p̂ changed), rebuilt; `removed` flags the removed actors, `marked`
  /// is scratch (all false before and after).
  private func replacedRows(_ removal: Removal, removed: [Bool], marked: inout [Bool]) -> FriedkinJohnsenReplacedRows {
    var rows = removal.removed
    for actor in removal.removed { marked[actor] = true }
    for actor in 0..<system.size
    where removed[actor] || removal.effectivePower[actor].bitPattern != basePower[actor].bitPattern {
      for entry in listenerOffsets[actor]..<listenerOffsets[actor + 1] {
        let row = Int(listenerRows[entry])
        if !marked[row] {
          marked[row] = true
          rows.append(row)
        }
      }
    }
    var replaced = FriedkinJohnsenReplacedRows()
    for row in rows {
      marked[row] = false
      let listening =
        !removed[row]
        && weights.appendRow(
          row, power: removal.effectivePower, removed: removed, columns: &replaced.columns, values: &replaced.values)
      replaced.closeRow(row, listening: listening)
    }
    return replaced
  }
}
