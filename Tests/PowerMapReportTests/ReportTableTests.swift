import Testing

@testable import PowerMapReport

/// ``ReportTable`` as `simulate --csv` uses it: the changes table joined with the Monte Carlo table.
struct ReportTableTests {
  @Test func joinedAppendsTheOtherTablesNewColumnsMatchedOnTheKey() {
    let changes = ReportTable(
      id: "changes",
      columns: [
        ReportTable.Column(key: "commitment", label: "c", shown: false),
        ReportTable.Column(key: "title", label: "Title"),
      ],
      rows: [[.text("a"), .text("A")], [.text("b"), .text("B")], [.text("c"), .text("C")]])
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
    let table = ReportTable(
      id: "commitments",
      columns: [
        ReportTable.Column(key: "id", label: "Commitment", shown: false),
        ReportTable.Column(key: "title", label: "Commitment"),
        ReportTable.Column(key: "viability", label: "Viability", numeric: true),
      ],
      rows: [[.text("a"), .text("A [a]"), .signed(0.5, digits: 2)], [.text("b"), .text("B [b]"), .empty]])
    let view = table.view(["viability", "id", "synergy"])
    #expect(view.id == "commitments")
    #expect(view.columns.map(\.key) == ["viability", "id"])
    #expect(view.columns.map(\.label) == ["Viability", "Commitment"])
    #expect(view.columns.map(\.shown) == [true, true])
    #expect(view.columns.map(\.numeric) == [true, false])
    #expect(view.rows == [[.signed(0.5, digits: 2), .text("a")], [.empty, .text("b")]])
  }
}
