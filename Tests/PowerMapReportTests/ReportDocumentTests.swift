import Foundation
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
        "summary", "power-map", "grid", "actors", "commitments", "scenarios", "ally-loss", "advice", "mactor",
        "methods",
      ])
    #expect(HTMLReport(content).render() == HTMLReport(document).render())
    #expect(MarkdownReport(content).render() == MarkdownReport(document).render())
  }
}

extension ReportDocumentTests {
  /// A model whose names hold markup: the whole report (summary, tables, scenario, steps) shows
  /// them as text in both formats.
  static let hostileModel = """
    schema: powermap/1
    name: "<script>alert(1)</script> *plan* _x_ a|b"
    actors:
      - {id: a, name: "<script>x</script> *A* _a_ |", short: "<b>A</b> *A* _a_ |", kind: agency, level: state, power: 0.6, interest: 0.7, stance: 0.8}
      - {id: b, name: B, kind: media, level: state, power: 0.5, interest: 0.5, stance: 0.6}
    relations:
      - {from: a, to: b, kind: influence, weight: 0.8}
    commitments:
      - {id: c, title: "<i>C</i> *c* _c_ |", owner: a, needs: {authority: [a], acceptance: [a, b]}}
    scenarios:
      - id: s
        title: "<script>S</script> *s* _s_ |"
        steps:
          - remove: a
    """

  @Test func modelTextWithMarkupIsEscapedByBothEmitters() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reportdoc-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("model.yaml")
    try Data(Self.hostileModel.utf8).write(to: path)
    let model = try ModelLoader.load(contentsOf: path.path).model
    let content = try await ReportContent.build(
      model: model, scenarios: model.scenarios, options: ReportOptions(samples: 0, seed: 1, date: nil))
    let html = HTMLReport(content).render()
    let markdown = MarkdownReport(content).render()
    for tag in ["<script", "<b>A", "<i>C"] {
      #expect(!html.contains(tag) && !markdown.contains(tag), "\(tag) reached the output")
    }
    #expect(html.contains("<h1>Stakeholder power report — &lt;script&gt;alert(1)&lt;/script&gt; *plan* _x_ a|b</h1>"))
    #expect(html.contains("&lt;b&gt;A&lt;/b&gt; *A* _a_ |"))
    #expect(html.contains("<h3>&lt;script&gt;S&lt;/script&gt; *s* _s_ | <span class=\"id\">[s]</span></h3>"))
    #expect(markdown.hasPrefix(#"# Stakeholder power report — &lt;script>alert(1)&lt;/script> \*plan\* \_x\_ a\|b"#))
    #expect(markdown.contains(#"| &lt;b>A&lt;/b> \*A\* \_a\_ \| |"#))
    #expect(markdown.contains(#"### &lt;script>S&lt;/script> \*s\* \_s\_ \| \[s\]"#))
    #expect(markdown.contains(#"&lt;i>C&lt;/i> \*c\* \_c\_ \|"#))
  }
}
