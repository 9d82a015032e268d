/// A compact, immutable weighted directed graph on the nodes `0..<nodeCount`, stored as compressed sparse rows.
///
/// Two CSR structures are built once at initialisation: the out-edges (`outOffsets`, `outTargets`, `outWeights`)
/// and the in-edges (`inOffsets`, `inSources`, `inWeights`). Node `v`'s out-edges are the entries
/// `outOffsets[v]..<outOffsets[v + 1]`, sorted by target; its in-edges likewise, sorted by source.
/// Parallel edges are merged by a ``ParallelEdgePolicy``; self-loops are kept. Memory is O(n + m); nothing
/// in this module builds an n × n structure.
///
/// The algorithms live in extensions, one per file (`WeightedDigraph+PageRank.swift`, …), in the manner of
/// davecom/SwiftGraph, and each states the NetworkX function it reproduces.
public struct WeightedDigraph: Sendable, Hashable {
  /// The number of nodes; nodes are `0..<nodeCount`.
  public let nodeCount: Int
  /// The out-edge rows: targets and weights.
  let outgoing: CompressedRows
  /// The in-edge rows: sources and weights.
  let incoming: CompressedRows

  /// Out-edge row starts, `nodeCount + 1` of them.
  package var outOffsets: [Int] { outgoing.offsets }
  /// Out-edge targets, row after row, increasing within a row.
  package var outTargets: [Int32] { outgoing.columns }
  /// Out-edge weights, parallel to `outTargets`.
  package var outWeights: [Double] { outgoing.values }
  /// In-edge row starts, `nodeCount + 1` of them.
  package var inOffsets: [Int] { incoming.offsets }
  /// In-edge sources, row after row, increasing within a row.
  package var inSources: [Int32] { incoming.columns }
  /// In-edge weights, parallel to `inSources`.
  package var inWeights: [Double] { incoming.values }

  /// Builds the graph from an edge list, merging parallel edges with `parallelEdges`.
  ///
  /// Runs in O(n + m) (counting sorts). Preconditions: `0 ≤ nodeCount ≤ Int32.max`, every endpoint in
  /// `0..<nodeCount`, every weight finite.
  public init(nodeCount: Int, edges: [WeightedEdge], parallelEdges: ParallelEdgePolicy = .keepMaximum) {
    precondition(nodeCount >= 0 && nodeCount <= Int(Int32.max), "nodeCount out of range: \(nodeCount)")
    var sources = [Int32]()
    var targets = [Int32]()
    var weights = [Double]()
    sources.reserveCapacity(edges.count)
    targets.reserveCapacity(edges.count)
    weights.reserveCapacity(edges.count)
    for edge in edges {
      precondition(
        (0..<nodeCount).contains(edge.source) && (0..<nodeCount).contains(edge.target),
        "edge \(edge.source) → \(edge.target) has an endpoint outside 0..<\(nodeCount)")
      precondition(edge.weight.isFinite, "edge \(edge.source) → \(edge.target) has a non-finite weight")
      sources.append(Int32(edge.source))
      targets.append(Int32(edge.target))
      weights.append(edge.weight)
    }
    let out = CompressedRows(
      rowCount: nodeCount, columnCount: nodeCount, rows: sources, columns: targets, values: weights,
      merge: parallelEdges)
    self.init(nodeCount: nodeCount, outgoing: out, incoming: out.transposed(columnCount: nodeCount))
  }

  /// Wraps already built out- and in-edge rows (used by ``reversed()``).
  init(nodeCount: Int, outgoing: CompressedRows, incoming: CompressedRows) {
    self.nodeCount = nodeCount
    self.outgoing = outgoing
    self.incoming = incoming
  }

  /// The number of edges after merging parallel edges (self-loops included).
  public var edgeCount: Int { outTargets.count }

  /// The edges in (source, target) order, after merging.
  public var edges: [WeightedEdge] {
    var result = [WeightedEdge]()
    result.reserveCapacity(edgeCount)
    for source in 0..<nodeCount {
      for entry in outOffsets[source]..<outOffsets[source + 1] {
        result.append(WeightedEdge(source: source, target: Int(outTargets[entry]), weight: outWeights[entry]))
      }
    }
    return result
  }

  /// The out-neighbours of `node` with the edge weights, by increasing target.
  public func outNeighbours(of node: Int) -> Neighbourhood {
    checkNode(node)
    return Neighbourhood(nodes: outTargets, weights: outWeights, range: outOffsets[node]..<outOffsets[node + 1])
  }

  /// The in-neighbours of `node` with the edge weights, by increasing source.
  public func inNeighbours(of node: Int) -> Neighbourhood {
    checkNode(node)
    return Neighbourhood(nodes: inSources, weights: inWeights, range: inOffsets[node]..<inOffsets[node + 1])
  }

  /// The number of edges leaving `node` (a self-loop counts once).
  public func outDegree(of node: Int) -> Int {
    checkNode(node)
    return outOffsets[node + 1] - outOffsets[node]
  }

  /// The number of edges entering `node` (a self-loop counts once).
  public func inDegree(of node: Int) -> Int {
    checkNode(node)
    return inOffsets[node + 1] - inOffsets[node]
  }

  /// The weight of the edge `source → target`, or `nil` when there is none; O(log outDegree) by binary search.
  public func weight(from source: Int, to target: Int) -> Double? {
    checkNode(source)
    checkNode(target)
    var low = outOffsets[source]
    var high = outOffsets[source + 1]
    let wanted = Int32(target)
    while low < high {
      let middle = (low + high) / 2
      if outTargets[middle] < wanted { low = middle + 1 } else { high = middle }
    }
    return low < outOffsets[source + 1] && outTargets[low] == wanted ? outWeights[low] : nil
  }

  /// The same graph with every edge turned around (`u → v` becomes `v → u`, same weight); O(1) extra work,
  /// since the in-edge rows become the out-edge rows.
  ///
  /// The domain's influence rank is PageRank of the reversed influence graph:
  /// `graph.reversed().pageRank()` equals `networkx.pagerank(G.reverse())`.
  public func reversed() -> WeightedDigraph {
    WeightedDigraph(nodeCount: nodeCount, outgoing: incoming, incoming: outgoing)
  }

  /// The undirected simple view: `u – v` for `u ≠ v` whenever `u → v` or `v → u` (self-loops dropped).
  public func undirectedView() -> UndirectedGraph {
    UndirectedGraph(self)
  }

  func checkNode(_ node: Int) {
    precondition((0..<nodeCount).contains(node), "node \(node) outside 0..<\(nodeCount)")
  }
}
