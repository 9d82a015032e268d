import NetworkAnalysis
import TestSupport
import Testing

@Suite("PageRank, hand-worked")
struct PageRankTests {
  @Test("a 2-cycle splits the rank 0.5 / 0.5")
  func twoCycle() {
    let graph = WeightedDigraph(
      nodeCount: 2, edges: [WeightedEdge(source: 0, target: 1), WeightedEdge(source: 1, target: 0)])
    #expect(isClose(graph.pageRank(), [0.5, 0.5], tolerance: 1e-15))
  }

  /// 0 → 1 with node 1 dangling. With a = 1 − α = 0.15 and x₀ + x₁ = 1:
  /// x₀ = α·x₁/2 + a/2 and x₁ = α·(x₀ + x₁/2) + a/2, so x₀ = (α(1 − x₀) + a)/2, i.e. x₀ = 1/(2 + α) = 1/2.85.
  @Test("a dangling node's mass is spread uniformly")
  func danglingNode() {
    let graph = WeightedDigraph(nodeCount: 2, edges: [WeightedEdge(source: 0, target: 1, weight: 3)])
    let first = 1 / 2.85
    #expect(isClose(graph.pageRank(), [first, 1 - first], tolerance: 1e-12))
  }

  /// Only the proportions of a node's out-weights matter: multiplying all of one node's weights by a constant
  /// leaves the transition matrix, hence the ranks, unchanged.
  @Test("out-weights are normalised per node, so scaling one node's weights changes nothing")
  func weightNormalisation() {
    let light = WeightedDigraph(
      nodeCount: 3,
      edges: [
        WeightedEdge(source: 0, target: 1, weight: 1), WeightedEdge(source: 0, target: 2, weight: 3),
        WeightedEdge(source: 1, target: 0, weight: 1), WeightedEdge(source: 2, target: 1, weight: 1),
      ])
    let heavy = WeightedDigraph(
      nodeCount: 3,
      edges: [
        WeightedEdge(source: 0, target: 1, weight: 10), WeightedEdge(source: 0, target: 2, weight: 30),
        WeightedEdge(source: 1, target: 0, weight: 7), WeightedEdge(source: 2, target: 1, weight: 0.1),
      ])
    #expect(isClose(light.pageRank(), heavy.pageRank(), tolerance: 1e-14))
    #expect(abs(light.pageRank().reduce(0, +) - 1) < 1e-12)
    // Node 0 sends a quarter of its rank to 1 and three quarters to 2: 2 receives more than 1 would alone.
    let scores = light.pageRank()
    #expect(scores[1] > scores[2])
  }

  @Test("the convergence flag and step count are reported")
  func convergence() {
    let graph = WeightedDigraph(
      nodeCount: 3,
      edges: [
        WeightedEdge(source: 0, target: 1), WeightedEdge(source: 1, target: 2), WeightedEdge(source: 2, target: 0),
        WeightedEdge(source: 0, target: 2),
      ])
    let full = graph.pageRankResult()
    #expect(full.converged)
    #expect(full.iterations > 1)
    let cut = graph.pageRankResult(maxIterations: 2)
    #expect(!cut.converged)
    #expect(cut.iterations == 2)
  }

  @Test("influence rank is PageRank of the reversed graph: a node many point *from* ranks high")
  func reversedRanksSources() {
    // 0 influences 1, 2 and 3.
    let graph = WeightedDigraph(nodeCount: 4, edges: (1...3).map { WeightedEdge(source: 0, target: $0) })
    let influence = graph.reversed().pageRank()
    #expect(influence[0] > influence[1])
    #expect(influence[1] == influence[2])
  }
}
