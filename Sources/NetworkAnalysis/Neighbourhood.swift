/// A read-only view of one CSR row of a ``WeightedDigraph``: the neighbours of a node with the edge weights.
///
/// It shares the graph's storage (no copy); iterate it or index it from `startIndex` to `endIndex`.
public struct Neighbourhood: RandomAccessCollection, Sendable {
  /// Position of the first neighbour in the graph's CSR arrays.
  public let startIndex: Int
  /// Position past the last neighbour.
  public let endIndex: Int
  private let nodes: [Int32]
  private let weights: [Double]

  init(nodes: [Int32], weights: [Double], range: Range<Int>) {
    self.nodes = nodes
    self.weights = weights
    startIndex = range.lowerBound
    endIndex = range.upperBound
  }

  /// The neighbour stored at `position`.
  public subscript(position: Int) -> Neighbour {
    precondition(position >= startIndex && position < endIndex, "neighbour index out of range")
    return Neighbour(node: Int(nodes[position]), weight: weights[position])
  }

  /// The neighbouring nodes alone, in order.
  public var nodeIDs: [Int] { nodes[startIndex..<endIndex].map(Int.init) }
}
