import NetworkAnalysis
import Testing

@Suite("Reachability avoiding nodes")
struct ReachableCountAvoidingTests {
  /// 0 → 1 → 2 → 3 and 0 → 4 → 3: avoiding 1 still reaches 4 and 3 (and not 2); avoiding 1 and 4
  /// reaches nothing; avoiding the source gives 0.
  @Test("a small graph by hand")
  func byHand() {
    let graph = WeightedDigraph(
      nodeCount: 5,
      edges: [(0, 1), (1, 2), (2, 3), (0, 4), (4, 3)].map { WeightedEdge(source: $0.0, target: $0.1) })
    #expect(graph.reachableCount(from: 0) == 4)
    #expect(graph.reachableCount(from: 0, avoiding: []) == 4)
    #expect(graph.reachableCount(from: 0, avoiding: [1]) == 2)
    #expect(graph.reachableCount(from: 0, avoiding: [1, 4]) == 0)
    #expect(graph.reachableCount(from: 0, avoiding: [3, 3]) == 3)
    #expect(graph.reachableCount(from: 2, avoiding: [2]) == 0)
  }

  /// `count` edges between random nodes of `0..<nodes` (loops and parallel edges included).
  static func randomEdges(nodes: Int, count: Int, generator: inout SeededGenerator) -> [WeightedEdge] {
    (0..<count).map { _ in WeightedEdge(source: generator.next(below: nodes), target: generator.next(below: nodes)) }
  }

  /// Against a breadth-first search over the edge list on random graphs with random avoided sets.
  @Test("equals a plain breadth-first search on random graphs", arguments: [1, 2, 3, 4])
  func randomGraphs(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let n = 60
    let edges = Self.randomEdges(nodes: n, count: 150, generator: &generator)
    let graph = WeightedDigraph(nodeCount: n, edges: edges)
    for _ in 0..<30 {
      let source = generator.next(below: n)
      let avoided = (0..<generator.next(below: 4)).map { _ in generator.next(below: n) }
      var seen = Set([source] + avoided)
      var frontier = avoided.contains(source) ? [] : [source]
      var reached = 0
      while let node = frontier.popLast() {
        for edge in edges where edge.source == node && seen.insert(edge.target).inserted {
          reached += 1
          frontier.append(edge.target)
        }
      }
      #expect(graph.reachableCount(from: source, avoiding: avoided) == reached, "\(source) \(avoided)")
    }
  }
}
