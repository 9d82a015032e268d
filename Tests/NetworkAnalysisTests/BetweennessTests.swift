import NetworkAnalysis
import Testing

@Suite("Betweenness, hand-worked and sampled")
struct BetweennessTests {
  /// 0 → 1 → 2: the only pair with an intermediate is (0, 2), through 1. Raw b(1) = 1; normalised by
  /// (n − 1)(n − 2) = 2, b(1) = 0.5.
  @Test("a 3-node path")
  func threeNodePath() {
    let graph = WeightedDigraph(
      nodeCount: 3, edges: [WeightedEdge(source: 0, target: 1), WeightedEdge(source: 1, target: 2)])
    #expect(graph.betweennessCentrality() == [0, 0.5, 0])
    #expect(graph.betweennessCentrality(normalized: false) == [0, 1, 0])
    #expect(graph.betweennessCentrality(weighted: true) == [0, 0.5, 0])
  }

  /// 0 → {1, 2} → 3: two shortest paths from 0 to 3, one through each middle node, so each carries 1/2.
  @Test("tied shortest paths share the pair")
  func diamond() {
    let graph = WeightedDigraph(
      nodeCount: 4,
      edges: [
        WeightedEdge(source: 0, target: 1), WeightedEdge(source: 0, target: 2), WeightedEdge(source: 1, target: 3),
        WeightedEdge(source: 2, target: 3),
      ])
    #expect(graph.betweennessCentrality(normalized: false) == [0, 0.5, 0.5, 0])
    #expect(graph.betweennessCentrality(normalized: false, weighted: true) == [0, 0.5, 0.5, 0])
  }

  /// Weighted lengths 0.1 + 0.2 = 0.30000000000000004 through 1 and 0.15 + 0.15 = 0.3 through 2 differ by one
  /// ulp: NetworkX compares exactly and gives b = (0, 0, 1, 0); within the relative 1e-10 tolerance they tie.
  @Test("weighted path lengths within a relative 1e-10 tie")
  func weightedTieTolerance() {
    let tied = WeightedDigraph(
      nodeCount: 4,
      edges: [
        WeightedEdge(source: 0, target: 1, weight: 0.1), WeightedEdge(source: 1, target: 3, weight: 0.2),
        WeightedEdge(source: 0, target: 2, weight: 0.15), WeightedEdge(source: 2, target: 3, weight: 0.15),
      ])
    #expect(tied.betweennessCentrality(normalized: false, weighted: true) == [0, 0.5, 0.5, 0])
    // 0.15 + 0.150001 is longer beyond the tolerance: only the path through 1 is shortest.
    let untied = WeightedDigraph(
      nodeCount: 4,
      edges: [
        WeightedEdge(source: 0, target: 1, weight: 0.1), WeightedEdge(source: 1, target: 3, weight: 0.2),
        WeightedEdge(source: 0, target: 2, weight: 0.15), WeightedEdge(source: 2, target: 3, weight: 0.150_001),
      ])
    #expect(untied.betweennessCentrality(normalized: false, weighted: true) == [0, 1, 0, 0])
  }

  @Test("weights change the shortest paths in weighted mode only")
  func weightsMatter() {
    // 0 → 2 directly (length 5) or through 1 (1 + 1).
    let graph = WeightedDigraph(
      nodeCount: 3,
      edges: [
        WeightedEdge(source: 0, target: 2, weight: 5), WeightedEdge(source: 0, target: 1, weight: 1),
        WeightedEdge(source: 1, target: 2, weight: 1),
      ])
    #expect(graph.betweennessCentrality(normalized: false) == [0, 0, 0])
    #expect(graph.betweennessCentrality(normalized: false, weighted: true) == [0, 1, 0])
  }

  @Test("n ≤ 2 gives zeros")
  func tinyGraphs() {
    let pair = WeightedDigraph(
      nodeCount: 2, edges: [WeightedEdge(source: 0, target: 1), WeightedEdge(source: 1, target: 0)])
    #expect(pair.betweennessCentrality() == [0, 0])
    #expect(WeightedDigraph(nodeCount: 1, edges: []).betweennessCentrality() == [0])
  }

  @Test("sampling with k = n (or more) is the exact value", arguments: ["gnp-50", "karate-both-ways"])
  func sampledWithAllNodes(name: String) throws {
    let graph = try NetworkXFixture.load(name).graph
    let exact = graph.betweennessCentrality()
    #expect(graph.betweennessCentrality(pivots: .sampled(count: graph.nodeCount, seed: 1)) == exact)
    #expect(graph.betweennessCentrality(pivots: .sampled(count: graph.nodeCount + 5, seed: 2)) == exact)
    #expect(graph.betweennessCentrality(pivots: .sources(Array((0..<graph.nodeCount).reversed()))) == exact)
  }

  @Test("a seed determines the sampled estimate")
  func sampledDeterminism() throws {
    let graph = try NetworkXFixture.load("gnm-200-800").graph
    let first = graph.betweennessCentrality(pivots: .sampled(count: 40, seed: 2019))
    let again = graph.betweennessCentrality(pivots: .sampled(count: 40, seed: 2019))
    let other = graph.betweennessCentrality(pivots: .sampled(count: 40, seed: 2020))
    #expect(first == again)
    #expect(first != other)
    #expect(first.allSatisfy { $0.isFinite && $0 >= 0 })
  }

  @Test("the sampled estimate is unbiased: its mean over 300 seeds is close to the exact value")
  func sampledMean() throws {
    let graph = try NetworkXFixture.load("gnp-50").graph
    let exact = graph.betweennessCentrality()
    var mean = [Double](repeating: 0, count: graph.nodeCount)
    let runs = 300
    for seed in 0..<runs {
      let estimate = graph.betweennessCentrality(pivots: .sampled(count: 10, seed: UInt64(seed)))
      for node in mean.indices { mean[node] += estimate[node] / Double(runs) }
    }
    let worst = zip(mean, exact).map { abs($0 - $1) }.max() ?? 0
    #expect(worst < 0.02, "largest deviation of the mean \(worst)")
  }

  @Test("with k = 1 the pivot's own value is 0, not NaN")
  func singlePivot() {
    let graph = WeightedDigraph(nodeCount: 4, edges: (0..<3).map { WeightedEdge(source: $0, target: $0 + 1) })
    let estimate = graph.betweennessCentrality(pivots: .sources([1]))
    // From pivot 1: δ(2) = 1 (pair 1 → 3); node 2 is not a pivot, scaled by 1/(k(n − 2)) = 1/2.
    #expect(estimate == [0, 0, 0.5, 0])
  }

  @Test("the Hoeffding pivot count")
  func pivotCount() {
    // ⌈ln(2n/δ)/(2ε²)⌉ + 1, capped at n.
    #expect(BetweennessPivots.pivotCount(nodeCount: 100_000, epsilon: 0.05, delta: 0.1) == 2903)
    #expect(BetweennessPivots.pivotCount(nodeCount: 20_000, epsilon: 0.01, delta: 0.05) == 20_000)
    #expect(BetweennessPivots.pivotCount(nodeCount: 50, epsilon: 0.1, delta: 0.1) == 50)
    #expect(BetweennessPivots.pivotCount(nodeCount: 2, epsilon: 0.1, delta: 0.1) == 2)
  }
}
