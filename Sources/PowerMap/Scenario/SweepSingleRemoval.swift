/// What one single removal a changes, for ``SweepPairBound``: D(a) (a and its transitive
/// dependants through `depends-on`), F(a) (D(a) and the rows of Ŵ that list an actor of D(a)), the
/// exact e_x(a) of each changed row other than a's, and π(a) = |Δp̂| on D(a) (p̂_a for a itself).
/// Holds scratch space reused from one removal to the next.
struct SweepSingleRemoval {
  /// One removal's footprint.
  struct Footprint {
    var dependants: [Int]
    var footprint: [Int]
    var rowErrors: [(row: Int, error: Double)]
    /// The change of each row of F(a) other than a's (``SweepRowChange``), by row.
    var rowChanges: [Int: SweepRowChange]
    var powerLoss: [Int: Double]
  }

  private var marked: [Bool]
  private var removed: [Bool]
  private var columns: [Int32] = []
  private var values: [Double] = []

  init(size: Int) {
    marked = [Bool](repeating: false, count: size)
    removed = [Bool](repeating: false, count: size)
  }

  /// The footprint of removing `actor` from `base`; nil when rule 1 after the removal did not
  /// converge or changed p̂ outside D(a). `drift` bounds |s⁰ − s| per actor (a row that stops listening).
  mutating func single(_ actor: Int, base: SweepBase, drift: [Double]) -> Footprint? {
    let links = base.dependencyLinks
    var dependants = [actor]
    marked[actor] = true
    var head = 0
    while head < dependants.count {
      let node = dependants[head]
      head += 1
      for edge in links.inStart[node]..<links.inStart[node + 1] where !marked[links.dependent[edge]] {
        marked[links.dependent[edge]] = true
        dependants.append(links.dependent[edge])
      }
    }
    defer { for node in dependants { marked[node] = false } }
    var present = base.present
    var power = base.power
    present[actor] = false
    power[actor] = 0
    let cascade = DependencyCascade(
      present: present, power: power, baseline: base.baselinePower, links: links)
    let before = base.before.effectivePower
    guard cascade.converged else { return nil }
    for node in 0..<before.count where !marked[node] && node != actor {
      guard cascade.effectivePower[node].bitPattern == before[node].bitPattern else { return nil }
    }
    var powerLoss: [Int: Double] = [actor: before[actor]]
    for node in dependants where node != actor {
      powerLoss[node] = abs(before[node] - cascade.effectivePower[node])
    }
    let footprint = footprint(of: dependants, base: base)
    removed[actor] = true
    defer { removed[actor] = false }
    let rowErrors = footprint.filter { $0 != actor }.map { row in
      (row: row, error: rowError(row, base: base, power: cascade.effectivePower, drift: drift))
    }
    var rowChanges: [Int: SweepRowChange] = [:]
    for (row, error) in rowErrors {
      rowChanges[row] = SweepRowChange(
        row: row, error: error, weights: base.stanceSolver.weights, before: before, after: cascade.effectivePower,
        removed: removed, listens: base.stanceSolver.listens[row])
    }
    return Footprint(
      dependants: dependants, footprint: footprint, rowErrors: rowErrors, rowChanges: rowChanges,
      powerLoss: powerLoss)
  }

  /// D(a) and every row of Ŵ listing one of its actors (each once); `marked` flags D(a) on entry.
  private mutating func footprint(of dependants: [Int], base: SweepBase) -> [Int] {
    let solver = base.stanceSolver
    var rows = dependants
    var added: [Int] = []
    for node in dependants {
      for entry in solver.listenerOffsets[node]..<solver.listenerOffsets[node + 1] {
        let row = Int(solver.listenerRows[entry])
        if !marked[row] {
          marked[row] = true
          added.append(row)
        }
      }
    }
    for row in added { marked[row] = false }
    rows += added
    return rows
  }

  /// e_x of row `row` after the removal flagged in `removed` with effective powers `power`: 0 for a
  /// row without influencers before, `drift` for one that stops listening, else
  /// (1 − θ) · Σ_j |Ŵ′_ij − Ŵ_ij|.
  private mutating func rowError(_ row: Int, base: SweepBase, power: [Double], drift: [Double]) -> Double {
    let solver = base.stanceSolver
    guard solver.listens[row] else { return 0 }
    columns.removeAll(keepingCapacity: true)
    values.removeAll(keepingCapacity: true)
    let listening = solver.weights.appendRow(row, power: power, removed: removed, columns: &columns, values: &values)
    guard listening else { return drift[row] }
    let matrix = solver.system.influence
    let (baseColumns, baseValues) = (matrix.columns, matrix.values)
    let start = matrix.rowOffsets[row]
    let end = matrix.rowOffsets[row + 1]
    var (i, j) = (start, 0)
    var sum = 0.0
    while i < end || j < columns.count {
      if j == columns.count || (i < end && baseColumns[i] < columns[j]) {
        sum += abs(baseValues[i])
        i += 1
      } else if i == end || columns[j] < baseColumns[i] {
        sum += abs(values[j])
        j += 1
      } else {
        sum += abs(values[j] - baseValues[i])
        i += 1
        j += 1
      }
    }
    return (1 - solver.system.stubbornness[row]) * sum
  }
}
