/// Which source nodes ("pivots") Brandes' algorithm runs from in
/// ``WeightedDigraph/betweennessCentrality(normalized:weighted:pivots:)``.
public enum BetweennessPivots: Sendable, Hashable {
  /// Every node: exact betweenness.
  case all
  /// `count` distinct pivots drawn uniformly without replacement with ``SeededGenerator`` seeded by `seed`
  /// (Brandes & Pich 2007, "Centrality estimation in large networks"). `count ≥ n` is exact.
  case sampled(count: Int, seed: UInt64)
  /// The given distinct pivots, e.g. to replay a NetworkX run (`random.Random(seed).sample(list(G), k)`).
  case sources([Int])

  /// The number of uniformly sampled pivots that makes every normalised betweenness estimate lie within
  /// `epsilon` of the exact value with probability at least `1 − delta`: `min(n, ⌈ln(2n/δ) / (2ε²)⌉ + 1)`.
  ///
  /// The estimator (NetworkX ≥ 3.5 scaling, see ``WeightedDigraph/betweennessCentrality(normalized:weighted:pivots:)``)
  /// is, for a node `v` outside the sample, the mean over the `k` pivots `s` of `δ_s(v)/(n − 2) ∈ [0, 1]`,
  /// where, given that `v` was not drawn, the pivots are a uniform sample without replacement of the other
  /// `n − 1` nodes; for a drawn `v` it is the same mean over the `k − 1` other pivots. Hoeffding's inequality
  /// (Hoeffding 1963, Theorem 1, which Theorem 4 extends to sampling without replacement) bounds each node's
  /// error: `P(|b̂ − b| ≥ ε) ≤ 2·exp(−2(k − 1)ε²)`, and a union bound over the `n` nodes gives the count
  /// (the Eppstein & Wang 2004 argument, as used by Brandes & Pich). Preconditions: `ε > 0`, `0 < δ < 1`.
  public static func pivotCount(nodeCount: Int, epsilon: Double, delta: Double) -> Int {
    precondition(nodeCount >= 0, "nodeCount must not be negative")
    precondition(epsilon > 0 && epsilon.isFinite, "epsilon must be positive")
    precondition(delta > 0 && delta < 1, "delta must lie in (0, 1)")
    guard nodeCount > 2 else { return nodeCount }
    let bound = PortableMath.log(2 * Double(nodeCount) / delta) / (2 * epsilon * epsilon)
    guard bound < Double(nodeCount) else { return nodeCount }
    return min(nodeCount, Int(bound.rounded(.up)) + 1)
  }
}
