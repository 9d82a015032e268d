import Foundation
import PowerMap
import Testing

@testable import PowerMapGraphviz

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The one-commitment map (`--map commitment`): every commitment of both shipped models, drawn
/// for A4, prints actor names at 9 pt or more and every other text at 7 pt or more, and shows the
/// engine's numbers: each listed actor's p̂·q·s*, the needs' net support, V and the obstacles.
struct CommitmentMapTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var model: String
    var commitment: String
    var testDescription: String { "\(commitment) of \(model)" }
  }

  static let cases: [Case] = MapTestSupport.shippedModels.flatMap { file in
    ((try? MapTestSupport.model(file))?.commitments ?? []).map { Case(model: file, commitment: $0.id) }
  }

  /// A text of the SVG and its size in points on the printed page.
  struct PrintedText {
    var text: String
    var points: Double
  }

  /// Every text of a map's SVG with its printed size: its font size through the drawing's scale
  /// (`<g id="graph0" transform="scale(s …)">`) and the ratio of the page size (pt) to the viewBox.
  static func printedTexts(_ svg: Data) throws -> [PrintedText] {
    let text = String(decoding: svg, as: UTF8.self)
    /// The numbers of the first capture of `pattern` in the SVG.
    func numbers(_ pattern: String) throws -> [Double] {
      let expression = try NSRegularExpression(pattern: pattern)
      let match = try #require(expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)))
      let range = try #require(Range(match.range(at: 1), in: text))
      return text[range].split(separator: " ").compactMap { Double($0) }
    }
    let width = try #require(try numbers(#"<svg width="([0-9.]+)pt""#).first)
    let box = try numbers(#"viewBox="([^"]*)""#)
    try #require(box.count == 4)
    let scale =
      try #require(try numbers(#"id="graph0" class="graph" transform="scale\(([0-9.]+) "#).first)
      * width / box[2]
    let document = try XMLDocument(data: svg, options: [])
    return try document.nodes(forXPath: "//*[local-name()='text']").compactMap { node in
      guard let size = try node.nodes(forXPath: "@font-size").first?.stringValue.flatMap(Double.init) else {
        return nil
      }
      return PrintedText(text: node.stringValue ?? "", points: size * scale)
    }
  }

  @Test(arguments: cases)
  func everyCommitmentReadsAtA4(_ test: Case) throws {
    let model = try MapTestSupport.model(test.model)
    let run = Simulation(model: model).run([])
    let position = try #require(model.commitments.firstIndex { $0.id == test.commitment })
    let viability = run.after.viabilities[position]
    let svg = try MapRenderer.render(
      run, options: MapOptions(kind: .commitment, language: .es, paper: .a4, commitment: test.commitment),
      format: .svg
    ).data
    let texts = try Self.printedTexts(svg)
    let names = Set(
      viability.contributions.compactMap { row in
        model.actors.first { $0.id == row.actor }.map { MapText.wrapped($0.short, width: 22) }
      }.flatMap { $0.split(separator: "\n").map(String.init) })
    #expect(!names.isEmpty)
    for text in texts where !text.text.trimmingCharacters(in: .whitespaces).isEmpty {
      let minimum = names.contains(text.text) ? 9.0 : 7.0
      #expect(text.points >= minimum - 0.05, "'\(text.text)' prints at \(text.points) pt")
    }
    let drawn = texts.map(\.text)
    for name in names { #expect(drawn.contains(name), "\(name) is not drawn") }
    // Each actor's term, as the engine computed it, is in its row.
    for row in viability.contributions {
      #expect(drawn.contains(MapNumber.signed(row.term)), "\(row.actor)'s term \(row.term)")
    }
    let joined = drawn.joined(separator: "\n")
    #expect(joined.contains("V " + MapNumber.signed(viability.viability)))
    #expect(joined.contains(MapStrings(.es).status(viability.status).uppercased()))
    for obstacle in model.obstacles where obstacle.blocks.contains(test.commitment) {
      let firstLine = MapText.wrapped(obstacle.title, width: 34).split(separator: "\n")[0]
      #expect(joined.contains(firstLine), "obstacle \(obstacle.id)")
    }
  }

  /// Hand-checked: in 2019-2020, public-works-data lists ORFIS once for authority.
  @Test func theNeedTableShowsTheEnginesTerms() throws {
    let model = try MapTestSupport.model("veracruz-2019-2020.yaml")
    let analysis = Simulation(model: model).run([]).after
    let viability = try #require(analysis.viabilities.first { $0.id == "public-works-data" })
    let orfis = try #require(viability.contributions.first { $0.dimension == .authority })
    #expect(orfis.actor == "orfis")
    let index = try #require(analysis.state.index(of: "orfis"))
    #expect(
      abs(
        orfis.term - analysis.effectivePower[index] * analysis.state.actors[index].interest
          * analysis.effectiveStance[index]) < 1e-12)
    #expect(abs(viability.dimensions.authority! - orfis.term / orfis.denominator) < 1e-12)
  }

  @Test func anUnknownCommitmentIsRefusedWithTheClosestID() throws {
    let model = try MapTestSupport.model("veracruz-2019-2020.yaml")
    let run = Simulation(model: model).run([])
    #expect(
      throws: MapError.invalidOption(
        "the model has no commitment 'public-works-dat' (hint: did you mean 'public-works-data'?)")
    ) {
      try MapRenderer.render(
        run, options: MapOptions(kind: .commitment, commitment: "public-works-dat"), format: .dot)
    }
    #expect(throws: MapError.self) {
      try MapRenderer.render(run, options: MapOptions(kind: .commitment), format: .dot)
    }
  }
}
