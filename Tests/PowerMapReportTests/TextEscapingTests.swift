import Testing

@testable import PowerMapReport

struct TextEscapingTests {
  @Test func htmlEscapesMarkupAndQuotes() {
    #expect(
      TextEscaping.html("<script>alert('x') & \"y\"</script>")
        == "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;")
    #expect(TextEscaping.html("Órgano de Fiscalización 😀") == "Órgano de Fiscalización 😀")
  }

  @Test func markdownEscapesPunctuationTablesAndLineBreaks() {
    #expect(TextEscaping.markdown("a|b *c* [d](e) <f> & g\nh") == "a\\|b \\*c\\* \\[d\\]\\(e\\) &lt;f\\> &amp; g h")
    #expect(TextEscaping.markdown("# not a heading") == "\\# not a heading")
  }
}
