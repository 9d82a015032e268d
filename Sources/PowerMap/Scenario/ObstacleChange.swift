/// An obstacle with the same id in both plans (`powermap diff`) whose kind, severity, holders,
/// mitigators or blocked commitments differ. Part of ``CommitmentComparison``.
package struct ObstacleChange: Sendable, Encodable, Equatable {
  /// The obstacle's id.
  package var id: String
  /// Its kind and severity, when they differ.
  package var fields: [FieldChange]
  /// Its holders, mitigators and blocked commitments added and removed, when they differ.
  package var listings: [ListingChange]

  /// What changed from obstacle `a` to obstacle `b` (the same id in two models); nil when nothing
  /// the analysis reads differs (the title is not compared).
  package init?(from a: Obstacle, to b: Obstacle) {
    let fields = [
      FieldChange("kind", from: a.kind.rawValue, to: b.kind.rawValue),
      FieldChange("severity", from: "\(a.severity)", to: "\(b.severity)"),
    ].compactMap { $0 }
    let listings = [
      ListingChange("holders", from: a.holders, to: b.holders),
      ListingChange("mitigators", from: a.mitigators, to: b.mitigators),
      ListingChange("blocks", from: a.blocks, to: b.blocks),
    ].compactMap { $0 }
    guard !fields.isEmpty || !listings.isEmpty else { return nil }
    id = a.id
    self.fields = fields
    self.listings = listings
  }
}
