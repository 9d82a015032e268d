/// One run of inline text in a ``ReportDocument``: plain words with at most one mark. Runs hold
/// the text as it is; the emitters (``HTMLReport``, ``MarkdownReport``) escape every run
/// themselves, so no text from a model reaches either format unescaped.
package enum ReportRun: Sendable, Equatable {
  /// Plain text.
  case text(String)
  /// Text that matters (a name in a sentence): `<strong>` in HTML, `**…**` in Markdown.
  case strong(String)
  /// Text set apart without extra weight (a label, a status reached): `<b>` in HTML, `**…**` in
  /// Markdown.
  case bold(String)
  /// A link. A target inside the page (`#…`) shows in Markdown as strong text: the Markdown file
  /// has no anchors.
  case link(String, target: String)
  /// Something to type or a file name: `<code>` in HTML, backticks in Markdown.
  case code(String)
  /// An id shown after a name in brackets (`[pan-to-morena]`), set apart in HTML.
  case identifier(String)
}
