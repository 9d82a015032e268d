import Foundation
import PowerMap
import Testing

@testable import PowerMapGraphviz

/// `render --map commitments --advise` (and `--map commitment`): the cheapest engagement of rule 11
/// drawn on each target, read from the advice given in the options (the map computes none).
///
/// Under pan-to-morena the 2019-2020 plan has one commitment that is not viable, the state's open
/// budget (blocked, V −0.20); its cheapest engagement is the state executive's +0.59 on that
/// commitment, V → +0.21 (`powermap advise … --scenario pan-to-morena` prints the same).
struct AdviceMarksTests {
  static func composed(_ kind: MapKind, language: MapLanguage = .en) throws -> ComposedMap {
    let model = try MapTestSupport.model("veracruz-2019-2020.yaml")
    let scenario = try MapTestSupport.panToMorena(for: model)
    var options = MapOptions(kind: kind, language: language, commitment: "state-open-budget")
    options.advice = try AdviceSearch.run(
      model: model, scenarios: [scenario], targets: kind == .commitment ? ["state-open-budget"] : nil)
    return try MapRenderer.compose(Simulation(model: model).run([scenario]), options: options)
  }

  @Test func commitmentsMapDrawsADashedEngageEdge() throws {
    let graph = try Self.composed(.commitments).graph
    let advice = graph.edges.filter { $0.attributes["class"] == .plain("advice") }
    #expect(advice.count == 1)
    let edge = try #require(advice.first)
    #expect(edge.from == "actor:state-executive" && edge.to == "commitment:state-open-budget")
    #expect(edge.attributes["style"] == .plain("dashed"))
    #expect(edge.attributes["label"] == .text("engage +0.59 on this commitment\nV → +0.21"))
    let actor = try #require(graph.nodes.first { $0.name == "actor:state-executive" })
    #expect(actor.attributes["color"] == .plain(AdviceMarks.color))
  }

  @Test func spanishWordsAndTheSVG() throws {
    let composed = try Self.composed(.commitments, language: .es)
    let edge = try #require(composed.graph.edges.first { $0.attributes["class"] == .plain("advice") })
    #expect(edge.attributes["label"] == .text("convencer +0.59 en este compromiso\nV → +0.21"))
    let svg = try MapRenderer.render(composed, format: .svg).data
    let texts = try MapTestSupport.svgTexts(svg).texts
    #expect(texts.contains("convencer +0.59 en este compromiso"))
    #expect(texts.contains("Qué haría falta"))
    #expect(String(decoding: svg, as: UTF8.self).contains("stroke-dasharray"))
  }

  @Test func oneCommitmentMapDrawsTheActorAndItsEdge() throws {
    let graph = try Self.composed(.commitment).graph
    let edge = try #require(graph.edges.first { $0.attributes["class"] == .plain("advice") })
    #expect(edge.from == "advice" && edge.to == "commitment")
    #expect(edge.attributes["style"] == .plain("dashed"))
    let ids = graph.edges.compactMap { $0.attributes["id"].map { "\($0)" } }
    #expect(Set(ids).count == ids.count, "edge ids repeat")
  }

  @Test func withoutAdviceNothingIsMarked() throws {
    let model = try MapTestSupport.model("veracruz-2019-2020.yaml")
    let scenario = try MapTestSupport.panToMorena(for: model)
    let graph = try MapRenderer.compose(
      Simulation(model: model).run([scenario]), options: MapOptions(kind: .commitments)
    ).graph
    #expect(!graph.edges.contains { $0.attributes["class"] == .plain("advice") })
  }
}
