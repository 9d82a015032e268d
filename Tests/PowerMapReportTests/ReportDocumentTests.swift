import PowerMap
import PowerMapGraphviz
import Testing

@testable import PowerMapReport

/// The emitters of ``ReportDocument``: every text run is escaped by the emitter itself, in HTML
/// and in Markdown, whatever block holds it.
struct ReportDocumentTests {
  static let hostile = "<script>alert(1)</script> *x* _y_ a|b"

  private var hostileDocument: ReportDocument {
    let text = Self.hostile
    let table = ReportTable(
      id: "t", columns: [ReportTable.Column(key: "k", label: text)],
      rows: [[.text(text)], [.status(.blocked)]])
    let blocks: [ReportBlock] = [
      .heading(text, level: 3),
      .paragraph([.text(text), .strong(text), .bold(text), .link(text, target: "#a"), .identifier(text)]),
      .paragraph([.text(text)], style: .note),
      .list([[.text(text)]], ordered: false),
      .table(table, .init(compact: true)),
      .division(cssClass: "card", [.paragraph([.text(text)])]),
    ]
    return ReportDocument(
      strings: ReportStrings(.en), title: text, heading: [.text(text)], meta: [.strong(text)], contentsTitle: text,
      sections: [ReportDocument.Section(id: "s", cssClass: nil, heading: text, blocks: blocks)], footer: text)
  }

  @Test func bothEmittersEscapeEveryRunOfEveryBlock() {
    let document = hostileDocument
    let html = HTMLReport(document).render()
    let markdown = MarkdownReport(document).render()
    #expect(!html.contains("<script>") && !markdown.contains("<script>"))
    let h = "&lt;script&gt;alert(1)&lt;/script&gt; *x* _y_ a|b"
    let m = #"&lt;script>alert(1)&lt;/script> \*x\* \_y\_ a\|b"#
    // (HTML, Markdown) fragments of the same blocks; a link inside the page is strong text in
    // Markdown, which has no anchors.
    let fragments = [
      ("<title>\(h)</title>\n", "# \(m)\n\n**\(m)**\n\n## \(m)\n\n"),
      ("<h3>\(h)</h3>\n", "\n### \(m)\n"),
      (
        "<p>\(h)<strong>\(h)</strong><b>\(h)</b><a href=\"#a\">\(h)</a><span class=\"id\">[\(h)]</span></p>",
        "\n\(m)**\(m)****\(m)****\(m)**\\[\(m)\\]\n"
      ),
      ("<p class=\"note\">\(h)</p>\n", "\n_\(m)_\n"),
      ("<li>\(h)</li>\n", "\n- \(m)\n"),
      ("<th class=\"c-k\" scope=\"col\">\(h)</th>", "\n| \(m) |\n| --- |\n"),
      ("<td class=\"c-k\">\(h)</td>", "\n| \(m) |\n| **✕ blocked** |\n"),
      ("<div class=\"card\">\n<p>\(h)</p>\n</div>\n", "\n\n---\n\n\(m)\n"),
    ]
    for (htmlFragment, markdownFragment) in fragments {
      #expect(html.contains(htmlFragment), "\(htmlFragment)")
      #expect(markdown.contains(markdownFragment), "\(markdownFragment)")
    }
  }

  @Test func bothFormatsComeFromOneDocumentOfTheContent() async throws {
    let content = try await ReportContentTests.content()
    let document = content.document
    #expect(
      document.sections.map(\.id) == [
        "summary", "power-map", "grid", "actors", "commitments", "scenarios", "ally-loss", "mactor", "methods",
      ])
    #expect(HTMLReport(content).render() == HTMLReport(document).render())
    #expect(MarkdownReport(content).render() == MarkdownReport(document).render())
  }
}
