import Testing

@testable import PowerMap

struct ScenarioFileHintTests {
  /// A scenario file loaded as a model: the library's hint names no command-line flag.
  @Test func aScenarioLoadedAsAModelIsHintedWithoutAFlag() throws {
    let scenario = """
      id: lose-orfis
      title: ORFIS leaves
      steps:
        - remove: orfis
      """
    do {
      _ = try ModelLoader.load(bytes: Array(scenario.utf8), file: "lose-orfis.yaml")
      Issue.record("a scenario file loaded as a model")
    } catch {
      let hints = error.diagnostics.compactMap(\.hint)
      #expect(hints == ["load it as a scenario, together with a model"])
      #expect(hints.allSatisfy { !$0.contains("--") })
    }
  }
}
