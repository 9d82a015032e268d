import NetworkAnalysis
import Testing

/// `removing(nodes:)`, `fragmentation(removing:)` and `undirectedFragmentationAfterRemovingEachNode()` against
/// rebuilding the graph without the nodes: the same graph, and the same fragmentation to the bit.
@Suite("Node removal")
struct NodeRemovalTests {
  /// A seeded random digraph with parallel edges, self-loops, isolated nodes and several components.
  static func randomGraph(nodes: Int, edges: Int, seed: UInt64) -> WeightedDigraph {
    var random = SeededGenerator(seed: seed)
    var list: [WeightedEdge] = []
    for _ in 0..<edges {
      // Nodes in blocks of 10 with few edges between blocks: cut points and several components.
      let source = Int(random.next() % UInt64(nodes))
      let block = random.next() % 8 == 0 ? Int(random.next() % UInt64(nodes)) / 10 : source / 10
      let target = min(nodes - 1, block * 10 + Int(random.next() % 10))
      list.append(WeightedEdge(source: source, target: target, weight: Double(random.next() % 100 + 1) / 100))
    }
    return WeightedDigraph(nodeCount: nodes, edges: list)
  }

  /// The graph without `removed`, built from scratch.
  static func rebuilt(_ graph: WeightedDigraph, without removed: Set<Int>) -> WeightedDigraph {
    var index = [Int](repeating: -1, count: graph.nodeCount)
    var kept = 0
    for node in 0..<graph.nodeCount where !removed.contains(node) {
      index[node] = kept
      kept += 1
    }
    let edges = graph.edges.filter { !removed.contains($0.source) && !removed.contains($0.target) }.map {
      WeightedEdge(source: index[$0.source], target: index[$0.target], weight: $0.weight)
    }
    return WeightedDigraph(nodeCount: kept, edges: edges)
  }

  @Test("removing nodes gives the rebuilt graph", arguments: [1, 2, 3] as [UInt64])
  func removingEqualsRebuilding(seed: UInt64) {
    let graph = Self.randomGraph(nodes: 60, edges: 150, seed: seed)
    for node in 0..<graph.nodeCount {
      #expect(graph.removing(nodes: [node]) == Self.rebuilt(graph, without: [node]))
    }
    #expect(graph.removing(nodes: [3, 17, 42]) == Self.rebuilt(graph, without: [3, 17, 42]))
    for node in 0..<graph.nodeCount {
      let expected = Self.rebuilt(graph, without: [node]).fragmentation()
      #expect(graph.fragmentation(removing: [node]).bitPattern == expected.bitPattern, "node \(node)")
    }
    #expect(graph.fragmentation(removing: [3, 17]) == Self.rebuilt(graph, without: [3, 17]).fragmentation())
    #expect(graph.removing(nodes: []) == graph)
  }

  @Test("undirected fragmentation after each removal, all at once", arguments: [1, 2, 3, 4] as [UInt64])
  func undirectedFragmentationOfEveryRemoval(seed: UInt64) {
    let graph = Self.randomGraph(nodes: 80, edges: 90 + Int(seed) * 30, seed: seed)
    let all = graph.undirectedFragmentationAfterRemovingEachNode()
    for node in 0..<graph.nodeCount {
      let expected = Self.rebuilt(graph, without: [node]).undirectedFragmentation()
      #expect(all[node].bitPattern == expected.bitPattern, "node \(node)")
    }
  }

  @Test("small graphs: paths, stars, a single edge")
  func smallGraphs() {
    let path = WeightedDigraph(nodeCount: 5, edges: (0..<4).map { WeightedEdge(source: $0, target: $0 + 1) })
    let star = WeightedDigraph(nodeCount: 5, edges: (1..<5).map { WeightedEdge(source: 0, target: $0) })
    for graph in [path, star, WeightedDigraph(nodeCount: 3, edges: [WeightedEdge(source: 0, target: 1)])] {
      let all = graph.undirectedFragmentationAfterRemovingEachNode()
      for node in 0..<graph.nodeCount {
        #expect(all[node] == Self.rebuilt(graph, without: [node]).undirectedFragmentation())
      }
    }
    // Removing the star's centre leaves four isolated nodes: F = 1.
    #expect(star.undirectedFragmentationAfterRemovingEachNode()[0] == 1)
    #expect(WeightedDigraph(nodeCount: 2, edges: []).undirectedFragmentationAfterRemovingEachNode() == [0, 0])
  }
}
