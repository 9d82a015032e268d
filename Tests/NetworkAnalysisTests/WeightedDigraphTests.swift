import NetworkAnalysis
import Testing

@Suite("WeightedDigraph construction and accessors")
struct WeightedDigraphTests {
  private let edges = [
    WeightedEdge(source: 2, target: 0, weight: 0.5),
    WeightedEdge(source: 0, target: 1, weight: 0.2),
    WeightedEdge(source: 0, target: 1, weight: 0.9),
    WeightedEdge(source: 0, target: 2, weight: 0.4),
    WeightedEdge(source: 1, target: 1, weight: 0.3),
    WeightedEdge(source: 0, target: 1, weight: 0.5),
  ]

  @Test("parallel edges keep their maximum weight by default; self-loops stay")
  func keepMaximum() {
    let graph = WeightedDigraph(nodeCount: 4, edges: edges)
    #expect(graph.nodeCount == 4)
    #expect(graph.edgeCount == 4)
    #expect(graph.weight(from: 0, to: 1) == 0.9)
    #expect(graph.weight(from: 1, to: 1) == 0.3)
    #expect(graph.weight(from: 1, to: 0) == nil)
    #expect(graph.weight(from: 3, to: 0) == nil)
    #expect(
      graph.edges == [
        WeightedEdge(source: 0, target: 1, weight: 0.9), WeightedEdge(source: 0, target: 2, weight: 0.4),
        WeightedEdge(source: 1, target: 1, weight: 0.3), WeightedEdge(source: 2, target: 0, weight: 0.5),
      ])
  }

  @Test("the sum policy adds parallel weights")
  func sumPolicy() {
    let graph = WeightedDigraph(nodeCount: 3, edges: edges, parallelEdges: .sum)
    let weight = graph.weight(from: 0, to: 1) ?? 0
    #expect(abs(weight - 1.6) < 1e-15)
  }

  @Test("CSR rows are sorted and the in-edge rows mirror the out-edge rows")
  func rows() {
    let graph = WeightedDigraph(nodeCount: 4, edges: edges)
    #expect(graph.outOffsets == [0, 2, 3, 4, 4])
    #expect(graph.outTargets == [1, 2, 1, 0])
    #expect(graph.inOffsets == [0, 1, 3, 4, 4])
    #expect(graph.inSources == [2, 0, 1, 0])
    #expect(graph.inWeights == [0.5, 0.9, 0.3, 0.4])
    #expect(graph.outNeighbours(of: 0).map(\.node) == [1, 2])
    #expect(graph.outNeighbours(of: 0).map(\.weight) == [0.9, 0.4])
    #expect(graph.inNeighbours(of: 1).nodeIDs == [0, 1])
    #expect(graph.outNeighbours(of: 3).isEmpty)
    #expect(graph.outDegree(of: 0) == 2)
    #expect(graph.inDegree(of: 1) == 2)
  }

  @Test("reversed() turns every edge around and is an involution")
  func reversed() {
    let graph = WeightedDigraph(nodeCount: 4, edges: edges)
    let reversed = graph.reversed()
    #expect(reversed.weight(from: 1, to: 0) == 0.9)
    #expect(reversed.weight(from: 0, to: 2) == 0.5)
    #expect(reversed.weight(from: 0, to: 1) == nil)
    #expect(reversed.reversed() == graph)
    #expect(
      Set(reversed.edges)
        == Set(graph.edges.map { WeightedEdge(source: $0.target, target: $0.source, weight: $0.weight) }))
  }

  @Test("the undirected view merges both directions and drops self-loops")
  func undirectedView() {
    let graph = WeightedDigraph(nodeCount: 4, edges: edges)
    let view = graph.undirectedView()
    #expect(view.edgeCount == 2)
    #expect(view.neighbours(of: 0) == [1, 2])
    #expect(view.neighbours(of: 1) == [0])
    #expect(view.neighbours(of: 3).isEmpty)
  }

  @Test("weighted degrees sum the merged weights, a self-loop once each way")
  func degrees() {
    let graph = WeightedDigraph(nodeCount: 4, edges: edges)
    #expect(graph.weightedOutDegree() == [0.9 + 0.4, 0.3, 0.5, 0])
    #expect(graph.weightedInDegree() == [0.5, 0.9 + 0.3, 0.4, 0])
  }

  @Test("an empty graph has no edges and empty results")
  func emptyGraph() {
    let graph = WeightedDigraph(nodeCount: 0, edges: [])
    #expect(graph.edgeCount == 0)
    #expect(graph.pageRank().isEmpty)
    #expect(graph.betweennessCentrality().isEmpty)
    #expect(graph.stronglyConnectedComponents().isEmpty)
    #expect(graph.articulationPoints().isEmpty)
    #expect(graph.fragmentation() == 0)
    #expect(graph.undirectedFragmentation() == 0)
  }
}
