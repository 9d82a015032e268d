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
    #expect(TextEscaping.markdown("a|b *c* [d](e) <f> & g\nh") == "a\\|b \\*c\\* \\[d\\](e) &lt;f> &amp; g h")
    #expect(TextEscaping.markdown("`x` ~~y~~ _z_ \\") == "\\`x\\` \\~\\~y\\~\\~ \\_z\\_ \\\\")
    #expect(TextEscaping.markdown("(+0.48) ! # x") == "(+0.48) ! # x", "nothing to escape inside a line")
  }

  @Test func markdownLineCannotStartAListARuleOrACodeBlock() {
    #expect(TextEscaping.markdownLine("- not a list") == "\\- not a list")
    #expect(TextEscaping.markdownLine("# not a heading") == "\\# not a heading")
    #expect(TextEscaping.markdownLine("> not a quote") == "\\> not a quote")
    #expect(TextEscaping.markdownLine("+ not a list") == "\\+ not a list")
    #expect(TextEscaping.markdownLine("---") == "\\---")
    #expect(TextEscaping.markdownLine("==") == "\\==")
    #expect(TextEscaping.markdownLine("12. not a list") == "12\\. not a list")
    #expect(TextEscaping.markdownLine("3) not a list") == "3\\) not a list")
    #expect(TextEscaping.markdownLine("    code?") == "code?")
    #expect(TextEscaping.markdownLine("2019 was a year. Fine") == "2019 was a year. Fine")
  }
}
