extension ModelState {
  /// The positions of the known ids of `ids`, each once, in first-listed order (unknown ids are
  /// skipped: the loader has rejected them).
  func uniquePositions(of ids: [String]) -> [Int] {
    var positions: [Int] = []
    positions.reserveCapacity(ids.count)
    var seen = Set<Int>()
    for id in ids {
      guard let position = index(of: id) else { continue }
      if ids.count <= 16 ? positions.contains(position) : !seen.insert(position).inserted { continue }
      positions.append(position)
    }
    return positions
  }
}
