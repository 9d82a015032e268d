import Testing

@testable import PowerMapReport

/// How the HTML report is cut into printed pages: row groups of tables and map orientations.
struct PrintLayoutTests {
  /// Groups of 3, the remainder joined to the last; fewer than 6 rows is one group.
  @Test func rowGroupsNeverLeaveFewerThanThreeRows() {
    #expect(PrintLayout.rowGroups(count: 0) == [])
    #expect(PrintLayout.rowGroups(count: 1) == [0..<1])
    #expect(PrintLayout.rowGroups(count: 5) == [0..<5])
    #expect(PrintLayout.rowGroups(count: 6) == [0..<3, 3..<6])
    #expect(PrintLayout.rowGroups(count: 8) == [0..<3, 3..<8])
    #expect(PrintLayout.rowGroups(count: 9) == [0..<3, 3..<6, 6..<9])
    #expect(PrintLayout.rowGroups(count: 20).map(\.count) == [3, 3, 3, 3, 3, 5])
  }

  /// A map wider than tall gets a landscape page; anything else (or no viewBox) a portrait one.
  @Test func orientationFollowsTheViewBox() {
    #expect(PrintLayout.orientation(ofSVG: "<svg viewBox=\"0 0 800 500\">") == "landscape")
    #expect(PrintLayout.orientation(ofSVG: "<svg viewBox=\"-14.00 -20.00 500.50 800.25\">") == "portrait")
    #expect(PrintLayout.orientation(ofSVG: "<svg width=\"10pt\">") == "portrait")
  }
}
