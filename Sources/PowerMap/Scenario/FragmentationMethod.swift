/// How the ally sweep measures fragmentation after a removal.
///
/// - `directed`: Borgatti's F = 1 − Σ_{i≠j} reachᵢⱼ / (n(n−1)) on the directed influence graph
///   (rule 5), used up to ``LossOfAllySweep/directedFragmentationLimit`` present actors;
/// - `undirected-components`: the same formula on the undirected view, from component sizes
///   (1 − Σ_k s_k(s_k − 1) / (n(n−1))), O(n + m) per removal, used above that limit; it counts
///   every tie as two-way, so it is never above the directed value.
package enum FragmentationMethod: String, Sendable, Codable, CaseIterable {
  case directed
  case undirectedComponents = "undirected-components"
}
