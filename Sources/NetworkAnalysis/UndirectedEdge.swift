/// An undirected edge `u – v`, stored with `u < v` so that equal edges compare equal.
public struct UndirectedEdge: Sendable, Hashable, Comparable, Codable {
  /// The smaller endpoint.
  public let u: Int
  /// The larger endpoint.
  public let v: Int

  /// The edge between `a` and `b` (in either order); precondition `a ≠ b`.
  public init(_ a: Int, _ b: Int) {
    precondition(a != b, "an undirected edge needs two distinct endpoints")
    u = min(a, b)
    v = max(a, b)
  }

  /// Lexicographic order on `(u, v)`.
  public static func < (lhs: UndirectedEdge, rhs: UndirectedEdge) -> Bool {
    (lhs.u, lhs.v) < (rhs.u, rhs.v)
  }
}
