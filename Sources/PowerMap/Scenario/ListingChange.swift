/// The ids added to and removed from one list between plan A and plan B (`powermap diff`): a
/// needs dimension of a commitment, or an obstacle's holders, mitigators or blocked commitments.
/// Part of ``PlanComparison``.
package struct ListingChange: Sendable, Encodable, Equatable {
  /// The list: a dimension (`authority`, `acceptance`, `ability`) or an obstacle's `holders`,
  /// `mitigators` or `blocks`.
  package var field: String
  /// Ids in B's list and not in A's, in B's order.
  package var added: [String]
  /// Ids in A's list and not in B's, in A's order.
  package var removed: [String]

  /// The change of list `field` from `a` to `b`; nil when both hold the same ids (a reordering is
  /// no change).
  package init?(_ field: String, from a: [String], to b: [String]) {
    let inA = Set(a)
    let inB = Set(b)
    let added = b.filter { !inA.contains($0) }
    let removed = a.filter { !inB.contains($0) }
    guard !added.isEmpty || !removed.isEmpty else { return nil }
    self.field = field
    self.added = added
    self.removed = removed
  }
}
