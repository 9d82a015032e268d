/// The keys and rows of one ally sweep's removals (``LossOfAllySweep``): the sweep's base, its
/// numbered removals, its order, and with ``SweepRank/synergy`` the key of every single removal.
struct SweepEvaluator: Sendable {
  let base: SweepBase
  let removals: SweepRemovals
  let rank: SweepRank
  /// Whether keys carry their full rows (a sweep without `top`: every row is returned).
  let withRows: Bool
  /// With synergy, the key of each present actor's single removal, by state position.
  let singles: [SweepKey?]

  init(base: SweepBase, pairs: Bool, rank: SweepRank, rows: Bool) {
    self.base = base
    removals = SweepRemovals(present: base.presentActors, pairs: pairs)
    self.rank = rank
    withRows = rows
    var singles = [SweepKey?](repeating: nil, count: base.present.count)
    if rank == .synergy {
      for key in base.keys(base.presentActors.map { [$0] }) { singles[key.positions[0]] = key }
    }
    self.singles = singles
  }

  /// The keys of the removals numbered `items`, in order, with their synergy when ranking by it
  /// and their rows when the sweep keeps every row.
  func keys(_ items: Range<Int>) -> [SweepKey] {
    keys(of: removals.removals(items))
  }

  /// The keys of `removals` (pairs or singles of present actors, each increasing), in order, as
  /// ``keys(_:)`` gives them.
  func keys(of removals: [[Int]]) -> [SweepKey] {
    let keys = base.keys(removals, withRows: withRows)
    guard rank == .synergy else { return keys }
    return keys.map { key in
      var key = key
      if key.positions.count == 2, let first = singles[key.positions[0]], let second = singles[key.positions[1]] {
        key.synergy = key.pairSynergy(first: first, second: second)
        key.row?.synergy = key.synergy
      }
      return key
    }
  }

  /// The rows of `keys` (ranked), in order: the rows they carry, or evaluated now for the survivors
  /// of a sweep with `top`.
  func rows(_ keys: [SweepKey]) -> [AllyLoss] {
    let missing = keys.filter { $0.row == nil }.map(\.positions)
    var evaluated = base.evaluate(missing).makeIterator()
    return keys.map { key in
      var row = key.row ?? evaluated.next()
      row?.synergy = key.synergy
      guard let row else { preconditionFailure("every survivor has a row") }
      return row
    }
  }
}
