import NetworkAnalysis

/// Rule 2 of <doc:Rules>: the influence weights Ŵ and the stubbornness θ of one state, built row
/// by row. The only place rows of Ŵ are made: ``EffectiveStance`` builds every row, the ally sweep
/// rebuilds the rows a removal changes; NetworkAnalysis's Friedkin–Johnsen round iterates them.
/// θᵢ is the actor's stubbornness clamped to [0, 1].
///
/// The raw entries of row i are its influence relations j → i between present actors (an alliance
/// or a conflict in both directions), each with its factor σ · w, ordered by influencer j, then in
/// relation order. With effective powers p̂, the row is
///
///     aᵢⱼ = Σ σ · w · p̂ⱼ   (the entries of one influencer summed in that order)
///     dᵢ  = p̂ᵢ + Σₖ |aᵢₖ|   (the absolute sum of the row with p̂ᵢ at column i, by increasing column)
///     Ŵᵢⱼ = aᵢⱼ / dᵢ,  Ŵᵢᵢ = rᵢ = p̂ᵢ / dᵢ
///
/// The self-weight rᵢ sits on the diagonal (left out when p̂ᵢ = 0), so the Friedkin–Johnsen round
/// r ⊙ s + Ŵ s is one row product. A row without influencers (Σₖ |aᵢₖ| = 0) is not divided and
/// gets no diagonal: the actor keeps its anchor.
struct InfluenceWeights: Sendable {
  /// The number of actors of the state.
  let size: Int
  /// Every row's raw entries: the influencer and σ · w.
  let offsets: [Int]
  let columns: [Int32]
  let factors: [Double]
  /// θ per actor.
  let stubbornness: [Double]

  /// The raw entries of `state`'s influence relations between present actors.
  init(state: ModelState) {
    var rows: [Int32] = []
    var columns: [Int32] = []
    var factors: [Double] = []
    rows.reserveCapacity(state.relations.count * 2)
    columns.reserveCapacity(state.relations.count * 2)
    factors.reserveCapacity(state.relations.count * 2)
    for relation in state.relations where relation.kind.isInfluence {
      guard state.actors[relation.from].present, state.actors[relation.to].present else { continue }
      let factor = relation.kind.sign * relation.weight
      // Row i = the influenced actor, column j = the influencer.
      rows.append(Int32(relation.to))
      columns.append(Int32(relation.from))
      factors.append(factor)
      if relation.kind.isSymmetric {
        rows.append(Int32(relation.from))
        columns.append(Int32(relation.to))
        factors.append(factor)
      }
    }
    size = state.actors.count
    stubbornness = state.actors.map { min(max($0.actor.stubbornness, 0), 1) }
    let sorted = RowMajorOrder(rowCount: size, columnCount: size, rows: rows, columns: columns)
    offsets = sorted.offsets
    self.columns = sorted.order.map { columns[Int($0)] }
    self.factors = sorted.order.map { factors[Int($0)] }
  }

  /// Appends row `row` of Ŵ (its diagonal rᵢ included) with effective powers `power`, leaving out
  /// the influencers flagged in `removed`, to `columns` and `values`, by increasing column; returns
  /// whether it listens (it has influencers: Σₖ |aᵢₖ| is not 0; otherwise its entries are appended
  /// undivided and without the diagonal).
  func appendRow(
    _ row: Int, power: [Double], removed: [Bool]?, columns: inout [Int32], values: inout [Double]
  ) -> Bool {
    let start = columns.count
    var previous: Int32 = -1
    for entry in offsets[row]..<offsets[row + 1] {
      let column = self.columns[entry]
      if let removed, removed[Int(column)] { continue }
      let value = factors[entry] * power[Int(column)]
      if column == previous {
        values[values.count - 1] += value
      } else {
        columns.append(column)
        values.append(value)
        previous = column
      }
    }
    var influence = 0.0
    for entry in start..<values.count { influence += abs(values[entry]) }
    guard influence > 0 else { return false }
    if power[row] > 0 {
      // No relation runs from an actor to itself, so column `row` is free: insert it in order.
      let slot = columns[start...].firstIndex { $0 > Int32(row) } ?? columns.count
      columns.insert(Int32(row), at: slot)
      values.insert(power[row], at: slot)
    }
    var sum = 0.0
    for entry in start..<values.count { sum += abs(values[entry]) }
    for entry in start..<values.count { values[entry] /= sum }
    return true
  }

  /// The Friedkin–Johnsen system of Ŵ with effective powers `power`, and θ.
  func system(power: [Double]) -> FriedkinJohnsen {
    var rowOffsets = [0]
    var columns: [Int32] = []
    var values: [Double] = []
    rowOffsets.reserveCapacity(size + 1)
    columns.reserveCapacity(self.columns.count)
    values.reserveCapacity(self.columns.count)
    for row in 0..<size {
      _ = appendRow(row, power: power, removed: nil, columns: &columns, values: &values)
      rowOffsets.append(columns.count)
    }
    let weights = SparseMatrix(size: size, rowOffsets: rowOffsets, columns: columns, values: values)
    return FriedkinJohnsen(influence: weights, stubbornness: stubbornness)
  }
}
