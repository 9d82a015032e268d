import Foundation

extension WeightedDigraph {
  /// From this many edges up PageRank's power-iteration steps run on every core.
  static let parallelPageRankEdges = 100_000

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
  /// depend on the number of cores. Same steps and stopping rule as NetworkX;
  /// ``pageRankResult(alpha:tolerance:maxIterations:)`` uses this method for `alpha == 1`, and the tests
  /// use it as a reference.
  func pageRankByPowerIteration(alpha: Double, tolerance: Double, maxIterations: Int) -> PageRankResult {
    let n = nodeCount
    guard n > 0 else { return PageRankResult(scores: [], iterations: 0, converged: true) }
    let strength = weightedOutDegree()
    let dangling = (0..<n).filter { strength[$0] == 0 }
    let coefficients = inEdgeTransitionProbabilities(strength: strength)
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
      let danglingMass = nextDanglingMass ?? dangling.reduce(0.0) { $0 + current[$1] }
      let danglingShare = danglingMass * uniform
      var change = 0.0
      // Pointers rather than arrays in the O(m) step: no bounds checks, and no uniqueness check on `next`.
      current.withUnsafeBufferPointer { x in
        next.withUnsafeMutableBufferPointer { y in
          deltas.withUnsafeMutableBufferPointer { deltas in
            danglingWeight.withUnsafeBufferPointer { danglingWeight in
              CompressedRowsView.with(offsets: inOffsets, columns: inSources, values: coefficients) { rows in
                let step = PageRankStep(
                  x: x, y: y, deltas: deltas, rows: rows,
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
      swap(&current, &next)
      if change < threshold {
        return PageRankResult(scores: current, iterations: iteration, converged: true)
      }
    }
    return PageRankResult(scores: current, iterations: maxIterations, converged: false)
  }

  /// The transition probability `w_ij / S_i` of every in-edge, laid out like `inSources`, from the
  /// out-strengths `S_i` in `strength` (0 for an edge from a node with `S_i = 0`).
  private func inEdgeTransitionProbabilities(strength: [Double]) -> [Double] {
    let inverse = strength.map { $0 != 0 ? 1 / $0 : 0 }
    var coefficients = [Double](repeating: 0, count: edgeCount)
    for entry in 0..<edgeCount {
      coefficients[entry] = inWeights[entry] * inverse[Int(inSources[entry])]
    }
    return coefficients
  }
}
