import PowerMapGraphviz
import Testing

@testable import PowerMapReport

/// The report's stylesheet takes the map colours from the maps' palette, with the values it
/// always had.
struct ReportStyleTests {
  @Test func statusBadgesAndBarsUseTheMapColours() {
    let css = ReportStyle.css
    #expect(css.contains(".status.viable { background: #9ecae1; border-style: solid; }"))
    #expect(css.contains(".status.at-risk { background: #fdd49e; border-style: dashed; }"))
    #expect(css.contains(".status.blocked { background: #f4a582; border: 3px double #555; font-weight: bold; }"))
    #expect(css.contains("height: .8rem; background: #6baed6; border: 1px solid #2171b5;"))
  }
}
