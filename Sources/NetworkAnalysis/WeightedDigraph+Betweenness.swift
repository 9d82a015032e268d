extension WeightedDigraph {
  /// Relative tolerance under which two weighted path lengths count as equal (tied shortest paths).
  package static let pathLengthTieTolerance = 1e-10

  /// Shortest-path betweenness of every node by Brandes' algorithm (Brandes 2001, "A faster algorithm for
  /// betweenness centrality"): `b(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st` over ordered pairs, with `σ_st` the number of
  /// shortest `s → t` paths and `σ_st(v)` those through `v`.
  ///
  /// Equals `networkx.betweenness_centrality(G, normalized=normalized, weight=None)` (or `weight="weight"` when
  /// `weighted`) on a directed graph; normalisation divides by `(n − 1)(n − 2)`, and every value is 0 when
  /// `n ≤ 2`. Unweighted runs use BFS; weighted runs use Dijkstra with a binary heap and read weights as lengths
  /// (precondition: all weights positive). **Ties:** two weighted path lengths `a`, `b` count as equal when
  /// `|a − b| ≤ 1e-10 · max(a, b)` (``pathLengthTieTolerance``), where NetworkX compares them exactly, so that
  /// `0.1 + 0.2` and `0.3` are the same length here (and equal lengths with other rounding are not lost).
  ///
  /// `pivots` chooses the sources (``BetweennessPivots``). With `k < n` pivots the sum over pivots is scaled as
  /// NetworkX 3.6 does for `k`: a pivot's own value by `(n − 1)/(k − 1)` and any other node's by `(n − 1)/k`
  /// (then normalised by `(n − 1)(n − 2)` if asked). Each node's estimate is thereby unbiased given whether it
  /// was drawn (NetworkX before 3.5 scaled every node by `n/k`). With `k = 1` the pivot's own value has no
  /// data — NetworkX returns NaN — and is 0 here. `k ≥ n` is the exact value.
  ///
  /// Cost O(k·m) time unweighted (a breadth-first search that switches to bottom-up steps on wide levels),
  /// O(k·m·log m) at worst weighted (Dijkstra with a radix heap, see `LengthHeap`), O(n + m) memory per worker;
  /// the graph may have at most 2³¹ − 2 edges. Sources are split into at most 16 contiguous chunks (a number
  /// fixed by the input, not by the machine) run with `DispatchQueue.concurrentPerform`; each chunk keeps a
  /// partial sum and the partial sums are added in chunk order, so the result is bit-for-bit the same on any
  /// number of cores. The work arrays are allocated once per chunk and reset only where the search reached;
  /// see `BrandesWorkspace` for their layout and why it leaves every sum in Brandes' order.
  public func betweennessCentrality(
    normalized: Bool = true, weighted: Bool = false, pivots: BetweennessPivots = .all
  ) -> [Double] {
    let n = nodeCount
    guard n > 0 else { return [] }
    if weighted {
      precondition(outWeights.allSatisfy { $0 > 0 }, "weighted betweenness needs positive edge weights")
    }
    let sources = resolvedPivots(pivots)
    let raw = brandesSums(sources: sources ?? (0..<n).map(Int32.init), weighted: weighted)
    guard n > 2 else { return raw }
    let pairs = normalized ? Double(n - 2) : 1
    guard let sampled = sources else {
      return normalized ? raw.map { $0 / (Double(n - 1) * pairs) } : raw
    }
    let k = Double(sampled.count)
    var isPivot = [Bool](repeating: false, count: n)
    for pivot in sampled { isPivot[Int(pivot)] = true }
    let scale = normalized ? 1 / pairs : Double(n - 1)
    let pivotScale = sampled.count > 1 ? scale / (k - 1) : 0
    let otherScale = scale / k
    return (0..<n).map { raw[$0] * (isPivot[$0] ? pivotScale : otherScale) }
  }

  /// The sorted pivots of a sample, or `nil` when every node is a source.
  private func resolvedPivots(_ pivots: BetweennessPivots) -> [Int32]? {
    switch pivots {
    case .all:
      return nil
    case .sampled(let count, let seed):
      precondition(count >= 1, "sampled betweenness needs at least one pivot")
      guard count < nodeCount else { return nil }
      var generator = SeededGenerator(seed: seed)
      return generator.sampleWithoutReplacement(count, from: nodeCount).map(Int32.init)
    case .sources(let list):
      precondition(!list.isEmpty, "sampled betweenness needs at least one pivot")
      let unique = Set(list)
      precondition(unique.count == list.count, "pivots must be distinct")
      precondition(unique.allSatisfy { (0..<nodeCount).contains($0) }, "pivot outside 0..<\(nodeCount)")
      return list.count == nodeCount ? nil : unique.sorted().map(Int32.init)
    }
  }

  /// Σ over `sources` of the dependencies δ_s(v), computed in deterministic parallel chunks.
  private func brandesSums(sources: [Int32], weighted: Bool) -> [Double] {
    let chunkCount = min(16, max(1, sources.count / 32))
    let ranges = DeterministicParallel.ranges(count: sources.count, maxChunks: chunkCount)
    let partials = DeterministicParallel.map(chunks: ranges.count) { chunk in
      let workspace = BrandesWorkspace(graph: self, weighted: weighted)
      withAdjacency { adjacency in
        for index in ranges[chunk] {
          if weighted {
            workspace.accumulateWeighted(from: Int(sources[index]), in: adjacency)
          } else {
            workspace.accumulateUnweighted(from: Int(sources[index]), in: adjacency)
          }
        }
      }
      return workspace.betweenness()
    }
    guard var total = partials.first else { return [Double](repeating: 0, count: nodeCount) }
    for partial in partials.dropFirst() {
      for node in 0..<nodeCount { total[node] += partial[node] }
    }
    return total
  }
}
