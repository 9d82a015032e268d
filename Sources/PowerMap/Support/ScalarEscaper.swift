/// Escapes text one Unicode scalar at a time: a scalar found in the table is replaced by its
/// entry, any other scalar by what `other` gives for it, or kept when that is nil.
///
/// The escapers of the package's text formats (YAML and JSON strings, HTML text, Graphviz HTML
/// labels) differ only in their tables; this is the loop they share.
package struct ScalarEscaper: Sendable {
  /// The replacement of each escaped scalar.
  package let table: [Unicode.Scalar: String]
  /// The replacement of a scalar the table does not list, or nil to keep it.
  package let other: @Sendable (Unicode.Scalar) -> String?

  /// An escaper replacing the scalars of `table`, and the others `other` gives a replacement for.
  package init(_ table: [Unicode.Scalar: String], other: @escaping @Sendable (Unicode.Scalar) -> String? = { _ in nil })
  {
    self.table = table
    self.other = other
  }

  /// `text` escaped.
  package func callAsFunction(_ text: some StringProtocol) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if let replacement = table[scalar] ?? other(scalar) {
        result += replacement
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
