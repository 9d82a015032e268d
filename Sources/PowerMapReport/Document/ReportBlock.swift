import PowerMap

/// One block of a ``ReportDocument``: what the report says, not how a format shows it. The
/// emitters decide the markup; a block only names its role (a note, a card, a figure…).
package indirect enum ReportBlock: Sendable {
  /// A heading inside a section (level 3 or 4).
  case heading(String, level: Int)
  /// A paragraph of runs.
  case paragraph([ReportRun], style: ParagraphStyle = .body)
  /// A list of items, each a line of runs; `cssClass` names it in HTML.
  case list([[ReportRun]], ordered: Bool, cssClass: String? = nil)
  /// A labelled group of lines ("Plan totals: before … / after …").
  case lines(label: String, [[ReportRun]])
  /// A table.
  case table(ReportTable, TableStyle)
  /// A distribution over `samples`: a table whose first two columns are a value and its count;
  /// HTML adds a bar per row.
  case distribution(ReportTable, samples: Int)
  /// A map.
  case figure(Figure)
  /// Formulas, one per line, shown as written (code).
  case formulas([String])
  /// The number of commitments of each status, in HTML as marked counts; Markdown leaves it out
  /// (the sentence after it says the same).
  case statusCounts([StatusCount])
  /// Blocks kept together (a card, a map with its heading): a `<div>` in HTML; in Markdown the
  /// blocks read as if they were not grouped.
  case division(cssClass: String, [ReportBlock])
  /// One of a series of like items (a method, one scenario's Monte Carlo figures): a `<div>` in
  /// HTML when it has a class; Markdown ends it with a blank line.
  case item(cssClass: String?, [ReportBlock])
  /// A part with its own level-3 heading and anchor (a scenario).
  case article(id: String, cssClass: String, heading: [ReportRun], [ReportBlock])

  /// How a paragraph reads.
  package enum ParagraphStyle: Sendable {
    /// The report's text.
    case body
    /// A note on how to read what follows: smaller in HTML, italic in Markdown.
    case note
  }

  /// How a table is laid out in HTML (Markdown has one table layout).
  package struct TableStyle: Sendable {
    /// The smaller type, for wide tables.
    package var compact: Bool
    /// A matrix (numbered columns).
    package var matrix: Bool
    /// One more class of the HTML table.
    package var cssClass: String?

    /// A style with every field given.
    package init(compact: Bool, matrix: Bool = false, cssClass: String? = nil) {
      self.compact = compact
      self.matrix = matrix
      self.cssClass = cssClass
    }
  }

  /// A map in the document.
  package struct Figure: Sendable {
    /// The map.
    package var map: ReportMap
    /// What the map shows, for readers that cannot see it (alt text, aria label).
    package var label: String
    /// A title shown above the map (a level-4 heading).
    package var title: String?
    /// Under the map: where its complete drawing is (``ReportMap/overviewNote(_:)``).
    package var caption: [ReportRun]?
    /// When the map is too large to inline in HTML: the sentence before the link to its file.
    package var linkedNote: String?
  }

  /// A status and how many commitments have it.
  package struct StatusCount: Sendable {
    /// The status.
    package var status: CommitmentStatus
    /// The number of commitments.
    package var count: Int
  }
}
