import NetworkAnalysis
import Testing

@Suite("Components, articulation points, bridges, dominators")
struct ComponentTests {
  private static func chain(_ n: Int, closed: Bool = false) -> WeightedDigraph {
    var edges = (0..<(n - 1)).map { WeightedEdge(source: $0, target: $0 + 1) }
    if closed { edges.append(WeightedEdge(source: n - 1, target: 0)) }
    return WeightedDigraph(nodeCount: n, edges: edges)
  }

  /// 0 → 1 → 2 → 0 is a cycle that feeds 3 ⇄ 4; 5 is alone. Tarjan completes the sink {3, 4} first.
  @Test("strongly connected components in reverse topological order")
  func smallComponents() {
    let graph = WeightedDigraph(
      nodeCount: 6,
      edges: [
        WeightedEdge(source: 0, target: 1), WeightedEdge(source: 1, target: 2), WeightedEdge(source: 2, target: 0),
        WeightedEdge(source: 2, target: 3), WeightedEdge(source: 3, target: 4), WeightedEdge(source: 4, target: 3),
      ])
    #expect(graph.stronglyConnectedComponents() == [[3, 4], [0, 1, 2], [5]])
    let index = graph.stronglyConnectedComponentIndex()
    #expect(index.count == 3)
    #expect(index.componentOf == [1, 1, 1, 0, 0, 2])
    #expect(index.sizes == [2, 3, 1])
  }

  @Test("a 100,000-node path and cycle do not overflow the stack")
  func deepGraphs() {
    let n = 100_000
    let path = Self.chain(n)
    #expect(path.stronglyConnectedComponentIndex().count == n)
    let cycle = Self.chain(n, closed: true)
    #expect(cycle.stronglyConnectedComponentIndex().count == 1)
    let dominators = path.immediateDominators(root: 0)
    #expect(dominators[0] == 0)
    #expect((1..<n).allSatisfy { dominators[$0] == $0 - 1 })
    let cutVertices = path.articulationPoints()
    #expect(cutVertices == Array(1..<(n - 1)))
    #expect(path.bridges().count == n - 1)
    #expect(cycle.bridges().isEmpty)
    #expect(cycle.articulationPoints().isEmpty)
  }

  /// Two triangles 0-1-2 and 2-3-4 share node 2; a pendant 5 hangs off 4 (bridge 4–5, cut vertex 4).
  @Test("articulation points and bridges of the undirected view")
  func biconnectivity() {
    let graph = WeightedDigraph(
      nodeCount: 7,
      edges: [
        WeightedEdge(source: 0, target: 1), WeightedEdge(source: 1, target: 2), WeightedEdge(source: 2, target: 0),
        WeightedEdge(source: 2, target: 3), WeightedEdge(source: 4, target: 3), WeightedEdge(source: 2, target: 4),
        WeightedEdge(source: 5, target: 4), WeightedEdge(source: 4, target: 5), WeightedEdge(source: 6, target: 6),
      ])
    #expect(graph.articulationPoints() == [2, 4])
    #expect(graph.bridges() == [UndirectedEdge(4, 5)])
  }

  @Test("a two-node graph: the one edge is a bridge, no cut vertex")
  func singleEdge() {
    let graph = WeightedDigraph(nodeCount: 2, edges: [WeightedEdge(source: 1, target: 0)])
    #expect(graph.bridges() == [UndirectedEdge(0, 1)])
    #expect(graph.articulationPoints().isEmpty)
  }

  /// 0 → {1, 2} → 3 → 4, 2 → 5, 6 unreachable: 3 is dominated only by 0 (two ways in), 4 by 3, 5 by 2.
  @Test("immediate dominators of a diamond")
  func dominators() {
    let graph = WeightedDigraph(
      nodeCount: 7,
      edges: [
        WeightedEdge(source: 0, target: 1), WeightedEdge(source: 0, target: 2), WeightedEdge(source: 1, target: 3),
        WeightedEdge(source: 2, target: 3), WeightedEdge(source: 3, target: 4), WeightedEdge(source: 2, target: 5),
        WeightedEdge(source: 6, target: 0),
      ])
    #expect(graph.immediateDominators(root: 0) == [0, 0, 0, 0, 3, 2, nil])
    #expect(graph.immediateDominators(root: 2) == [nil, nil, 2, 2, 3, 2, nil])
  }

  @Test("connected components of the undirected view")
  func connectedComponents() {
    let graph = WeightedDigraph(
      nodeCount: 6,
      edges: [
        WeightedEdge(source: 4, target: 0), WeightedEdge(source: 1, target: 3), WeightedEdge(source: 3, target: 5),
      ])
    #expect(graph.undirectedView().connectedComponents() == [[0, 4], [1, 3, 5], [2]])
  }
}
