import Foundation
import TestSupport
import Testing

/// The advice outside `advise`: `report --robust` and `render --advise`, through the command line.
struct AdviceOutputsCommandTests {
  /// The minimal model's one commitment is viable (V +0.44) but no single move keeps it viable
  /// after any one loss: the robust report says so and its data say `robust`.
  @Test func robustReportWritesTheRobustSection() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("report").path
    let result = try PowerMapBinary.run([
      "report", "models/examples/minimal.yaml", "--robust", "--lang", "en", "--date", "none", "--out", out,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
    #expect(markdown.contains("## What would it take to survive the loss of any one ally\n"))
    #expect(markdown.contains("(viable but not robust, V +0.44): no single actor's shift of up to +2.00"))
    let json = try String(contentsOfFile: out + "/data/advise.json", encoding: .utf8)
    #expect(json.contains("\"robust\" : true"))
  }

  /// Under pan-to-morena the budget's cheapest engagement is the state executive's +0.59 on it.
  @Test func renderAdviseDrawsTheDashedEdge() throws {
    let result = try PowerMapBinary.run([
      "render", "models/veracruz-2019-2020.yaml", "--map", "commitments", "--advise", "--scenario", "pan-to-morena",
      "--lang", "en", "--date", "none", "--format", "dot", "-o", "-",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let line = try #require(
      result.stdout.split(separator: "\n").first {
        $0.contains("\"actor:state-executive\" -> \"commitment:state-open-budget\"")
      })
    #expect(line.contains("style=\"dashed\""))
    #expect(line.contains("label=\"engage +0.59 on this commitment\\nV → +0.21\""))
  }
}
