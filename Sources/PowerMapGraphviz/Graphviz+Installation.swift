import CGraphviz
import Foundation

extension Graphviz {
  /// The names of the plugins of one kind that Graphviz has registered.
  ///
  /// - Parameter kind: "layout" (engines: "dot", "neato", …), "device" (output formats with their
  ///   plugin: "svg:core", "png:cairo", …), "render", "textlayout" or "loadimage".
  package func plugins(kind: String) -> [String] {
    lock.withLock {
      guard let context = try? contextLocked() else { return [] }
      return pluginsLocked(kind: kind, context: context)
    }
  }

  /// Checks that Graphviz can lay out with `engine` and render `format`, and that text can be
  /// measured with a real font; throws ``GraphvizError/unavailable(_:)`` with the fix otherwise.
  ///
  /// Each engine and format is checked once per process. `format` is a Graphviz format name such
  /// as "svg" or "png:cairo"; nil checks the engine only.
  package func checkInstallation(engine: String, format: String? = nil) throws(GraphvizError) {
    try lock.withLock { () throws(GraphvizError) in try checkLocked(engine: engine, format: format) }
  }

  func pluginsLocked(kind: String, context: OpaquePointer) -> [String] {
    var count: Int32 = 0
    guard let list = pm_plugin_list(context, kind, &count) else { return [] }
    defer { pm_free_plugin_list(list, count) }
    return (0..<Int(count)).compactMap { list[$0].map { String(cString: $0) } }
  }

  func checkLocked(engine: String, format: String?) throws(GraphvizError) {
    let context = try contextLocked()
    let fix =
      "install Graphviz's libraries and plugins (Debian/Ubuntu: `sudo apt-get install libgraphviz-dev graphviz`; "
      + "the cairo plugin for PNG and PDF is in libgvc6) and register them with `sudo dot -c`"
    if !checked.contains("layout:" + engine) {
      let engines = pluginsLocked(kind: "layout", context: context).map { $0.split(separator: ":")[0] }
      guard engines.contains(where: { $0 == engine }) else {
        throw .unavailable(
          engines.isEmpty
            ? "Graphviz has no layout plugin registered (its plugin list is empty): \(fix)"
            : "Graphviz has no layout engine '\(engine)' (it has \(engines.joined(separator: ", "))): \(fix)")
      }
      checked.insert("layout:" + engine)
    }
    if let format, !checked.contains("format:" + format) {
      let devices = pluginsLocked(kind: "device", context: context).map { String($0.split(separator: ":")[0]) }
      let renderers = pluginsLocked(kind: "render", context: context).map { String($0.split(separator: ":")[0]) }
      let parts = format.split(separator: ":").map(String.init)
      let device = parts.first ?? format
      guard devices.contains(device) else {
        throw .unavailable(
          devices.isEmpty
            ? "Graphviz has no output format registered (its plugin list is empty): \(fix)"
            : "Graphviz cannot write \(device) (it has \(devices.joined(separator: ", "))): \(fix)")
      }
      if parts.count > 1, !renderers.contains(parts[1]) {
        throw .unavailable(
          "Graphviz has no \(parts[1]) renderer for \(device) (it has \(renderers.joined(separator: ", "))): \(fix)")
      }
      checked.insert("format:" + format)
    }
    if !checked.contains("fonts") {
      try checkFontsLocked(context: context, fix: fix)
      checked.insert("fonts")
    }
  }

  /// Measures "MMMMMMMMMM" and "iiiiiiiiii": with a real font the first is far wider; without
  /// any font (or without a text-layout plugin and its metrics) both come out as equal boxes.
  private func checkFontsLocked(context: OpaquePointer, fix: String) throws(GraphvizError) {
    let layouts = pluginsLocked(kind: "textlayout", context: context)
    guard !layouts.isEmpty else {
      throw .unavailable("Graphviz has no text-layout plugin (pango), so it cannot measure or draw text: \(fix)")
    }
    let probe = """
      digraph probe { node [shape=plaintext, margin=0, width=0, height=0, fontname="\(MapTypography.fontName)", \
      fontsize=14]; wide [pos="0,0", label="MMMMMMMMMM"]; narrow [pos="0,0", label="iiiiiiiiii"] }
      """
    let graph = try readLocked(probe)
    defer { pm_close_graph(graph) }
    try layoutLocked(graph, context: context, engine: "nop")
    defer { pm_free_layout(context, graph) }
    pm_attach_attributes(graph)
    let layout = GraphLayout.read(from: graph)
    _ = GraphvizMessageBuffer.shared.take()
    let wide = layout.nodes["wide"]?.width ?? 0
    let narrow = layout.nodes["narrow"]?.width ?? 0
    guard wide > 0, narrow > 0, wide > 1.5 * narrow else {
      throw .unavailable(
        "no usable font: Graphviz measures every character alike (fontconfig finds no font for "
          + "'\(MapTypography.fontName)'); install one, e.g. `sudo apt-get install fonts-liberation2 fonts-dejavu-core`"
      )
    }
  }
}
