extension WeightedDigraph {
  /// The weighted in-degree of every node: the sum of the weights of its in-edges (a self-loop once).
  ///
  /// Equals `dict(G.in_degree(weight="weight"))` of a NetworkX `DiGraph`.
  public func weightedInDegree() -> [Double] {
    rowSums(offsets: inOffsets, weights: inWeights)
  }

  /// The weighted out-degree of every node: the sum of the weights of its out-edges (a self-loop once).
  ///
  /// Equals `dict(G.out_degree(weight="weight"))` of a NetworkX `DiGraph`.
  public func weightedOutDegree() -> [Double] {
    rowSums(offsets: outOffsets, weights: outWeights)
  }

  private func rowSums(offsets: [Int], weights: [Double]) -> [Double] {
    (0..<nodeCount).map { node in
      var sum = 0.0
      for entry in offsets[node]..<offsets[node + 1] { sum += weights[entry] }
      return sum
    }
  }
}
