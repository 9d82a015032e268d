import CGraphviz

/// Facts about the Graphviz library PowerMap is linked against.
///
/// This module is the only code that calls Graphviz's C API; the maps of DESIGN.md "Maps" are
/// built here.
public enum GraphvizLibrary {
  /// The version of the linked libgvc, e.g. "2.43.0", read from a fresh Graphviz context.
  public static var version: String {
    guard let context = gvContext() else { return "unknown" }
    defer { gvFreeContext(context) }
    guard let text = pm_gv_version(context) else { return "unknown" }
    return String(cString: text)
  }
}
