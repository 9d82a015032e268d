/// Builds the tables every output shares (``ReportTable``): the report shows them (HTML,
/// Markdown) and writes them to `data/`, and the CLI prints the same tables with `--csv`
/// (`analyze`, `simulate`, `sweep`), so a table has the same columns wherever it appears. One
/// builder holds how tables are worded: the report's language and how actors are named.
package struct TableBuilder {
  /// The words of the shown columns and cells.
  package let strings: ReportStrings
  /// The short name of an actor by id.
  package let shortName: (String) -> String

  /// A builder labelling in `strings`' language and naming actors by `shortName`.
  package init(strings: ReportStrings, shortName: @escaping (String) -> String) {
    self.strings = strings
    self.shortName = shortName
  }

  /// A column of the data files (`key`) shown under the report's phrase for `label`.
  func column(_ key: String, _ label: ReportStrings.Key, numeric: Bool = false) -> ReportTable.Column {
    ReportTable.Column(key: key, label: strings[label], numeric: numeric)
  }

  /// A column only the data files carry (an id beside the name shown), labelled by the report's phrase for
  /// `label` where a narrower view shows it (``ReportTable/view(_:)``), else by its key.
  func dataColumn(_ key: String, _ label: ReportStrings.Key? = nil, numeric: Bool = false) -> ReportTable.Column {
    ReportTable.Column(key: key, label: label.map { strings[$0] } ?? key, numeric: numeric, shown: false)
  }

  /// Actor ids in the data, their short names in the report.
  func actorList(_ ids: [String]) -> ReportCell {
    .list(ids, shown: ids.map(shortName))
  }
}
