/// The rows some lane of a lane-batched Friedkin–Johnsen solve replaced, laid out for all lanes at
/// once: per row, the union of the columns of the system's row and of every lane's replacement,
/// increasing, with each lane's value there (0 where its row has no entry), and which lanes' rows
/// are non-zero.
///
/// **Same bits as one row per lane.** A lane's sum over the union adds its own entries in the same
/// (increasing column) order as over its own row, with `0 · x = ±0` added in between; `heard` is
/// never −0 (it starts at +0, adding ±0 to +0 gives +0, and a non-zero sum only returns to zero as
/// +0 under round-to-nearest), so adding ±0 leaves it unchanged, bit for bit.
struct FriedkinJohnsenLaneRows {
  typealias Lanes = SIMD8<Double>
  /// The replaced rows (agents), in order of first replacement.
  var agents: [Int] = []
  /// Row k of the layout is agent `agents[k]`.
  var offsets: [Int] = [0]
  var columns: [Int32] = []
  var values: [Lanes] = []
  /// Per layout row, the lanes whose row is non-zero.
  var listening: [SIMDMask<Lanes.MaskStorage>] = []

  /// The layout of `replacements` (one per lane, at most 8) over `system`.
  init(system: FriedkinJohnsen, replacements: [FriedkinJohnsenReplacedRows]) {
    // Per replaced agent, the index of its row in every lane's replacements (−1: the system's row).
    var slotOfAgent = [Int32](repeating: -1, count: system.size)
    var slots: [Int32] = []
    for (lane, replaced) in replacements.enumerated() {
      for (index, row) in replaced.rows.enumerated() {
        if slotOfAgent[row] < 0 {
          slotOfAgent[row] = Int32(agents.count)
          agents.append(row)
          slots.append(contentsOf: repeatElement(-1, count: Lanes.scalarCount))
        }
        slots[Int(slotOfAgent[row]) * Lanes.scalarCount + lane] = Int32(index)
      }
    }
    let baseOffsets = system.influence.rowOffsets
    let baseColumns = system.influence.columns
    let baseValues = system.influence.values
    let listens = system.listening
    var position = [Int32](repeating: -1, count: system.size)
    for (slot, agent) in agents.enumerated() {
      let own = Array(slots[slot * Lanes.scalarCount..<(slot + 1) * Lanes.scalarCount])
      let union = unionColumns(
        base: baseColumns[baseOffsets[agent]..<baseOffsets[agent + 1]], own: own,
        replacements: replacements, position: &position)
      let start = columns.count
      for (index, column) in union.enumerated() { position[Int(column)] = Int32(start + index) }
      columns += union
      values += repeatElement(Lanes(repeating: 0), count: union.count)
      var mask = SIMDMask<Lanes.MaskStorage>(repeating: listens[agent])
      for lane in 0..<Lanes.scalarCount {
        let index = lane < replacements.count ? Int(own[lane]) : -1
        if index < 0 {
          for entry in baseOffsets[agent]..<baseOffsets[agent + 1] {
            values[Int(position[Int(baseColumns[entry])])][lane] = baseValues[entry]
          }
        } else {
          let range = replacements[lane].ranges[index]
          mask[lane] = !range.isEmpty
          for entry in range {
            values[Int(position[Int(replacements[lane].columns[entry])])][lane] = replacements[lane].values[entry]
          }
        }
      }
      for column in union { position[Int(column)] = -1 }
      listening.append(mask)
      offsets.append(columns.count)
    }
  }

  /// Calls `body` with the replaced agents, their rows and their lanes' listening flags.
  func withView<Result>(
    _ body: (
      UnsafeBufferPointer<Int>, CompressedRowsView<Lanes>, UnsafeBufferPointer<SIMDMask<Lanes.MaskStorage>>
    ) -> Result
  ) -> Result {
    CompressedRowsView.with(offsets: offsets, columns: columns, values: values) { rows in
      agents.withUnsafeBufferPointer { agents in
        listening.withUnsafeBufferPointer { listening in body(agents, rows, listening) }
      }
    }
  }

  /// The union of `base` and the columns of the lanes' replacements `own` (index per lane, −1 for
  /// none), increasing; `position` is scratch, all −1 before and after.
  private func unionColumns(
    base: ArraySlice<Int32>, own: [Int32], replacements: [FriedkinJohnsenReplacedRows], position: inout [Int32]
  ) -> [Int32] {
    var union = Array(base)
    for column in union { position[Int(column)] = 0 }
    for (lane, replaced) in replacements.enumerated() where own[lane] >= 0 {
      for column in replaced.columns[replaced.ranges[Int(own[lane])]] where position[Int(column)] < 0 {
        position[Int(column)] = 0
        union.append(column)
      }
    }
    for column in union { position[Int(column)] = -1 }
    union.sort()
    return union
  }
}
