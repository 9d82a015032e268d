/// How betweenness was computed (rule 5 of <doc:Rules>): exactly, or estimated from sampled pivots.
///
/// Exact up to ``NetworkOptions/exactBetweennessLimit`` present actors (20,000), or always with
/// ``NetworkOptions/exactBetweenness``. Above it, Brandes–Pich sampling with `pivots` sources drawn
/// by a generator seeded with `seed`; `pivots` is the smallest count for which every normalised
/// estimate lies within `epsilon` of the exact value with probability at least 1 − `delta`
/// (Hoeffding plus a union bound: k = ⌈ln(2n/δ)/(2ε²)⌉ + 1, see
/// `NetworkAnalysis.BetweennessPivots.pivotCount(nodeCount:epsilon:delta:)`).
package struct BetweennessMethod: Sendable, Codable, Equatable {
  /// `exact` or `sampled`.
  package var method: String
  /// The number of source nodes used (n when exact).
  package var pivots: Int
  /// The seed of the pivot sample (nil when exact).
  package var seed: UInt64?
  /// The additive error bound of every estimate (nil when exact).
  package var epsilon: Double?
  /// The probability with which the bound may fail (nil when exact).
  package var delta: Double?

  /// Exact betweenness over `nodeCount` sources.
  package static func exact(nodeCount: Int) -> BetweennessMethod {
    BetweennessMethod(method: "exact", pivots: nodeCount, seed: nil, epsilon: nil, delta: nil)
  }

  /// A method with every field given.
  package init(method: String, pivots: Int, seed: UInt64?, epsilon: Double?, delta: Double?) {
    self.method = method
    self.pivots = pivots
    self.seed = seed
    self.epsilon = epsilon
    self.delta = delta
  }

  /// Whether the values are exact.
  package var isExact: Bool { method == "exact" }
}
