/// Unsafe read-only views of a ``WeightedDigraph``'s CSR arrays, valid inside
/// ``WeightedDigraph/withAdjacency(_:)`` only; the hot loops index them without bounds checks.
struct Adjacency {
  let outOffsets: UnsafeBufferPointer<Int>
  let outTargets: UnsafeBufferPointer<Int32>
  let outWeights: UnsafeBufferPointer<Double>
  let inOffsets: UnsafeBufferPointer<Int>
  let inSources: UnsafeBufferPointer<Int32>
}

extension WeightedDigraph {
  /// Calls `body` with pointers to the CSR arrays (no copy).
  func withAdjacency<Result>(_ body: (Adjacency) -> Result) -> Result {
    outOffsets.withUnsafeBufferPointer { outOffsets in
      outTargets.withUnsafeBufferPointer { outTargets in
        outWeights.withUnsafeBufferPointer { outWeights in
          inOffsets.withUnsafeBufferPointer { inOffsets in
            inSources.withUnsafeBufferPointer { inSources in
              body(
                Adjacency(
                  outOffsets: outOffsets, outTargets: outTargets, outWeights: outWeights, inOffsets: inOffsets,
                  inSources: inSources))
            }
          }
        }
      }
    }
  }
}
