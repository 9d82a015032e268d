/// Unsafe read-only views of a ``WeightedDigraph``'s CSR arrays (out-edges and in-edges), valid
/// inside ``WeightedDigraph/withAdjacency(_:)`` only; the hot loops index them without bounds checks.
struct Adjacency {
  /// The out-edges: targets and weights.
  let outgoing: CompressedRowsView<Double>
  /// The in-edges: sources and weights.
  let incoming: CompressedRowsView<Double>

  var outOffsets: UnsafeBufferPointer<Int> { outgoing.offsets }
  var outTargets: UnsafeBufferPointer<Int32> { outgoing.columns }
  var outWeights: UnsafeBufferPointer<Double> { outgoing.values }
  var inOffsets: UnsafeBufferPointer<Int> { incoming.offsets }
  var inSources: UnsafeBufferPointer<Int32> { incoming.columns }
}

extension WeightedDigraph {
  /// Calls `body` with pointers to the CSR arrays (no copy).
  func withAdjacency<Result>(_ body: (Adjacency) -> Result) -> Result {
    CompressedRowsView.with(offsets: outOffsets, columns: outTargets, values: outWeights) { outgoing in
      CompressedRowsView.with(offsets: inOffsets, columns: inSources, values: inWeights) { incoming in
        body(Adjacency(outgoing: outgoing, incoming: incoming))
      }
    }
  }
}
