/// One power-iteration step of `WeightedDigraph.pageRankByPowerIteration` over a range
/// of nodes: pointers into buffers that outlive the step, each node written by one range only.
struct PageRankStep: @unchecked Sendable {
  let x: UnsafeBufferPointer<Double>
  let y: UnsafeMutableBufferPointer<Double>
  let deltas: UnsafeMutableBufferPointer<Double>
  /// The in-edges: sources and coefficients.
  let rows: CompressedRowsView<Double>
  let danglingWeight: UnsafeBufferPointer<Double>
  let alpha: Double
  let danglingShare: Double
  let teleport: Double

  /// The new scores of `nodes`, and |new − old| of each in `deltas`; returns Σ of the new scores of the
  /// dangling nodes among them, in node order.
  func run(_ nodes: Range<Int>) -> Double {
    var danglingMass = 0.0
    for node in nodes {
      var sum = 0.0
      for entry in rows.entries(of: node) {
        sum += x[rows.column(entry)] * rows.values[entry]
      }
      let value = alpha * (sum + danglingShare) + teleport
      deltas[node] = abs(value - x[node])
      y[node] = value
      danglingMass += value * danglingWeight[node]
    }
    return danglingMass
  }

  /// Σ deltas in node order — the L1 change of the step, exactly as a running sum over the nodes gives it —
  /// or, when that is certainly not below `threshold`, a value that is not below it either.
  ///
  /// A running sum is one long chain of dependent additions; four interleaved partial sums are much faster and
  /// differ from it by rounding only, at most (n − 1)·2⁻⁵³ relative for non-negative terms. When their total is
  /// more than max(1e-9, n·2⁻⁵⁰) relative away from `threshold` it decides the stopping test as the running sum would, so the
  /// running sum is computed only for a step within that band of the threshold.
  static func total(_ deltas: UnsafeBufferPointer<Double>, below threshold: Double) -> Double {
    let n = deltas.count
    var (a, b, c, d) = (0.0, 0.0, 0.0, 0.0)
    var index = 0
    while index + 4 <= n {
      a += deltas[index]
      b += deltas[index + 1]
      c += deltas[index + 2]
      d += deltas[index + 3]
      index += 4
    }
    while index < n {
      a += deltas[index]
      index += 1
    }
    let estimate = (a + b) + (c + d)
    let band = max(1e-9, Double(n) * 0x1p-50)
    if estimate > threshold * (1 + band) || estimate < threshold * (1 - band) {
      // Far from the threshold: only the side matters. Below it, the caller stops; return the exact sum then.
      if estimate >= threshold { return estimate }
    }
    var sum = 0.0
    for delta in deltas { sum += delta }
    return sum
  }
}
