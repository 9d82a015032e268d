import NetworkAnalysis
import Testing

@Suite("Reachability and fragmentation")
struct ReachabilityTests {
  /// 0 → 1 → 2: reachable ordered pairs (0,1), (0,2), (1,2), 3 of n(n − 1) = 6, so F = 0.5; the undirected view
  /// is connected, so its fragmentation is 0.
  @Test("a directed 3-path")
  func threePath() {
    let graph = WeightedDigraph(
      nodeCount: 3, edges: [WeightedEdge(source: 0, target: 1), WeightedEdge(source: 1, target: 2)])
    #expect(graph.reachableCount(from: 0) == 2)
    #expect(graph.reachableCount(from: 2) == 0)
    #expect(graph.fragmentation() == 0.5)
    #expect(graph.undirectedFragmentation() == 0)
  }

  @Test("no edges: F = 1; strongly connected: F = 0; one node: F = 0")
  func extremes() {
    #expect(WeightedDigraph(nodeCount: 5, edges: []).fragmentation() == 1)
    #expect(WeightedDigraph(nodeCount: 5, edges: []).undirectedFragmentation() == 1)
    let cycle = WeightedDigraph(nodeCount: 5, edges: (0..<5).map { WeightedEdge(source: $0, target: ($0 + 1) % 5) })
    #expect(cycle.fragmentation() == 0)
    #expect(WeightedDigraph(nodeCount: 1, edges: []).fragmentation() == 0)
  }

  /// Two disjoint paths of m = 5,000 nodes each: every node reaches the nodes after it on its own path, so
  /// Σ r_ij = 2 · m(m − 1)/2 and F = 1 − m(m − 1)/(n(n − 1)) with n = 2m; undirected, each path is one
  /// component of m nodes, so 1 − 2m(m − 1)/(n(n − 1)). With 10,000 components the bitset rows are split into
  /// two column windows, which this exercises.
  @Test("two long paths: the windowed bitset count")
  func twoPaths() {
    let m = 5_000
    let edges = (0..<(m - 1)).flatMap {
      [WeightedEdge(source: $0, target: $0 + 1), WeightedEdge(source: m + $0, target: m + $0 + 1)]
    }
    let graph = WeightedDigraph(nodeCount: 2 * m, edges: edges)
    let n = Double(2 * m)
    let expected = 1 - Double(m) * Double(m - 1) / (n * (n - 1))
    #expect(abs(graph.fragmentation() - expected) < 1e-15)
    let undirected = 1 - 2 * Double(m) * Double(m - 1) / (n * (n - 1))
    #expect(abs(graph.undirectedFragmentation() - undirected) < 1e-15)
  }

  @Test("fragmentation equals the sum of reachable counts", arguments: [7 as UInt64, 8, 9])
  func bruteForce(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let n = 400
    let edges = ReachableCountAvoidingTests.randomEdges(nodes: n, count: 600, generator: &generator)
    let graph = WeightedDigraph(nodeCount: n, edges: edges)
    let pairs = (0..<n).reduce(0) { $0 + graph.reachableCount(from: $1) }
    let expected = 1 - Double(pairs) / Double(n * (n - 1))
    #expect(abs(graph.fragmentation() - expected) < 1e-14)
    #expect(graph.undirectedFragmentation() <= graph.fragmentation())
  }
}
