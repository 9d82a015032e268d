/// What removing a pair {a, b} does beyond removing a and b one at a time (`sweep --pairs --rank
/// synergy`), in the state after the scenarios:
///
///     statusChanges  = statusChanges({a, b}) − |failed({a}) ∪ failed({b})|
///     deltaViability = ΔΣV({a, b}) − (ΔΣV({a}) + ΔΣV({b}))
///
/// When the pair fails every commitment either single fails (the usual case), `statusChanges`
/// counts the commitments that fail only when both go; it is negative when one removal rescues a
/// commitment the other fails. `deltaViability` is negative when the pair costs more viability than
/// the two losses added up.
package struct SweepSynergy: Sendable, Equatable, Codable {
  /// The pair's status changes minus the size of the union of the singles' failed commitments.
  package var statusChanges: Int
  /// The pair's ΔΣV minus the sum of the singles' ΔΣV.
  package var deltaViability: Double
}
