/// PageRank's linear system `(I − αP̄ᵀ) y = v`, `v_j = 1/n`, laid out for Gauss–Seidel sweeps that pull along the
/// in-edges (see ``WeightedDigraph/pageRankResult(alpha:tolerance:maxIterations:)``).
///
/// Row j reads `y_j = base_j + Σ_{i → j, i ≠ j} coefficient_ij · y_i` with `coefficient_ij = α·w_ij/S_i / d_j`,
/// `base_j = v_j / d_j` and `d_j = 1 − α·w_jj/S_j` (a self-loop goes to the diagonal). The nodes whose value no
/// other node reads are `unread`: they stay out of the sweeps and are solved once, in an order that puts every
/// node after the unread nodes it reads.
struct PageRankSystem {
  /// Row j: the in-edges `i → j` with `i ≠ j` and their coefficients (0 for a self-loop).
  let rows: CompressedRows
  let base: [Double]
  /// The nodes of the sweeps, increasing.
  let swept: [Int32]
  /// The other nodes, in the order they are solved after the sweeps.
  let unread: [Int32]

  init(graph: WeightedDigraph, alpha: Double) {
    let n = graph.nodeCount
    let inverse = graph.weightedOutDegree().map { $0 != 0 ? 1 / $0 : 0 }
    let uniform = 1 / Double(n)
    var coefficients = [Double](repeating: 0, count: graph.edgeCount)
    var base = [Double](repeating: uniform, count: n)
    graph.inSources.withUnsafeBufferPointer { sources in
      graph.inWeights.withUnsafeBufferPointer { weights in
        for node in 0..<n {
          var diagonal = 1.0
          let row = graph.inOffsets[node]..<graph.inOffsets[node + 1]
          for entry in row {
            let source = Int(sources[entry])
            let coefficient = alpha * (weights[entry] * inverse[source])
            if source == node { diagonal -= coefficient } else { coefficients[entry] = coefficient }
          }
          guard diagonal != 1 else { continue }
          for entry in row { coefficients[entry] /= diagonal }
          base[node] = uniform / diagonal
        }
      }
    }
    rows = CompressedRows(offsets: graph.inOffsets, columns: graph.inSources, values: coefficients)
    self.base = base
    (swept, unread) = Self.split(graph)
  }

  /// The nodes some other node reads, increasing, and the rest in an order that solves each after the rest it
  /// reads: repeatedly peel the nodes whose out-edges (self-loops aside) all lead to peeled nodes, then reverse.
  private static func split(_ graph: WeightedDigraph) -> (swept: [Int32], unread: [Int32]) {
    let n = graph.nodeCount
    var readers = [Int32](repeating: 0, count: n)
    var peeled = [Int32]()
    for node in 0..<n {
      for entry in graph.outOffsets[node]..<graph.outOffsets[node + 1] where graph.outTargets[entry] != node {
        readers[node] += 1
      }
      if readers[node] == 0 { peeled.append(Int32(node)) }
    }
    guard !peeled.isEmpty else { return ((0..<n).map { Int32($0) }, []) }
    var next = 0
    while next < peeled.count {
      let node = Int(peeled[next])
      next += 1
      for entry in graph.inOffsets[node]..<graph.inOffsets[node + 1] {
        let source = Int(graph.inSources[entry])
        guard source != node else { continue }
        readers[source] -= 1
        if readers[source] == 0 { peeled.append(Int32(source)) }
      }
    }
    // A peeled node's readers count is 0; a swept node's stays positive.
    let swept = (0..<n).filter { readers[$0] > 0 }.map { Int32($0) }
    return (swept, peeled.reversed())
  }

  /// One Gauss–Seidel sweep over ``swept`` in place; returns Σ |new − old| over the swept nodes.
  func sweep(_ y: inout [Double]) -> Double {
    update(&y, nodes: swept)
  }

  /// Solves the ``unread`` nodes from the final values of the others.
  func solveUnread(_ y: inout [Double]) {
    _ = update(&y, nodes: unread)
  }

  /// Sets each of `nodes`, in order, to its row's value from the current `y`; returns the L1 change.
  private func update(_ y: inout [Double], nodes: [Int32]) -> Double {
    // Pointers rather than arrays in the O(m) loop: no bounds checks, and no uniqueness check on `y`.
    CompressedRowsView.with(offsets: rows.offsets, columns: rows.columns, values: rows.values) { rows in
      base.withUnsafeBufferPointer { base in
        nodes.withUnsafeBufferPointer { nodes in
          y.withUnsafeMutableBufferPointer { y in
            var change = 0.0
            for node in nodes {
              let node = Int(node)
              var sum = base[node]
              for entry in rows.entries(of: node) {
                sum += rows.values[entry] * y[rows.column(entry)]
              }
              change += abs(sum - y[node])
              y[node] = sum
            }
            return change
          }
        }
      }
    }
  }

  /// `y / Σy`, or `nil` when some entry is negative (the error bound assumes y ≥ 0).
  static func normalised(_ y: [Double]) -> [Double]? {
    var total = 0.0
    for value in y {
      guard value >= 0 else { return nil }
      total += value
    }
    return y.map { $0 / total }
  }
}
