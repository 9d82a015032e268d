import PowerMapReport
import Testing

@testable import powermap

/// The terminal cuts long lists (a pairs sweep's "Weakened" can name 70 actors); the data keep them.
struct TextTableListTests {
  static func table(_ count: Int) -> ReportTable {
    let ids = (0..<count).map { "a\($0)" }
    return ReportTable(
      id: "t", columns: [.init(key: "ids", label: "Weakened")],
      rows: [[.list(ids, shown: ids.map { "Actor \($0)" })]])
  }

  @Test func aListOfSeventyShowsFourNamesAndHowManyMore() {
    let text = TextTable.render(Self.table(70), strings: ReportStrings(.en))
    let row = text.split(separator: "\n")[2]
    #expect(row == "  Actor a0, Actor a1, Actor a2, Actor a3, … +66")
  }

  @Test func aListOfFiveIsShownWhole() {
    let text = TextTable.render(Self.table(5), strings: ReportStrings(.en))
    #expect(text.split(separator: "\n")[2] == "  Actor a0, Actor a1, Actor a2, Actor a3, Actor a4")
  }

  @Test func theDataKeepEveryItem() {
    let csv = TableData.csv(Self.table(70))
    #expect(csv.contains("a69"))
  }
}
