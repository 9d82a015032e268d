import Foundation

extension WeightedDigraph {
  /// From this many edges up PageRank's steps run on every core.
  static let parallelPageRankEdges = 100_000

  /// The PageRank of every node, weighted by edge weight; see
  /// ``pageRankResult(alpha:tolerance:maxIterations:)`` for the definition and the convergence flag.
  ///
  /// Equals `networkx.pagerank(G, alpha=alpha, tol=tolerance, max_iter=maxIterations, weight="weight")`
  /// (the NetworkX default `max_iter` is 100; 10,000 here). The PowerMap domain calls it on ``reversed()``,
  /// so that a node influencing many others ranks high: `networkx.pagerank(G.reverse(), tol=1e-13)`.
  /// An empty graph gives `[]`.
  public func pageRank(alpha: Double = 0.85, tolerance: Double = 1e-13, maxIterations: Int = 10_000) -> [Double] {
    pageRankResult(alpha: alpha, tolerance: tolerance, maxIterations: maxIterations).scores
  }

  /// PageRank by power iteration, with the number of steps and whether it converged.
  ///
  /// With n nodes, out-strength `S_i = Σ_j w_ij` and the dangling set D = { i : S_i = 0 }, from `x⁰ = 1/n`:
  ///
  ///     x_j ← α · ( Σ_{i → j} x_i · w_ij / S_i  +  (Σ_{i ∈ D} x_i) / n )  +  (1 − α) / n
  ///
  /// until `Σ_j |x_j − x_j^prev| < n · tolerance`, i.e. NetworkX's `_pagerank_scipy` with uniform
  /// personalisation and dangling vectors (Page, Brin, Motwani & Winograd 1999; Langville & Meyer 2004).
  /// Self-loops count as ordinary edges, as in NetworkX. Cost O(n + m) per step; the in-edge rows are pulled,
  /// so a step writes each score once, and from ``parallelPageRankEdges`` edges the nodes of a step are split
  /// over the cores. The sums that decide the result — each score's, the dangling mass, the L1 change — are
  /// taken in node order whatever the split (see `PageRankStep`), so the scores and the number of steps do not
  /// depend on the number of cores. Preconditions: `0 ≤ alpha ≤ 1`, `tolerance > 0`, `maxIterations ≥ 1`.
  public func pageRankResult(
    alpha: Double = 0.85, tolerance: Double = 1e-13, maxIterations: Int = 10_000
  ) -> PageRankResult {
    precondition((0...1).contains(alpha), "alpha must lie in [0, 1]")
    precondition(tolerance > 0, "tolerance must be positive")
    precondition(maxIterations >= 1, "maxIterations must be at least 1")
    let n = nodeCount
    guard n > 0 else { return PageRankResult(scores: [], iterations: 0, converged: true) }
    let strength = weightedOutDegree()
    let inverse = strength.map { $0 != 0 ? 1 / $0 : 0 }
    let dangling = (0..<n).filter { strength[$0] == 0 }
    // Transition probability of every in-edge, w_ij / S_i, laid out like inSources.
    var coefficients = [Double](repeating: 0, count: edgeCount)
    for entry in 0..<edgeCount {
      coefficients[entry] = inWeights[entry] * inverse[Int(inSources[entry])]
    }
    let uniform = 1 / Double(n)
    let teleport = (1 - alpha) * uniform
    var current = [Double](repeating: uniform, count: n)
    var next = [Double](repeating: 0, count: n)
    var deltas = [Double](repeating: 0, count: n)
    let threshold = Double(n) * tolerance
    // Large graphs split the O(m) step over the cores; every score is computed the same way either way.
    let chunks = edgeCount >= Self.parallelPageRankEdges ? DeterministicParallel.ranges(count: n, maxChunks: 8) : []
    // 1 for a dangling node, else 0: a single-range step sums the next dangling mass as it writes the scores,
    // in node order, adding exact zeros for the other nodes (every score is positive), so the same sum as the
    // loop over `dangling` without its chain of dependent additions.
    let danglingWeight = (0..<n).map { strength[$0] == 0 ? 1.0 : 0.0 }
    var nextDanglingMass: Double?
    for iteration in 1...maxIterations {
      var danglingMass = 0.0
      if let mass = nextDanglingMass {
        danglingMass = mass
      } else {
        for node in dangling { danglingMass += current[node] }
      }
      let danglingShare = danglingMass * uniform
      var change = 0.0
      // Pointers rather than arrays in the O(m) step: no bounds checks, and no uniqueness check on `next`.
      current.withUnsafeBufferPointer { x in
        next.withUnsafeMutableBufferPointer { y in
          deltas.withUnsafeMutableBufferPointer { deltas in
            danglingWeight.withUnsafeBufferPointer { danglingWeight in
              inOffsets.withUnsafeBufferPointer { offsets in
                inSources.withUnsafeBufferPointer { sources in
                  coefficients.withUnsafeBufferPointer { weights in
                    let step = PageRankStep(
                      x: x, y: y, deltas: deltas, offsets: offsets, sources: sources, weights: weights,
                      danglingWeight: danglingWeight, alpha: alpha, danglingShare: danglingShare, teleport: teleport)
                    if chunks.count > 1 {
                      DispatchQueue.concurrentPerform(iterations: chunks.count) { _ = step.run(chunks[$0]) }
                      nextDanglingMass = nil
                    } else {
                      nextDanglingMass = step.run(0..<n)
                    }
                    change = PageRankStep.total(UnsafeBufferPointer(deltas), below: threshold)
                  }
                }
              }
            }
          }
        }
      }
      swap(&current, &next)
      if change < threshold {
        return PageRankResult(scores: current, iterations: iteration, converged: true)
      }
    }
    return PageRankResult(scores: current, iterations: maxIterations, converged: false)
  }
}

/// One power-iteration step of ``WeightedDigraph/pageRankResult(alpha:tolerance:maxIterations:)`` over a range
/// of nodes: pointers into buffers that outlive the step, each node written by one range only.
private struct PageRankStep: @unchecked Sendable {
  let x: UnsafeBufferPointer<Double>
  let y: UnsafeMutableBufferPointer<Double>
  let deltas: UnsafeMutableBufferPointer<Double>
  let offsets: UnsafeBufferPointer<Int>
  let sources: UnsafeBufferPointer<Int32>
  let weights: UnsafeBufferPointer<Double>
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
      for entry in offsets[node]..<offsets[node + 1] {
        sum += x[Int(sources[entry])] * weights[entry]
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
