extension UndirectedGraph {
  /// The undirected view of `graph` (see ``WeightedDigraph/undirectedView()``), built straight into CSR form.
  ///
  /// Node v's row is the merge of its out-row and in-row — both sorted by neighbour — without v itself and with
  /// a neighbour that is both a successor and a predecessor listed once: the same rows as sorting the pairs
  /// `u – v` and merging repeats, in one pass and two allocations. O(n + m).
  init(viewOf graph: WeightedDigraph) {
    let n = graph.nodeCount
    var offsets = [Int](repeating: 0, count: n + 1)
    let capacity = 2 * graph.edgeCount
    let neighbours = [Int32](unsafeUninitializedCapacity: capacity) { row, count in
      count = 0
      offsets.withUnsafeMutableBufferPointer { offsets in
        graph.withAdjacency { adjacency in
          let (outOffsets, outTargets) = (adjacency.outOffsets, adjacency.outTargets)
          let (inOffsets, inSources) = (adjacency.inOffsets, adjacency.inSources)
          for node in 0..<n {
            let this = Int32(node)
            var out = outOffsets[node]
            let outEnd = outOffsets[node + 1]
            var into = inOffsets[node]
            let intoEnd = inOffsets[node + 1]
            while out < outEnd || into < intoEnd {
              let next: Int32
              if into == intoEnd || (out < outEnd && outTargets[out] <= inSources[into]) {
                next = outTargets[out]
                if into < intoEnd && inSources[into] == next { into += 1 }
                out += 1
              } else {
                next = inSources[into]
                into += 1
              }
              if next != this {
                row[count] = next
                count += 1
              }
            }
            offsets[node + 1] = count
          }
        }
      }
    }
    self.nodeCount = n
    self.offsets = offsets
    self.neighbours = neighbours
  }
}
