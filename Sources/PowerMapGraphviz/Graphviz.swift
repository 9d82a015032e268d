import CGraphviz
import Foundation

/// The process's Graphviz: one long-lived context, one lock around every call into it.
///
/// This type (with its extensions) is the only code of PowerMap that calls Graphviz's C API. Every
/// call — parse, layout, render, free — runs under ``GraphvizLock``, because Graphviz is not
/// thread-safe; concurrent renders therefore queue. Graphviz's messages are captured through
/// `agseterrf` (nothing is printed to stderr) and failures are thrown as ``GraphvizError`` with
/// Graphviz's own text.
///
/// Before the first use of an engine or an output format, ``checkInstallation(engine:format:)``
/// verifies that Graphviz has the plugins and fonts it needs, so that a broken installation gives
/// a clear error instead of Graphviz's "Use one of:" followed by an empty list.
package final class Graphviz: @unchecked Sendable {
  /// The Graphviz of this process.
  package static let shared = Graphviz()

  let lock = GraphvizLock()
  /// The Graphviz context, created on first use. Guarded by `lock`.
  private var storedContext: OpaquePointer?
  /// The engines and formats already checked. Guarded by `lock`.
  var checked: Set<String> = []
  /// Layouts already made, by engine and DOT text. Guarded by `lock`.
  private var layouts = GraphvizMemo<GraphLayout>()
  /// Renders already made, by engine, format, attributes and DOT text. Guarded by `lock`.
  private var renders = GraphvizMemo<GraphvizOutput>()

  private init() {}

  /// The version of the linked Graphviz, e.g. "2.43.0".
  package var version: String {
    lock.withLock {
      guard let context = try? contextLocked(), let text = pm_gv_version(context) else { return "unknown" }
      return String(cString: text)
    }
  }

  /// Renders the DOT text `dot` with the layout engine `engine` into `format` (a Graphviz output
  /// format such as "svg", "png:cairo" or "pdf:cairo").
  ///
  /// - Parameters:
  ///   - engine: the layout engine; nil uses the graph's `layout` attribute, else `dot`.
  ///   - graphAttributes: graph attributes set after reading, overriding the text's (e.g. `dpi`).
  /// - Returns: the bytes Graphviz produced and the warnings it gave.
  package func render(
    dot: String, engine: String? = nil, format: String, graphAttributes: [String: String] = [:]
  ) throws(GraphvizError) -> GraphvizOutput {
    let key = GraphvizMemo<GraphvizOutput>.Key(
      [engine ?? "", format, graphAttributes.sorted { $0.key < $1.key }.description, dot].joined(separator: "\0"))
    return try lock.withLock { () throws(GraphvizError) -> GraphvizOutput in
      if let output = renders.value(for: key) { return output }
      let context = try contextLocked()
      let graph = try readLocked(dot)
      defer { pm_close_graph(graph) }
      for (name, value) in graphAttributes.sorted(by: { $0.key < $1.key }) {
        _ = pm_set_graph_attribute(graph, name, value)
      }
      let engine = engine ?? layoutAttribute(of: graph) ?? "dot"
      try checkLocked(engine: engine, format: format)
      try layoutLocked(graph, context: context, engine: engine)
      defer { pm_free_layout(context, graph) }
      var warnings = GraphvizMessageBuffer.shared.take().warnings
      let data = try renderLocked(graph, context: context, format: format)
      warnings += GraphvizMessageBuffer.shared.take().warnings
      let output = GraphvizOutput(data: data, warnings: warnings)
      renders.store(output, for: key, size: data.count)
      return output
    }
  }

  /// Lays the DOT text `dot` out with `engine` and reads the layout back: node positions and
  /// sizes, edge splines, cluster boxes (in points, y upwards, as Graphviz writes them).
  ///
  /// Edges are identified by their `id` attribute; edges without one are not reported.
  package func layout(dot: String, engine: String) throws(GraphvizError) -> GraphLayout {
    let key = GraphvizMemo<GraphLayout>.Key(engine + "\0" + dot)
    return try lock.withLock { () throws(GraphvizError) -> GraphLayout in
      if let layout = layouts.value(for: key) { return layout }
      let context = try contextLocked()
      let graph = try readLocked(dot)
      defer { pm_close_graph(graph) }
      try checkLocked(engine: engine, format: nil)
      try layoutLocked(graph, context: context, engine: engine)
      defer { pm_free_layout(context, graph) }
      pm_attach_attributes(graph)
      var layout = GraphLayout.read(from: graph)
      layout.warnings = GraphvizMessageBuffer.shared.take().warnings
      layouts.store(layout, for: key, size: 200 * (layout.nodes.count + layout.edges.count))
      return layout
    }
  }

  // MARK: - Under the lock

  /// The context, created (with the message handler installed) on first use.
  func contextLocked() throws(GraphvizError) -> OpaquePointer {
    if let storedContext { return storedContext }
    _ = pm_set_message_handler(GraphvizMessageBuffer.handler)
    pm_reset_errors()
    _ = GraphvizMessageBuffer.shared.take()
    guard let context = gvContext() else {
      let messages = GraphvizMessageBuffer.shared.take()
      throw .unavailable(messages.errorText(or: "gvContext() could not create a Graphviz context"))
    }
    storedContext = context
    _ = GraphvizMessageBuffer.shared.take()
    return context
  }

  /// Parses `dot`; throws Graphviz's message, or one of our own for input Graphviz rejects silently.
  func readLocked(_ dot: String) throws(GraphvizError) -> UnsafeMutablePointer<Agraph_t> {
    pm_reset_errors()
    _ = GraphvizMessageBuffer.shared.take()
    guard !dot.utf8.contains(0) else { throw .syntax("the DOT text contains a NUL character") }
    let graph = dot.withCString { pm_read_graph($0) }
    let errorCount = pm_error_count()
    let messages = GraphvizMessageBuffer.shared.take()
    if graph != nil {
      pm_drain_lexer()
      _ = GraphvizMessageBuffer.shared.take()
      pm_reset_errors()
    }
    guard let graph else {
      let empty = dot.allSatisfy { $0.isWhitespace }
      throw .syntax(messages.errorText(or: empty ? "the DOT text is empty" : "the DOT text holds no graph"))
    }
    if errorCount > 0 || !messages.errors.isEmpty {
      pm_close_graph(graph)
      throw .syntax(messages.errorText(or: "the DOT text has errors"))
    }
    return graph
  }

  /// Lays `graph` out; throws Graphviz's message on failure.
  func layoutLocked(
    _ graph: UnsafeMutablePointer<Agraph_t>, context: OpaquePointer, engine: String
  ) throws(GraphvizError) {
    pm_reset_errors()
    let status = pm_layout(context, graph, engine)
    if status != 0 || pm_error_count() > 0 {
      let messages = GraphvizMessageBuffer.shared.take()
      if status == 0 { pm_free_layout(context, graph) }
      throw .layout(engine: engine, message: messages.errorText(or: "gvLayout returned \(status)"))
    }
  }

  /// Renders a laid-out `graph`; frees Graphviz's buffer before returning.
  func renderLocked(
    _ graph: UnsafeMutablePointer<Agraph_t>, context: OpaquePointer, format: String
  ) throws(GraphvizError) -> Data {
    pm_reset_errors()
    var buffer: UnsafeMutablePointer<CChar>?
    var length = 0
    let status = pm_render_data(context, graph, format, &buffer, &length)
    defer { if let buffer { pm_free_render_data(buffer) } }
    if status != 0 || pm_error_count() > 0 {
      let messages = GraphvizMessageBuffer.shared.take()
      throw .render(format: format, message: messages.errorText(or: "gvRenderData returned \(status)"))
    }
    guard let buffer, length > 0 else {
      throw .render(format: format, message: "Graphviz produced no output")
    }
    return Data(bytes: buffer, count: length)
  }

  /// The graph's `layout` attribute, when set.
  private func layoutAttribute(of graph: UnsafeMutablePointer<Agraph_t>) -> String? {
    guard let value = pm_get(UnsafeMutableRawPointer(graph), "layout") else { return nil }
    let text = String(cString: value)
    return text.isEmpty ? nil : text
  }
}

/// What one render produced.
package struct GraphvizOutput: Sendable {
  /// The bytes of the output file.
  package var data: Data
  /// Graphviz's warnings, in order (without the "Warning: " prefix).
  package var warnings: [String]

  /// An output with the given bytes and warnings.
  package init(data: Data, warnings: [String] = []) {
    self.data = data
    self.warnings = warnings
  }
}
