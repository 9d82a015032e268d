/// The strongly connected components of a ``WeightedDigraph``, as a component index per node.
///
/// Components are numbered in the order Tarjan's algorithm completes them, which is a reverse topological
/// order of the condensation: every edge between two components goes from a higher index to a lower one
/// (component 0 is a sink).
public struct StronglyConnectedComponents: Sendable, Hashable {
  /// The component of every node.
  public let componentOf: [Int]
  /// The number of components.
  public let count: Int

  /// The members of every component, each list increasing, in component-index order.
  public var components: [[Int]] {
    var result = [[Int]](repeating: [], count: count)
    for node in componentOf.indices { result[componentOf[node]].append(node) }
    return result
  }

  /// The number of nodes in every component, in component-index order.
  public var sizes: [Int] {
    var result = [Int](repeating: 0, count: count)
    for component in componentOf { result[component] += 1 }
    return result
  }
}
