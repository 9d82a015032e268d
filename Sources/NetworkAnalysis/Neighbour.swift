/// One neighbour of a node in a ``WeightedDigraph``: the node at the other end of an edge and the edge weight.
public struct Neighbour: Sendable, Hashable {
  /// The node at the other end of the edge.
  public let node: Int
  /// The weight of the edge.
  public let weight: Double
}
