import Foundation
import PowerMap
import Testing

@testable import PowerMapGraphviz

/// Above 60 actors the power map names the 30 most powerful actors in full and the others by id;
/// the SVG's tooltips keep every name (issue 14, item 1).
struct LargeMapLabelTests {
  @Test func eightyActorsThirtyNamedTheRestByIdEveryNameInTheTooltips() throws {
    let model = OverviewMapTests.model(actors: 80, relations: 200)
    let run = Simulation(model: model).run([])
    let options = MapOptions(kind: .power, language: .es, paper: .a4, date: "2025-01-01")
    let svg = try MapRenderer.render(run, options: options, format: .svg).data
    let (texts, titles) = try MapTestSupport.svgTexts(svg)
    let power = run.after.effectivePower
    let strongest = Set(power.indices.sorted { (power[$0], $1) > (power[$1], $0) }.prefix(30))
    for (index, actor) in model.actors.enumerated() {
      let named = texts.contains(actor.name)
      #expect(named == strongest.contains(index), "\(actor.id) at power \(power[index])")
      #expect(named || texts.contains(actor.id), "\(actor.id) is labelled")
      #expect(titles.contains { $0.hasPrefix(actor.name + "\n") }, "\(actor.id)'s tooltip names it")
    }
    #expect(texts.contains { $0.hasPrefix("solo los 30 de más poder con nombre") })
    let map = try PrintedMapGeometry(svg: svg)
    let names = map.texts.filter { $0.bold && $0.owner.hasPrefix("actor:") }
    // Not yet at the minimum: the map of more than 60 actors is drawn by sfdp, not fitted to the page.
    print("measured: generated-80 power a4: names ≥ \(PrintedMapTests.rounded(names.map(\.points).min())) pt")
  }

  @Test func sixtyActorsAreAllNamed() throws {
    let model = OverviewMapTests.model(actors: 60, relations: 150)
    let drawing = try MapRenderer.drawing(Simulation(model: model).run([]), options: MapOptions(kind: .power))
    let labels = drawing.body.nodes.compactMap { node -> String? in
      guard case .html(let label)? = node.attributes["label"] else { return nil }
      return label.markup
    }
    #expect(labels.count == 60)
    #expect(labels.allSatisfy { $0.contains("Actor ") })
  }
}
