import NetworkAnalysis
import Testing

/// The optimised Brandes implementation (predecessor links, position-indexed counts, bottom-up BFS steps, a
/// radix heap) must give the same bits as the textbook algorithm written plainly: a FIFO queue or a heap popping
/// by (length, node), predecessor lists, δ_s(v) += σ_sv · ((1 + δ_s(w)) / σ_sw) from the farthest node, and
/// the library's fixed split of the sources into chunks whose partial sums are added in order.
@Suite("Betweenness equals a plain reference implementation to the bit")
struct BetweennessReferenceTests {
  @Test("unweighted: a random digraph (bottom-up steps) and layers with more than 2⁵³ shortest paths")
  func unweighted() {
    for graph in [Self.randomGraph(nodes: 300, edges: 1_500, seed: 1) { _ in 1 }, Self.layered()] {
      #expect(graph.betweennessCentrality() == Self.reference(graph, weighted: false))
      #expect(
        graph.betweennessCentrality(normalized: false) == Self.reference(graph, weighted: false, normalized: false))
    }
  }

  @Test("weighted: integer weights (many tied lengths), continuous weights, and lengths that absorb an edge")
  func weighted() {
    var absorbing = [
      WeightedEdge(source: 0, target: 5, weight: 1e17), WeightedEdge(source: 0, target: 6, weight: 3e17),
      WeightedEdge(source: 6, target: 4, weight: 1),
    ]
    // 1e17 + 1 == 1e17: nodes 1, 2, 3 tie with node 5, reached from it after it was popped.
    for middle in 1...3 {
      absorbing += [
        WeightedEdge(source: 5, target: middle, weight: 1), WeightedEdge(source: middle, target: 4, weight: 2),
      ]
    }
    let graphs = [
      Self.randomGraph(nodes: 300, edges: 1_500, seed: 2) { Double(1 + $0 % 3) },
      Self.randomGraph(nodes: 300, edges: 1_200, seed: 3) { 0.5 + Double($0 % 1_000_003) / 1_000_003 },
      WeightedDigraph(nodeCount: 7, edges: absorbing),
    ]
    for graph in graphs {
      #expect(graph.betweennessCentrality(weighted: true) == Self.reference(graph, weighted: true))
    }
  }

  // MARK: - Reference

  /// Exact betweenness, computed as plainly as possible but with the library's order of operations.
  static func reference(_ graph: WeightedDigraph, weighted: Bool, normalized: Bool = true) -> [Double] {
    let n = graph.nodeCount
    let chunks = min(16, max(1, n / 32))
    var partials = [[Double]]()
    var start = 0
    for chunk in 0..<chunks {
      let length = n / chunks + (chunk < n % chunks ? 1 : 0)
      var sums = [Double](repeating: 0, count: n)
      for source in start..<(start + length) {
        let (order, predecessors, sigma) = weighted ? dijkstra(graph, from: source) : bfs(graph, from: source)
        var delta = [Double](repeating: 0, count: n)
        for w in order.dropFirst().reversed() {
          let coefficient = (1 + delta[w]) / sigma[w]
          for v in predecessors[w] { delta[v] += sigma[v] * coefficient }
          sums[w] += delta[w]
        }
      }
      partials.append(sums)
      start += length
    }
    var total = partials[0]
    for partial in partials.dropFirst() {
      for node in 0..<n { total[node] += partial[node] }
    }
    guard n > 2, normalized else { return total }
    return total.map { $0 / (Double(n - 1) * Double(n - 2)) }
  }

  static func bfs(_ graph: WeightedDigraph, from source: Int) -> ([Int], [[Int]], [Double]) {
    var distance = [Int](repeating: -1, count: graph.nodeCount)
    var sigma = [Double](repeating: 0, count: graph.nodeCount)
    var predecessors = [[Int]](repeating: [], count: graph.nodeCount)
    var order = [source]
    distance[source] = 0
    sigma[source] = 1
    var head = 0
    while head < order.count {
      let v = order[head]
      head += 1
      for neighbour in graph.outNeighbours(of: v) {
        let w = neighbour.node
        if distance[w] < 0 {
          distance[w] = distance[v] + 1
          order.append(w)
        }
        if distance[w] == distance[v] + 1 {
          sigma[w] += sigma[v]
          predecessors[w].append(v)
        }
      }
    }
    return (order, predecessors, sigma)
  }

  /// Dijkstra by scanning for the queued node of least (length, node), with the library's tie tolerance.
  static func dijkstra(_ graph: WeightedDigraph, from source: Int) -> ([Int], [[Int]], [Double]) {
    let tolerance = WeightedDigraph.pathLengthTieTolerance
    var length = [Double](repeating: .infinity, count: graph.nodeCount)
    var sigma = [Double](repeating: 0, count: graph.nodeCount)
    var predecessors = [[Int]](repeating: [], count: graph.nodeCount)
    var queued: Set<Int> = [source]
    var settled = Set<Int>()
    var order = [Int]()
    length[source] = 0
    sigma[source] = 1
    while let v = queued.min(by: { (length[$0], $0) < (length[$1], $1) }) {
      queued.remove(v)
      settled.insert(v)
      order.append(v)
      for neighbour in graph.outNeighbours(of: v) where !settled.contains(neighbour.node) {
        let w = neighbour.node
        let candidate = length[v] + neighbour.weight
        let current = length[w]
        if !queued.contains(w) || current - candidate > tolerance * current {
          length[w] = candidate
          sigma[w] = sigma[v]
          predecessors[w] = [v]
          queued.insert(w)
        } else if abs(candidate - current) <= tolerance * max(candidate, current) {
          sigma[w] += sigma[v]
          predecessors[w].append(v)
        }
      }
    }
    return (order, predecessors, sigma)
  }

  static func randomGraph(nodes: Int, edges: Int, seed: UInt64, weight: (Int) -> Double) -> WeightedDigraph {
    var generator = SeededGenerator(seed: seed)
    let list = (0..<edges).map { index in
      WeightedEdge(
        source: generator.next(below: nodes), target: generator.next(below: nodes), weight: weight(index))
    }
    return WeightedDigraph(nodeCount: nodes, edges: list)
  }

  /// 60 layers of 6 nodes, each node linked to about two thirds of the next layer: up to ~4⁵⁹ shortest paths.
  static func layered() -> WeightedDigraph {
    var generator = SeededGenerator(seed: 9)
    var edges = [WeightedEdge]()
    for layer in 0..<59 {
      for i in 0..<6 {
        for j in 0..<6 where generator.next(below: 3) != 0 {
          edges.append(WeightedEdge(source: 6 * layer + i, target: 6 * (layer + 1) + j))
        }
      }
    }
    return WeightedDigraph(nodeCount: 360, edges: edges)
  }
}
