/// The graph-level measures in the `analyze --json` report (the `network` object).
package struct NetworkReport: Sendable, Codable, Equatable {
  /// How betweenness was computed.
  package var betweenness: BetweennessMethod
  /// Borgatti's fragmentation of the influence graph.
  package var fragmentation: Double
  /// Articulation points of the undirected view, as ids.
  package var articulationPoints: [String]
  /// Bridges of the undirected view, as `[u, v]` id pairs.
  package var bridges: [[String]]
  /// The number of present actors.
  package var nodeCount: Int
  /// The number of merged influence edges.
  package var edgeCount: Int
  /// The dominator root, when one was asked for.
  package var dominatorRoot: String?
  /// Immediate dominators per actor (see ``NetworkMeasures/dominators``).
  package var dominators: [String?]?

  /// The graph-level part of `measures`.
  package init(_ measures: NetworkMeasures) {
    betweenness = measures.betweennessMethod
    fragmentation = measures.fragmentation
    articulationPoints = measures.articulationPoints
    bridges = measures.bridges
    nodeCount = measures.nodeCount
    edgeCount = measures.edgeCount
    dominatorRoot = measures.dominatorRoot
    dominators = measures.dominators
  }
}
