import Testing

@testable import PowerMapGraphviz

struct GraphvizLibraryTests {
  @Test func linkedGraphvizReportsItsVersion() {
    let version = GraphvizLibrary.version
    #expect(version.split(separator: ".").count >= 2)
    #expect(version != "unknown")
  }
}
