/// One scalar attribute that differs between plan A and plan B (`powermap diff`): a commitment's
/// owner or threshold, an obstacle's kind or severity. Part of ``PlanComparison``.
package struct FieldChange: Sendable, Encodable, Equatable {
  /// The attribute's name in the model format (`owner`, `threshold`, `kind`, `severity`).
  package var field: String
  /// Its value in A, as the model writes it.
  package var a: String
  /// Its value in B.
  package var b: String

  /// The change of `field` from `a` to `b`; nil when they are equal.
  package init?(_ field: String, from a: String, to b: String) {
    guard a != b else { return nil }
    self.field = field
    self.a = a
    self.b = b
  }
}
