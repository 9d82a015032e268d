import Foundation
import TestSupport
import Testing

/// Big models through the CLI: `render` and `report` draw overviews above 100 actors on A4 (250 on
/// A3), and `--full`
/// draws every actor (in the report, as a linked file beside the page).
struct OverviewCommandTests {
  static let actorCount = 340

  /// A JSON model of `actorCount` actors over five levels and seven kinds, each influencing the
  /// next three, with one commitment.
  static func writeModel(in folder: URL) throws -> String {
    let kinds = ["executive", "agency", "legislature", "civil-society", "academia", "media", "citizens"]
    let levels = ["international", "federal", "state", "municipal", "community"]
    let actors = (0..<actorCount).map { index in
      let power = Double((index * 37) % 100) / 100
      let stance = Double((index * 53) % 200) / 100 - 1
      return
        "{\"id\":\"a\(index)\",\"name\":\"Actor \(index)\",\"kind\":\"\(kinds[index % 7])\","
        + "\"level\":\"\(levels[index % 5])\",\"power\":\(power),\"interest\":0.5,\"stance\":\(stance)}"
    }
    var relations: [String] = []
    for index in 0..<actorCount {
      for step in 1...3 {
        relations.append(
          "{\"from\":\"a\(index)\",\"to\":\"a\((index + step * 7) % actorCount)\",\"kind\":\"influence\","
            + "\"weight\":0.\(step + 2)}")
      }
    }
    let commitment =
      "{\"id\":\"c0\",\"title\":\"Commitment\",\"owner\":\"a0\","
      + "\"needs\":{\"authority\":[\"a0\"],\"acceptance\":[\"a1\",\"a2\"],\"ability\":[\"a3\"]}}"
    let json =
      "{\"schema\":\"powermap/1\",\"name\":\"Big\",\"actors\":[" + actors.joined(separator: ",") + "],\"relations\":["
      + relations.joined(separator: ",") + "],\"commitments\":[" + commitment + "]}"
    let path = folder.appendingPathComponent("big.json").path
    try Data(json.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// How many actor nodes an SVG map draws (edge titles name two nodes joined by "->").
  static func actorNodes(_ svg: String) -> Int {
    svg.components(separatedBy: "<title>actor:").dropFirst().filter {
      !($0.prefix { $0 != "<" }.contains("&#45;&gt;"))
    }.count
  }

  @Test func renderDrawsAnOverviewAndFullDrawsEveryActor() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let model = try Self.writeModel(in: folder)
    let overview = folder.appendingPathComponent("overview.svg")
    let first = try PowerMapBinary.run(["render", model, "--map", "power", "--date", "none", "-o", overview.path])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stderr.contains("power map (overview; --full draws every actor)"))
    let overviewSVG = try String(contentsOf: overview, encoding: .utf8)
    // Fitted to A4: fewer than 100 actors drawn one by one (as many as the page holds named).
    #expect(Self.actorNodes(overviewSVG) < 100)
    // Its 35 groups by level and kind do not fit A4 at 7 pt: one group per level.
    #expect(overviewSVG.contains("<title>group:federal</title>"))
    #expect(overviewSVG.contains("in 5 groups by level<"))
    #expect(overviewSVG.contains("Power map (overview)"))

    let full = folder.appendingPathComponent("full.svg")
    let second = try PowerMapBinary.run([
      "render", model, "--map", "power", "--full", "--date", "none", "-o", full.path,
    ])
    #expect(second.status == 0, "\(second.stderr)")
    #expect(!second.stderr.contains("overview"))
    let fullSVG = try String(contentsOf: full, encoding: .utf8)
    #expect(Self.actorNodes(fullSVG) == Self.actorCount)
    #expect(!fullSVG.contains("<title>group:"))
  }

  @Test func theReportEmbedsOverviewsAndLinksTheFullMapsOnlyWithFull() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let model = try Self.writeModel(in: folder)
    let plain = folder.appendingPathComponent("plain")
    let first = try PowerMapBinary.run(["report", model, "--date", "none", "--out", plain.path])
    #expect(first.status == 0, "\(first.stderr)")
    let page = try String(contentsOf: plain.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(page.contains("<code>powermap report --full</code>"))
    #expect(!FileManager.default.fileExists(atPath: plain.appendingPathComponent("map-power-full.svg").path))
    #expect(page.contains("The 300 most powerful of 340 actors; every actor is in data/actors.csv."))
    let csv = try String(contentsOf: plain.appendingPathComponent("data/actors.csv"), encoding: .utf8)
    #expect(csv.split(separator: "\n").count == Self.actorCount + 1)
    // The one-commitment map is linked beside the page, not inlined.
    #expect(page.contains("the map of each commitment is a file of its own: <a href=\"map-commitment-c0.svg\">"))
    #expect(!page.contains("id=\"map-commitment-c0"))
    #expect(FileManager.default.fileExists(atPath: plain.appendingPathComponent("map-commitment-c0.svg").path))

    let full = folder.appendingPathComponent("full")
    let second = try PowerMapBinary.run(["report", model, "--full", "--date", "none", "--out", full.path])
    #expect(second.status == 0, "\(second.stderr)")
    let fullPage = try String(contentsOf: full.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(fullPage.contains("<a href=\"map-power-full.svg\">map-power-full.svg</a>"))
    #expect(fullPage.contains("<a href=\"map-grid-full.svg\">map-grid-full.svg</a>"))
    let fullMap = try String(contentsOf: full.appendingPathComponent("map-power-full.svg"), encoding: .utf8)
    #expect(Self.actorNodes(fullMap) == Self.actorCount)
    // The page inlines the overviews (100 actors on the power map, 150 on the grid), not the full maps.
    #expect(Self.actorNodes(fullPage) == Self.actorNodes(page))
    let markdown = try String(contentsOf: full.appendingPathComponent("report.md"), encoding: .utf8)
    #expect(markdown.contains("[map-power-full.svg](map-power-full.svg)"))
  }
}
