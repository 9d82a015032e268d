import NetworkAnalysis

extension SweepPairBound {
  /// The influence kernel of every actor x through the viability bound: UK_x(c) = L_c(K_x, 0), flat
  /// by actor then commitment (zero for an actor that does not listen: its row never changes).
  ///
  /// K_x is the least fixed point of T_e with e the unit vector at x (see ``SweepPairBound``):
  /// K_x(x) = 1/θ_x and K_x(i) = G(x → i)/θ_x, G being the largest product of (1 − θ_v) over the
  /// actors v after x on an influence path from x to i (each step j → i with j an influencer of
  /// row i of Ŵ before the removal, i listening). That is the fixed point: away from x,
  /// K_x(i) = (1 − θ_i) max_j K_x(j) is the recursion of the best path, and at x
  /// 1 + (1 − θ_x) max_j K_x(j) ≤ 1 + (1 − θ_x)/θ_x = 1/θ_x since every G ≤ 1. The best paths are
  /// found by Dijkstra's search on −log(1 − θ) (gains at most 1, so no cycle helps).
  static func kernels(
    system: FriedkinJohnsen, listens: [Bool], bound: SweepViabilityBound, present: [Bool]
  ) -> [Double] {
    let size = system.size
    let commitments = bound.count
    let theta = system.stubbornness
    let offsets = system.influence.rowOffsets
    let columns = system.influence.columns
    // Influencer j → the rows i ≠ j listing it (listening rows only).
    var outStart = [Int](repeating: 0, count: size + 1)
    for row in 0..<size where listens[row] {
      for entry in offsets[row]..<offsets[row + 1] where Int(columns[entry]) != row {
        outStart[Int(columns[entry]) + 1] += 1
      }
    }
    for actor in 0..<size { outStart[actor + 1] += outStart[actor] }
    var fill = outStart
    var outRows = [Int32](repeating: 0, count: outStart[size])
    for row in 0..<size where listens[row] {
      for entry in offsets[row]..<offsets[row + 1] where Int(columns[entry]) != row {
        outRows[fill[Int(columns[entry])]] = Int32(row)
        fill[Int(columns[entry])] += 1
      }
    }
    var result = [Double](repeating: 0, count: size * commitments)
    var gain = [Double](repeating: 0, count: size)
    var touched: [Int] = []
    var heap = GainHeap()
    for source in 0..<size where present[source] && listens[source] && theta[source] > 0 {
      gain[source] = 1
      touched = [source]
      heap.push(1, source)
      while let (value, node) = heap.pop() {
        guard value == gain[node] else { continue }
        for entry in outStart[node]..<outStart[node + 1] {
          let next = Int(outRows[entry])
          let candidate = value * (1 - theta[next])
          if candidate > gain[next] {
            if gain[next] == 0 { touched.append(next) }
            gain[next] = candidate
            heap.push(candidate, next)
          }
        }
      }
      let scale = 1 / theta[source]
      for commitment in 0..<commitments {
        result[source * commitments + commitment] = bound.bound(
          commitment, stance: { gain[$0] * scale }, power: { _ in 0 })
      }
      for node in touched { gain[node] = 0 }
    }
    return result
  }
}

/// A max-heap of (gain, node), for the best-path search of ``SweepPairBound/kernels(system:listens:bound:present:)``.
struct GainHeap {
  private var items: [(Double, Int)] = []

  mutating func push(_ value: Double, _ node: Int) {
    items.append((value, node))
    var child = items.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard items[parent].0 < items[child].0 else { break }
      items.swapAt(parent, child)
      child = parent
    }
  }

  mutating func pop() -> (Double, Int)? {
    guard let top = items.first else { return nil }
    let last = items.removeLast()
    if !items.isEmpty {
      items[0] = last
      var parent = 0
      while true {
        let left = 2 * parent + 1
        let right = left + 1
        var largest = parent
        if left < items.count && items[left].0 > items[largest].0 { largest = left }
        if right < items.count && items[right].0 > items[largest].0 { largest = right }
        guard largest != parent else { break }
        items.swapAt(parent, largest)
        parent = largest
      }
    }
    return top
  }
}
