import NetworkAnalysis
import Testing

/// The undirected view built by merging each node's out- and in-rows against the pair list sorted and merged.
@Suite("Undirected view")
struct UndirectedViewTests {
  @Test("the merged rows equal the view built from sorted pairs", arguments: [1, 2, 3, 4, 5] as [UInt64])
  func mergedRowsEqualPairs(seed: UInt64) {
    // Parallel edges, self-loops, both directions, isolated nodes.
    let graph = NodeRemovalTests.randomGraph(nodes: 120, edges: 400, seed: seed)
    let pairs = graph.edges.filter { $0.source != $0.target }.map { UndirectedEdge($0.source, $0.target) }
    let expected = UndirectedGraph(nodeCount: graph.nodeCount, edges: pairs)
    let view = graph.undirectedView()
    #expect(view == expected)
    #expect(view.edgeCount == Set(pairs).count)
  }

  @Test("a node that is both successor and predecessor is listed once; self-loops are dropped")
  func mutualAndSelfLoops() {
    let graph = WeightedDigraph(
      nodeCount: 4,
      edges: [
        WeightedEdge(source: 0, target: 1), WeightedEdge(source: 1, target: 0), WeightedEdge(source: 1, target: 1),
        WeightedEdge(source: 3, target: 1), WeightedEdge(source: 1, target: 2),
      ])
    let view = graph.undirectedView()
    #expect(view.offsets == [0, 1, 4, 5, 6])
    #expect(view.neighbours == [1, 0, 2, 3, 1, 1])
    #expect(graph.articulationPoints() == [1])
    #expect(graph.bridges() == [UndirectedEdge(0, 1), UndirectedEdge(1, 2), UndirectedEdge(1, 3)])
  }
}
