import NetworkAnalysis

/// Rule 5 of <doc:Rules>: network measures on the influence graph of the present actors
/// (``InfluenceGraph``: positive influence kinds, alliance both ways, conflict left out, parallel
/// relations merged keeping the strongest weight).
///
/// - influence rank = PageRank of the *reversed* graph (α 0.85, weighted, dangling mass spread
///   uniformly): the fixed point of `networkx.pagerank(G.reverse(), tol=1e-13)`, solved by
///   Gauss–Seidel sweeps that stop once every score is provably within 1e-9 of it.
///   An actor ranks high when it influences actors who influence others.
/// - betweenness = unweighted, normalised shortest-path betweenness:
///   `networkx.betweenness_centrality(G)`; exact up to 20,000 present actors, above that estimated
///   from seeded sampled pivots unless exact is asked for (``BetweennessMethod`` records which).
///   Unweighted, so no path-length ties arise.
/// - in/out degree = weighted in- and out-degree (sums of merged edge weights).
/// - articulation points and bridges of the undirected view.
/// - immediate dominators from a chosen root (``NetworkOptions/dominatorRoot``), along influence
///   edges: the actor through which every influence chain from the root to i passes.
/// - fragmentation F = 1 − Σ_{i≠j} reachᵢⱼ / (n(n−1)) on the directed graph (Borgatti); 0 for n ≤ 1.
///
/// Per-actor arrays follow ``ModelState/actors``; removed actors get 0 (and no dominator). n is the
/// number of present actors.
package struct NetworkMeasures: Sendable, Codable, Equatable {
  /// PageRank of the reversed influence graph per actor (they sum to 1 over present actors).
  package var influenceRank: [Double]
  /// Normalised betweenness per actor.
  package var betweenness: [Double]
  /// Weighted in-degree per actor.
  package var inDegree: [Double]
  /// Weighted out-degree per actor.
  package var outDegree: [Double]
  /// How betweenness was computed.
  package var betweennessMethod: BetweennessMethod
  /// Whether PageRank converged within 10,000 iterations.
  package var influenceRankConverged: Bool
  /// Articulation points of the undirected view, as actor ids in state order.
  package var articulationPoints: [String]
  /// Bridges of the undirected view, each `[u, v]` with u before v in state order.
  package var bridges: [[String]]
  /// Borgatti's fragmentation of the directed influence graph.
  package var fragmentation: Double
  /// The root of ``dominators``, when one was asked for and is present.
  package var dominatorRoot: String?
  /// The immediate dominator of every actor reachable from the root (the root maps to itself);
  /// nil for unreachable and removed actors; nil altogether without a root.
  package var dominators: [String?]?
  /// The number of present actors (nodes).
  package var nodeCount: Int
  /// The number of edges after merging.
  package var edgeCount: Int

  /// The measures of `state` with `options`.
  package init(state: ModelState, options: NetworkOptions = NetworkOptions()) {
    self.init(influenceGraph: InfluenceGraph(state: state), state: state, options: options)
  }

  /// The measures of an already built influence graph of `state`.
  package init(influenceGraph: InfluenceGraph, state: ModelState, options: NetworkOptions = NetworkOptions()) {
    let graph = influenceGraph.graph
    let n = graph.nodeCount
    let ids = state.actors.map(\.actor.id)
    let node = influenceGraph.presentActors

    let rank = graph.reversed().pageRankResult(alpha: 0.85, tolerance: 1e-13, maxIterations: 10_000)
    let method: BetweennessMethod
    let pivots: BetweennessPivots
    if options.exactBetweenness || n <= options.exactBetweennessLimit {
      method = .exact(nodeCount: n)
      pivots = .all
    } else {
      let count = BetweennessPivots.pivotCount(
        nodeCount: n, epsilon: options.betweennessEpsilon, delta: options.betweennessDelta)
      if count >= n {
        method = .exact(nodeCount: n)
        pivots = .all
      } else {
        method = BetweennessMethod(
          method: "sampled", pivots: count, seed: options.betweennessSeed, epsilon: options.betweennessEpsilon,
          delta: options.betweennessDelta)
        pivots = .sampled(count: count, seed: options.betweennessSeed)
      }
    }
    let betweenness = graph.betweennessCentrality(normalized: true, weighted: false, pivots: pivots)

    influenceRank = influenceGraph.perActor(rank.scores, absent: 0)
    influenceRankConverged = rank.converged
    self.betweenness = influenceGraph.perActor(betweenness, absent: 0)
    inDegree = influenceGraph.perActor(graph.weightedInDegree(), absent: 0)
    outDegree = influenceGraph.perActor(graph.weightedOutDegree(), absent: 0)
    betweennessMethod = method
    articulationPoints = graph.articulationPoints().map { ids[node[$0]] }
    bridges = graph.bridges().map { [ids[node[$0.u]], ids[node[$0.v]]] }
    fragmentation = graph.fragmentation()
    nodeCount = n
    edgeCount = graph.edgeCount
    if let root = options.dominatorRoot, let position = state.index(of: root),
      let rootNode = influenceGraph.nodeOfActor[position]
    {
      let immediate = graph.immediateDominators(root: rootNode)
      dominatorRoot = root
      dominators = influenceGraph.perActor(immediate.map { $0.map { ids[node[$0]] } }, absent: nil)
    } else {
      dominatorRoot = nil
      dominators = nil
    }
  }
}
