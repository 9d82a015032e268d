import PowerMap

/// One table of a report. The same rows feed the HTML page, the Markdown file and `data/` (as CSV
/// and JSON), so the three always agree.
package struct ReportTable: Sendable {
  /// A column: its key in CSV headers and JSON objects, its label in the report.
  package struct Column: Sendable {
    /// The camelCase key of the data files (`effectivePower`).
    package var key: String
    /// The heading shown in the report, in its language.
    package var label: String
    /// Whether the column holds numbers (right-aligned).
    package var numeric: Bool
    /// False for a column only the data files carry (an id beside the name shown).
    package var shown: Bool
    /// False for a column only the report shows (a row number).
    package var inData: Bool

    /// A column with every field given.
    package init(key: String, label: String, numeric: Bool = false, shown: Bool = true, inData: Bool = true) {
      self.key = key
      self.label = label
      self.numeric = numeric
      self.shown = shown
      self.inData = inData
    }
  }

  /// The file stem under `data/` (`actors` → `data/actors.csv` and `data/actors.json`).
  package var id: String
  /// The columns.
  package var columns: [Column]
  /// The rows, each with one cell per column.
  package var rows: [[ReportCell]]

  /// A table with every field given; preconditions: every row has one cell per column, and the
  /// data columns have distinct keys.
  package init(id: String, columns: [Column], rows: [[ReportCell]]) {
    precondition(rows.allSatisfy { $0.count == columns.count }, "every row needs one cell per column")
    let keys = columns.filter(\.inData).map(\.key)
    precondition(Set(keys).count == keys.count, "data columns need distinct keys")
    self.id = id
    self.columns = columns
    self.rows = rows
  }

  /// The first `count` rows (all when there are fewer).
  package func prefix(_ count: Int) -> ReportTable {
    ReportTable(id: id, columns: columns, rows: Array(rows.prefix(count)))
  }

  /// The columns named by `keys`, in that order and all shown (a key the table lacks is skipped), with
  /// their labels and cells: a narrower view of the same table, as the terminal prints one too wide
  /// to show whole.
  package func view(_ keys: [String]) -> ReportTable {
    let indices = keys.compactMap { key in columns.firstIndex { $0.key == key } }
    let viewed = indices.map { index -> Column in
      var column = columns[index]
      column.shown = true
      return column
    }
    return ReportTable(id: id, columns: viewed, rows: rows.map { row in indices.map { row[$0] } })
  }

  /// This table with the columns of `other` it lacks appended, rows matched on the text of
  /// column `key` here and `otherKey` there (``ReportCell/empty`` where `other` has no row).
  package func joined(_ other: ReportTable, key: String, otherKey: String) -> ReportTable {
    guard let index = columns.firstIndex(where: { $0.key == key }),
      let otherIndex = other.columns.firstIndex(where: { $0.key == otherKey })
    else { return self }
    let keys = Set(columns.map(\.key))
    let added = other.columns.indices.filter { $0 != otherIndex && !keys.contains(other.columns[$0].key) }
    var rowsByKey: [ReportCell: [ReportCell]] = [:]
    for row in other.rows where rowsByKey[row[otherIndex]] == nil { rowsByKey[row[otherIndex]] = row }
    let rows = self.rows.map { row in
      row + added.map { rowsByKey[row[index]]?[$0] ?? .empty }
    }
    return ReportTable(id: id, columns: columns + added.map { other.columns[$0] }, rows: rows)
  }
}
