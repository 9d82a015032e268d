/// What a sweep ranks a removal by — rules 1–3 after the removal, without the structural context —
/// and, when the sweep keeps every row, the row itself.
struct SweepKey: Sendable {
  /// The removed actors' state positions, increasing.
  var positions: [Int]
  /// Their ids.
  var ids: [String]
  /// The number of commitments whose status got worse.
  var statusChanges: Int
  /// ΣV after − ΣV before.
  var deltaViability: Double
  /// The indices of those commitments, increasing.
  var failed: [Int32]
  var improved: [Int32] = []
  /// The damage beyond the single losses, when ranking by synergy.
  var synergy: SweepSynergy? = nil
  /// The full row, when already evaluated.
  var row: AllyLoss? = nil

  /// Whether `lhs` ranks before `rhs` under `rank`: a strict total order on keys of distinct
  /// removals (ids break every tie). With ``SweepRank/harm`` it is
  /// ``AllyLoss/isMoreHarmful(_:than:)`` on the keys' rows.
  static func precedes(_ lhs: SweepKey, _ rhs: SweepKey, by rank: SweepRank) -> Bool {
    if rank == .synergy, let left = lhs.synergy, let right = rhs.synergy {
      if left.statusChanges != right.statusChanges { return left.statusChanges > right.statusChanges }
      if left.deltaViability != right.deltaViability { return left.deltaViability < right.deltaViability }
      return lhs.ids.lexicographicallyPrecedes(rhs.ids)
    }
    if lhs.statusChanges != rhs.statusChanges { return lhs.statusChanges > rhs.statusChanges }
    if lhs.deltaViability != rhs.deltaViability { return lhs.deltaViability < rhs.deltaViability }
    return lhs.ids.lexicographicallyPrecedes(rhs.ids)
  }

  /// The synergy of this pair's key with the keys of its two single removals (``SweepSynergy``).
  func pairSynergy(first: SweepKey, second: SweepKey) -> SweepSynergy {
    var union = 0
    var (i, j) = (0, 0)
    while i < first.failed.count || j < second.failed.count {
      if j == second.failed.count || (i < first.failed.count && first.failed[i] < second.failed[j]) {
        i += 1
      } else if i == first.failed.count || second.failed[j] < first.failed[i] {
        j += 1
      } else {
        i += 1
        j += 1
      }
      union += 1
    }
    return SweepSynergy(
      statusChanges: statusChanges - union,
      deltaViability: deltaViability - (first.deltaViability + second.deltaViability))
  }
}
