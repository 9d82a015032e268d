/// Facts about the Graphviz library PowerMap is linked against.
///
/// Kept for callers of the first version of this module; ``Graphviz`` is the full interface.
package enum GraphvizLibrary {
  /// The version of the linked libgvc, e.g. "2.43.0" (``Graphviz/version``).
  package static var version: String { Graphviz.shared.version }
}
