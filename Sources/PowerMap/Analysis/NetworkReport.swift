/// The graph-level measures in the `analyze --json` report (the `network` object).
public struct NetworkReport: Sendable, Codable, Equatable {
  /// How betweenness was computed.
  public var betweenness: BetweennessMethod
  /// Borgatti's fragmentation of the influence graph.
  public var fragmentation: Double
  /// Articulation points of the undirected view, as ids.
  public var articulationPoints: [String]
  /// Bridges of the undirected view, as `[u, v]` id pairs.
  public var bridges: [[String]]
  /// The number of present actors.
  public var nodeCount: Int
  /// The number of merged influence edges.
  public var edgeCount: Int
  /// The dominator root, when one was asked for.
  public var dominatorRoot: String?
  /// Immediate dominators per actor (see ``NetworkMeasures/dominators``).
  public var dominators: [String?]?

  /// The graph-level part of `measures`.
  public init(_ measures: NetworkMeasures) {
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
