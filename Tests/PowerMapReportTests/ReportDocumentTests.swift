import PowerMap
import PowerMapGraphviz
import Testing

@testable import PowerMapReport

/// The emitters of ``ReportDocument``: every text run is escaped by the emitter itself, in HTML
/// and in Markdown, whatever block holds it.
struct ReportDocumentTests {
  static let hostile = "<script>alert(1)</script> *x* _y_ a|b"

  private func document(content: ReportContent) -> ReportDocument {
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

  @Test func htmlEscapesEveryRunOfEveryBlock() async throws {
    let content = try await ReportContentTests.content()
    let html = HTMLReport(content: content, document: document(content: content)).render()
    #expect(!html.contains("<script>"))
    let escaped = "&lt;script&gt;alert(1)&lt;/script&gt; *x* _y_ a|b"
    #expect(html.contains("<title>\(escaped)</title>"))
    #expect(html.contains("<h3>\(escaped)</h3>"))
    #expect(html.contains("<strong>\(escaped)</strong><b>\(escaped)</b><a href=\"#a\">\(escaped)</a>"))
    #expect(html.contains("<span class=\"id\">[\(escaped)]</span>"))
    #expect(html.contains("<p class=\"note\">\(escaped)</p>"))
    #expect(html.contains("<li>\(escaped)</li>"))
    #expect(html.contains("<th class=\"c-k\" scope=\"col\">\(escaped)</th>"))
    #expect(html.contains("<td class=\"c-k\">\(escaped)</td>"))
    #expect(html.contains("<div class=\"card\">\n<p>\(escaped)</p>\n</div>"))
  }

  @Test func markdownEscapesEveryRunOfEveryBlock() async throws {
    let content = try await ReportContentTests.content()
    let markdown = MarkdownReport(content: content, document: document(content: content)).render()
    #expect(!markdown.contains("<script>"))
    let escaped = #"&lt;script>alert(1)&lt;/script> \*x\* \_y\_ a\|b"#
    #expect(markdown.hasPrefix("# \(escaped)\n\n**\(escaped)**\n\n## \(escaped)\n\n### \(escaped)\n\n"))
    // A link inside the page is strong text: the Markdown has no anchors.
    #expect(markdown.contains("\n\(escaped)**\(escaped)****\(escaped)****\(escaped)**\\[\(escaped)\\]\n"))
    #expect(markdown.contains("\n_\(escaped)_\n"))
    #expect(markdown.contains("\n- \(escaped)\n"))
    #expect(markdown.contains("\n| \(escaped) |\n| --- |\n| \(escaped) |\n| **✕ blocked** |\n"))
    #expect(markdown.hasSuffix("\n\n---\n\n\(escaped)\n"))
  }

  @Test func bothFormatsComeFromOneDocumentOfTheContent() async throws {
    let content = try await ReportContentTests.content()
    let document = content.document
    #expect(
      document.sections.map(\.id) == [
        "summary", "power-map", "grid", "actors", "commitments", "scenarios", "ally-loss", "mactor", "methods",
      ])
    #expect(HTMLReport(content).render() == HTMLReport(content: content, document: document).render())
    #expect(MarkdownReport(content).render() == MarkdownReport(content: content, document: document).render())
  }
}
