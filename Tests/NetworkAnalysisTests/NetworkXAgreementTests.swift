import NetworkAnalysis
import TestSupport
import Testing

/// Every algorithm against NetworkX on the fixtures of `Fixtures/generate_fixtures.py`, to 1e-9.
@Suite("Agreement with NetworkX")
struct NetworkXAgreementTests {
  @Test("the fixture index lists at least 30 graphs, all written by one NetworkX")
  func fixtureIndex() throws {
    #expect(NetworkXFixture.names.count >= 30)
    let versions = try Set(NetworkXFixture.names.map { try NetworkXFixture.load($0).networkxVersion })
    #expect(versions.count == 1)
    #expect(versions.allSatisfy { !$0.isEmpty })
  }

  /// Any solver may be used as long as every score agrees with NetworkX's power iteration to 1e-9 (absolute:
  /// scores are at most 1), so the bits may differ from NetworkX's.
  @Test("PageRank agrees with nx.pagerank(G) and nx.pagerank(G.reverse()) to 1e-9", arguments: NetworkXFixture.names)
  func pageRank(name: String) throws {
    let fixture = try NetworkXFixture.load(name)
    let graph = fixture.graph
    let forward = graph.pageRankResult()
    #expect(forward.converged)
    #expect(
      isClose(forward.scores, fixture.pagerank, tolerance: 1e-9),
      "largest difference \(largestDifference(forward.scores, fixture.pagerank))")
    let reversed = graph.reversed().pageRank()
    #expect(
      isClose(reversed, fixture.pagerankReversed, tolerance: 1e-9),
      "largest difference \(largestDifference(reversed, fixture.pagerankReversed))")
  }

  @Test("unweighted betweenness equals nx.betweenness_centrality(G)", arguments: NetworkXFixture.names)
  func betweenness(name: String) throws {
    let fixture = try NetworkXFixture.load(name)
    let graph = fixture.graph
    let normalized = graph.betweennessCentrality()
    #expect(
      isClose(normalized, fixture.betweenness),
      "largest difference \(largestDifference(normalized, fixture.betweenness))")
    let raw = graph.betweennessCentrality(normalized: false)
    #expect(isClose(raw, fixture.betweennessUnnormalized))
  }

  @Test("weighted betweenness equals nx.betweenness_centrality(G, weight='weight')", arguments: NetworkXFixture.names)
  func weightedBetweenness(name: String) throws {
    let fixture = try NetworkXFixture.load(name)
    let weighted = fixture.graph.betweennessCentrality(weighted: true)
    #expect(
      isClose(weighted, fixture.betweennessWeighted),
      "largest difference \(largestDifference(weighted, fixture.betweennessWeighted))")
  }

  @Test(
    "replaying NetworkX's pivots gives nx.betweenness_centrality(G, k, seed)",
    arguments: NetworkXFixture.names)
  func sampledBetweenness(name: String) throws {
    let fixture = try NetworkXFixture.load(name)
    guard let sample = fixture.sampledBetweenness else { return }
    #expect(sample.pivots.count == sample.k)
    let estimate = fixture.graph.betweennessCentrality(pivots: .sources(sample.pivots))
    #expect(
      isClose(estimate, sample.values), "largest difference \(largestDifference(estimate, sample.values))")
  }

  @Test("weighted degrees equal G.in_degree / G.out_degree(weight='weight')", arguments: NetworkXFixture.names)
  func degrees(name: String) throws {
    let fixture = try NetworkXFixture.load(name)
    #expect(isClose(fixture.graph.weightedInDegree(), fixture.inDegree))
    #expect(isClose(fixture.graph.weightedOutDegree(), fixture.outDegree))
  }

  @Test("SCCs equal nx.strongly_connected_components(G) as sets", arguments: NetworkXFixture.names)
  func stronglyConnectedComponents(name: String) throws {
    let fixture = try NetworkXFixture.load(name)
    let graph = fixture.graph
    let components = graph.stronglyConnectedComponents()
    #expect(components.sorted { $0.lexicographicallyPrecedes($1) } == fixture.stronglyConnectedComponents)
    // Tarjan numbering is a reverse topological order of the condensation.
    let index = graph.stronglyConnectedComponentIndex()
    for edge in graph.edges {
      #expect(index.componentOf[edge.source] >= index.componentOf[edge.target])
    }
  }

  @Test("articulation points and bridges equal NetworkX's on G.to_undirected()", arguments: NetworkXFixture.names)
  func biconnectivity(name: String) throws {
    let fixture = try NetworkXFixture.load(name)
    let graph = fixture.graph
    #expect(graph.articulationPoints() == fixture.articulationPoints)
    #expect(graph.bridges().map { [$0.u, $0.v] } == fixture.bridges)
  }

  @Test("immediate dominators equal nx.immediate_dominators(G, root)", arguments: NetworkXFixture.names)
  func dominators(name: String) throws {
    let fixture = try NetworkXFixture.load(name)
    guard let root = fixture.dominatorRoot, let expected = fixture.immediateDominators else { return }
    #expect(fixture.graph.immediateDominators(root: root) == expected)
  }

  @Test("reachability and fragmentation equal the nx.descendants counts", arguments: NetworkXFixture.names)
  func reachability(name: String) throws {
    let fixture = try NetworkXFixture.load(name)
    let graph = fixture.graph
    #expect((0..<graph.nodeCount).map { graph.reachableCount(from: $0) } == fixture.reachableCounts)
    #expect(isClose(graph.fragmentation(), fixture.fragmentation, tolerance: 1e-12))
    #expect(isClose(graph.undirectedFragmentation(), fixture.undirectedFragmentation, tolerance: 1e-12))
  }
}
