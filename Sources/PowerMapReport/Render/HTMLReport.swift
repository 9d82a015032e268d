import PowerMap
import PowerMapGraphviz

/// The report as one self-contained HTML page: maps as inline SVG, the stylesheet inline, no
/// script and no external resource, so it opens offline, prints on A4 and can be mailed as one file.
///
/// An emitter of the content's ``ReportDocument``: it decides markup only, and escapes every text
/// run itself (``TextEscaping/html(_:)``).
package struct HTMLReport: Sendable {
  private let document: ReportDocument

  /// The page of `content` (of its ``ReportContent/document``).
  package init(_ content: ReportContent) { self.init(content.document) }

  /// The page of `document`.
  package init(_ document: ReportDocument) { self.document = document }

  /// The whole page.
  package func render() -> String {
    var page = """
      <!DOCTYPE html>
      <html lang="\(document.language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="PowerMap">
      <title>\(escape(document.title))</title>
      <style>
      \(ReportStyle.css)
      </style>
      </head>
      <body>
      <header>
      <h1>\(runs(document.heading))</h1>
      <p class="meta">\(runs(document.meta))</p>
      </header>

      """
    page += "<nav class=\"contents\" aria-label=\"\(escape(document.contentsTitle))\">\n"
    page += "<h2>\(escape(document.contentsTitle))</h2>\n<ol>\n"
    for section in document.sections {
      page += "<li><a href=\"#\(section.id)\">\(escape(section.heading))</a></li>\n"
    }
    page += "</ol>\n</nav>\n<main>\n"
    for section in document.sections {
      let cssClass = sectionClass(section).map { " class=\"\($0)\"" } ?? ""
      page += "<section id=\"\(section.id)\"\(cssClass)>\n<h2>\(escape(section.heading))</h2>\n"
      page += section.blocks.map(block).joined() + "</section>\n"
    }
    page += "</main>\n"
    page += "<footer><p>\(escape(document.footer))</p></footer>\n"
    page += "</body>\n</html>\n"
    return page
  }

  /// A section's class; a map's section also names the orientation of its printed page.
  private func sectionClass(_ section: ReportDocument.Section) -> String? {
    guard let cssClass = section.cssClass, cssClass.split(separator: " ").contains("map-section") else {
      return section.cssClass
    }
    for case .figure(let figure) in section.blocks {
      return cssClass + " " + PrintLayout.orientation(ofSVG: figure.map.svg)
    }
    return cssClass
  }

  // MARK: Blocks

  private func block(_ block: ReportBlock) -> String {
    switch block {
    case .heading(let text, let level): return "<h\(level)>\(escape(text))</h\(level)>\n"
    case .paragraph(let content, let style):
      return (style == .note ? "<p class=\"note\">" : "<p>") + runs(content) + "</p>\n"
    case .list(let items, let ordered, let cssClass):
      let tag = ordered ? "ol" : "ul"
      let open = "<\(tag)" + (cssClass.map { " class=\"\($0)\"" } ?? "") + ">\n"
      return open + items.map { "<li>\(runs($0))</li>\n" }.joined() + "</\(tag)>\n"
    case .lines(let label, let lines):
      return "<p class=\"plan-line\"><b>\(escape(label)):</b> " + lines.map(runs).joined(separator: "<br>") + "</p>\n"
    case .table(let table, let style): return self.table(table, style: style)
    case .distribution(let table, let samples): return distribution(table, samples: samples)
    case .figure(let figure): return self.figure(figure)
    case .formulas(let lines): return "<pre>\(lines.map(escape).joined(separator: "\n"))</pre>\n"
    case .statusCounts(let counts):
      let spans = counts.map { item in
        let zero = item.count == 0 ? " zero" : ""
        return "<span class=\"status \(item.status.rawValue)\(zero)\"><b>\(item.count)</b> "
          + "\(escape(document.strings.status(item.status)))</span>"
      }
      return "<p class=\"counts\">" + spans.joined(separator: " ") + "</p>\n"
    case .division(let cssClass, let blocks):
      return "<div class=\"\(cssClass)\">\n" + blocks.map(self.block).joined() + "</div>\n"
    case .item(let cssClass, let blocks):
      let inner = blocks.map(self.block).joined()
      return cssClass.map { "<div class=\"\($0)\">\n" + inner + "</div>\n" } ?? inner
    case .article(let id, let cssClass, let heading, let blocks):
      return "<article id=\"\(escape(id))\" class=\"\(cssClass)\">\n<h3>\(runs(heading))</h3>\n"
        + blocks.map(self.block).joined() + "</article>\n"
    }
  }

  private func figure(_ figure: ReportBlock.Figure) -> String {
    let map = figure.map
    var out = "<figure class=\"map\">\n"
    if let linkedNote = figure.linkedNote {
      out += "<p class=\"note\">\(escape(linkedNote))"
      out += "<a href=\"\(escape(map.fileName))\">\(escape(map.fileName))</a></p>\n"
    } else {
      out += InlineSVG.element(map.svg, prefix: String(map.fileName.dropLast(4)), label: escape(figure.label)) + "\n"
    }
    if let caption = figure.caption { out += "<figcaption class=\"note\">\(runs(caption))</figcaption>\n" }
    out += "</figure>\n"
    guard let title = figure.title else { return out }
    let orientation = PrintLayout.orientation(ofSVG: map.svg)
    return "<div class=\"map-section \(orientation)\">\n<h4>\(escape(title))</h4>\n" + out + "</div>\n"
  }

  /// The viable-count distribution as a table with a bar per row (CSS widths, no script).
  private func distribution(_ counts: ReportTable, samples: Int) -> String {
    var out = "<table class=\"distribution\">\n<thead><tr>"
    out += counts.columns.prefix(3).map { "<th class=\"num\">\(escape($0.label))</th>" }.joined()
    out += "<th></th></tr></thead>\n"
    for (index, row) in counts.rows.enumerated() {
      out += groupBoundary(index, count: counts.rows.count)
      guard case .integer(let viable) = row[0], case .integer(let count) = row[1] else { continue }
      let share = samples > 0 ? Double(count) / Double(samples) : 0
      out += "<tr><td class=\"num\">\(viable)</td><td class=\"num\">\(count)</td>"
      out += "<td class=\"num\">\(ReportNumber.percent(share))</td>"
      out +=
        "<td class=\"bar\"><span style=\"width: \(ReportNumber.fixed(share * 100, digits: 1))%\"></span></td></tr>\n"
    }
    return out + (counts.rows.isEmpty ? "" : "</tbody>\n") + "</table>\n"
  }

  /// A table of the report: its shown columns.
  private func table(_ table: ReportTable, style: ReportBlock.TableStyle) -> String {
    let columns = table.columns.indices.filter { table.columns[$0].shown }
    var classes = ["data"]
    if let extra = style.cssClass { classes.append(extra) }
    if style.compact { classes.append("compact") }
    if style.matrix { classes.append("matrix") }
    var out =
      "<div class=\"table-wrap\">\n<table class=\"\(classes.joined(separator: " "))\" id=\"table-\(escape(table.id))\">\n"
    out += "<thead><tr>"
    for index in columns {
      let column = table.columns[index]
      let classes = (column.numeric ? "num " : "") + "c-" + escape(column.key)
      out += "<th class=\"\(classes)\" scope=\"col\">\(escape(column.label))</th>"
    }
    out += "</tr></thead>\n"
    for (index, row) in table.rows.enumerated() {
      out += groupBoundary(index, count: table.rows.count)
      out +=
        (index % 2 == 1 ? "<tr class=\"alt\">" : "<tr>")
        + columns.map { cell(row[$0], column: table.columns[$0]) }.joined() + "</tr>\n"
    }
    return out + (table.rows.isEmpty ? "" : "</tbody>\n") + "</table>\n</div>\n"
  }

  /// Before row `index` of `count`: the `<tbody>` that opens each row group (``PrintLayout``),
  /// closing the one before.
  private func groupBoundary(_ index: Int, count: Int) -> String {
    guard PrintLayout.rowGroups(count: count).contains(where: { $0.lowerBound == index }) else { return "" }
    return (index == 0 ? "" : "</tbody>\n") + "<tbody>\n"
  }

  private func cell(_ cell: ReportCell, column: ReportTable.Column) -> String {
    let open = "<td class=\"\(column.numeric ? "num " : "")c-\(escape(column.key))\">"
    guard case .status(let status) = cell else {
      return open + escape(cell.shown(document.strings)) + "</td>"
    }
    return open + "<span class=\"status \(status.rawValue)\">\(escape(document.strings.status(status)))</span></td>"
  }

  // MARK: Runs

  private func runs(_ runs: [ReportRun]) -> String {
    runs.map { run in
      switch run {
      case .text(let text): escape(text)
      case .strong(let text): "<strong>\(escape(text))</strong>"
      case .bold(let text): "<b>\(escape(text))</b>"
      case .link(let text, let target): "<a href=\"\(escape(target))\">\(escape(text))</a>"
      case .code(let text): "<code>\(escape(text))</code>"
      case .identifier(let id): "<span class=\"id\">[\(escape(id))]</span>"
      }
    }.joined()
  }

  private func escape(_ text: String) -> String {
    TextEscaping.html(text)
  }
}
