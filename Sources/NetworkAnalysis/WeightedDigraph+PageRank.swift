extension WeightedDigraph {
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
  /// so a step writes each score once. Preconditions: `0 ≤ alpha ≤ 1`, `tolerance > 0`, `maxIterations ≥ 1`.
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
    for iteration in 1...maxIterations {
      var danglingMass = 0.0
      for node in dangling { danglingMass += current[node] }
      let danglingShare = danglingMass * uniform
      var change = 0.0
      // Pointers rather than arrays in the O(m) step: no bounds checks, and no uniqueness check on `next`.
      current.withUnsafeBufferPointer { x in
        next.withUnsafeMutableBufferPointer { y in
          inOffsets.withUnsafeBufferPointer { offsets in
            inSources.withUnsafeBufferPointer { sources in
              coefficients.withUnsafeBufferPointer { weights in
                for node in 0..<n {
                  var sum = 0.0
                  for entry in offsets[node]..<offsets[node + 1] {
                    sum += x[Int(sources[entry])] * weights[entry]
                  }
                  let value = alpha * (sum + danglingShare) + teleport
                  change += abs(value - x[node])
                  y[node] = value
                }
              }
            }
          }
        }
      }
      swap(&current, &next)
      if change < Double(n) * tolerance {
        return PageRankResult(scores: current, iterations: iteration, converged: true)
      }
    }
    return PageRankResult(scores: current, iterations: maxIterations, converged: false)
  }
}
