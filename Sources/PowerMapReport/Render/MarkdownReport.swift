import PowerMap
import PowerMapGraphviz

/// The report as Markdown (GitHub-flavoured tables) for git and wikis: the same document as
/// ``HTMLReport``, its maps as SVG files beside it (``ReportMap/fileName``).
///
/// An emitter of the content's ``ReportDocument``: every text run goes through
/// ``TextEscaping/markdown(_:)`` (``TextEscaping/markdownLine(_:)`` where it starts a line), so a
/// name with `|`, `*` or `<script>` shows as written and cannot break a table or become markup.
package struct MarkdownReport: Sendable {
  private let document: ReportDocument

  /// The Markdown of `document`.
  package init(_ document: ReportDocument) { self.document = document }

  /// The Markdown of `content` (of its ``ReportContent/document``).
  package init(_ content: ReportContent) { self.init(content.document) }

  /// The whole document.
  package func render() -> String {
    var lines = ["# " + runs(document.heading), "", line(document.meta)]
    for section in document.sections {
      lines += ["", "## \(escape(section.heading))", ""] + flow(section.blocks)
    }
    lines += ["", "---", "", line([.text(document.footer)])]
    return lines.joined(separator: "\n") + "\n"
  }

  /// Blocks one after the other, a blank line between two; a division reads as its blocks, an
  /// article brings its own blank line before and an item its own after.
  private func flow(_ blocks: [ReportBlock]) -> [String] {
    var lines: [String] = []
    var separate = false
    for block in blocks.flatMap(undivided) {
      let emitted = self.block(block)
      guard !emitted.isEmpty else { continue }
      if separate, case .article = block {
      } else if separate {
        lines.append("")
      }
      lines += emitted
      if case .item = block { separate = false } else { separate = true }
    }
    return lines
  }

  private func undivided(_ block: ReportBlock) -> [ReportBlock] {
    guard case .division(_, let blocks) = block else { return [block] }
    return blocks.flatMap(undivided)
  }

  private func block(_ block: ReportBlock) -> [String] {
    switch block {
    case .heading(let text, let level): return [String(repeating: "#", count: level) + " " + escape(text)]
    case .paragraph(let content, let style): return [style == .note ? "_\(runs(content))_" : line(content)]
    case .list(let items, let ordered, _):
      return items.enumerated().map { (ordered ? "\($0.offset + 1). " : "- ") + runs($0.element) }
    case .lines(let label, let lines): return ["**\(escape(label)):**", ""] + lines.map { "- " + runs($0) }
    case .table(let table, _), .distribution(let table, _): return self.table(table)
    case .figure(let figure): return image(figure)
    case .formulas(let lines): return ["```text"] + lines + ["```"]
    case .statusCounts: return []
    case .division(_, let blocks): return flow(blocks)
    case .item(_, let blocks): return flow(blocks) + [""]
    case .article(_, _, let heading, let blocks): return ["", "### " + runs(heading), ""] + flow(blocks)
    }
  }

  private func image(_ figure: ReportBlock.Figure) -> [String] {
    let image = "![\(escape(figure.label))](\(figure.map.fileName))"
    let titled = figure.title.map { ["#### " + escape($0), "", image] } ?? [image]
    guard let caption = figure.caption else { return titled }
    return titled + ["", runs(caption)]
  }

  /// A GitHub-flavoured table of the shown columns.
  private func table(_ table: ReportTable) -> [String] {
    let columns = table.columns.indices.filter { table.columns[$0].shown }
    var lines = ["| " + columns.map { escape(table.columns[$0].label) }.joined(separator: " | ") + " |"]
    lines.append("|" + columns.map { table.columns[$0].numeric ? " ---: |" : " --- |" }.joined())
    for row in table.rows {
      lines.append("| " + columns.map { cell(row[$0]) }.joined(separator: " | ") + " |")
    }
    return lines
  }

  private func cell(_ cell: ReportCell) -> String {
    let text = escape(cell.shown(document.strings))
    guard case .status(.blocked) = cell else { return text }
    return "**\(text)**"
  }

  // MARK: Runs

  /// Runs that start a line: the first text run cannot start a heading, a list or a quote.
  private func line(_ content: [ReportRun]) -> String {
    guard case .text(let first) = content.first else { return runs(content) }
    return TextEscaping.markdownLine(first) + runs(Array(content.dropFirst()))
  }

  private func runs(_ runs: [ReportRun]) -> String {
    runs.map { run in
      switch run {
      case .text(let text): escape(text)
      case .strong(let text), .bold(let text): "**\(escape(text))**"
      case .link(let text, let target):
        target.hasPrefix("#") ? "**\(escape(text))**" : "[\(escape(text))](\(target))"
      case .code(let text): "`\(text)`"
      case .identifier(let id): escape("[\(id)]")
      }
    }.joined()
  }

  private func escape(_ text: String) -> String {
    TextEscaping.markdown(text)
  }
}
