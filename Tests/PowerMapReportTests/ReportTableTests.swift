import Testing

@testable import PowerMapReport

/// ``ReportTable`` as `simulate --csv` uses it: the changes table joined with the Monte Carlo table.
struct ReportTableTests {
  /// Three commitments: an id only the data carry, and a title.
  static let changes = ReportTable(
    id: "changes",
    columns: [
      ReportTable.Column(key: "commitment", label: "c", shown: false),
      ReportTable.Column(key: "title", label: "Title"),
    ],
    rows: [[.text("a"), .text("A")], [.text("b"), .text("B")], [.text("c"), .text("C")]])

  @Test func joinedAppendsTheOtherTablesNewColumnsMatchedOnTheKey() {
    let changes = Self.changes
    let monteCarlo = ReportTable(
      id: "montecarlo",
      columns: [
        ReportTable.Column(key: "id", label: "id", shown: false), ReportTable.Column(key: "title", label: "Title"),
        ReportTable.Column(key: "pViable", label: "P", numeric: true),
      ],
      rows: [[.text("b"), .text("B"), .percent(0.25)], [.text("a"), .text("A"), .percent(0.5)]])
    let joined = changes.joined(monteCarlo, key: "commitment", otherKey: "id")
    #expect(joined.id == "changes")
    #expect(joined.columns.map(\.key) == ["commitment", "title", "pViable"])
    #expect(joined.rows[0] == [.text("a"), .text("A"), .percent(0.5)])
    #expect(joined.rows[1] == [.text("b"), .text("B"), .percent(0.25)])
    #expect(joined.rows[2] == [.text("c"), .text("C"), .empty], "a commitment without figures gets empty cells")
    #expect(TableData.csv(joined) == "commitment,title,pViable\na,A,0.5\nb,B,0.25\nc,C,\n")
  }

  /// The terminal's narrower view: the named columns in the order given, data-only ones shown, unknown keys
  /// skipped, labels and cells kept.
  @Test func viewPicksTheNamedColumnsInOrderAndShowsThem() {
    let view = Self.changes.view(["title", "commitment", "synergy"])
    #expect(view.id == "changes")
    #expect(view.columns.map(\.key) == ["title", "commitment"])
    #expect(view.columns.map(\.label) == ["Title", "c"])
    #expect(view.columns.map(\.shown) == [true, true])
    #expect(view.rows == [[.text("A"), .text("a")], [.text("B"), .text("b")], [.text("C"), .text("c")]])
  }
}
