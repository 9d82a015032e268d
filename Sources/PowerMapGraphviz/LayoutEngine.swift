/// The Graphviz layout engines a user may ask for with `--layout`.
public enum LayoutEngine: String, Sendable, CaseIterable, Codable {
  /// Layered (hierarchical): clear for small or layered drawings; slow above ~100 nodes.
  case dot
  /// Stress majorisation: good organic maps up to a few hundred nodes.
  case neato
  /// Force-directed with clusters: small maps grouped by level.
  case fdp
  /// Multiscale force-directed: thousands of nodes in seconds.
  case sfdp
  /// Circular.
  case circo
}
