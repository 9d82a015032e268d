import PowerMapGraphviz

/// A report as a format-neutral document, built once from a ``ReportContent``
/// (``ReportContent/document``): a title, a line of facts, sections of ``ReportBlock``s and a
/// closing line. ``HTMLReport`` and ``MarkdownReport`` only emit it: the decisions (which scenario
/// is the most dangerous, which sentence to write) are taken here, and each emitter escapes every
/// text run itself.
package struct ReportDocument: Sendable {
  /// The report's words (column labels, statuses, yes/no) in its language.
  package var strings: ReportStrings
  /// The title of the page (the browser tab).
  package var title: String
  /// The main heading.
  package var heading: [ReportRun]
  /// The line of facts under the heading (model, date, scenarios).
  package var meta: [ReportRun]
  /// The heading of the table of contents (HTML lists the sections).
  package var contentsTitle: String
  /// The sections, in order.
  package var sections: [Section]
  /// The closing line.
  package var footer: String

  /// One section: an anchor, a heading and its blocks.
  package struct Section: Sendable {
    /// The anchor (`summary`, `power-map`, …).
    package var id: String
    /// The class of the HTML section, if any.
    package var cssClass: String?
    /// The heading.
    package var heading: String
    /// What the section says.
    package var blocks: [ReportBlock]
  }

  /// The language of the report.
  package var language: MapLanguage { strings.language }
}
