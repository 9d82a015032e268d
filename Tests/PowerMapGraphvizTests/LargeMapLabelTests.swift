import Foundation
import PowerMap
import Testing

@testable import PowerMapGraphviz

/// Above 60 actors the power map names the most powerful actors in full, as many as the page holds
/// with their names at the minimum size, and the others by id; the SVG's tooltips keep every name
/// (issue 14, item 1).
struct LargeMapLabelTests {
  @Test func eightyActorsTheStrongestNamedTheRestByIdEveryNameInTheTooltips() throws {
    let model = OverviewMapTests.model(actors: 80, relations: 200)
    let run = Simulation(model: model).run([])
    let options = MapOptions(kind: .power, language: .es, paper: .a4, date: "2025-01-01")
    let svg = try MapRenderer.render(run, options: options, format: .svg).data
    let (texts, titles) = try MapTestSupport.svgTexts(svg)
    let power = run.after.effectivePower
    let named = model.actors.indices.filter { texts.contains(model.actors[$0].name) }
    // Some, not all: the page holds between 10 and 79 names at 9 pt.
    #expect((10..<80).contains(named.count))
    let strongest = Set(power.indices.sorted { (power[$0], $1) > (power[$1], $0) }.prefix(named.count))
    #expect(Set(named) == strongest)
    for (index, actor) in model.actors.enumerated() {
      #expect(named.contains(index) || texts.contains(actor.id), "\(actor.id) is labelled")
      #expect(titles.contains { $0.hasPrefix(actor.name + "\n") }, "\(actor.id)'s tooltip names it")
    }
    #expect(texts.contains { $0.hasPrefix("solo los \(named.count) de más poder con nombre") })
    let map = try PrintedMapGeometry(svg: svg)
    PrintedMapTests.checkTextSizes(map, PrintedMapCase(model: "generated-80", kind: .power, paper: .a4))
  }

  @Test func theLegendSaysHowManyAreNamedInTheSingularForOne() throws {
    let run = Simulation(model: OverviewMapTests.model(actors: 80, relations: 200)).run([])
    var notes: [Int: [String]] = [:]
    for named in [1, 2] {
      var options = MapOptions(kind: .power, language: .es)
      options.namedActors = named
      notes[named] = try MapRenderer.drawing(run, options: options).legend.sections.flatMap(\.items).map(\.text)
    }
    #expect(notes[1]?.contains { $0.hasPrefix("solo el de más poder con nombre; los demás por su id") } == true)
    #expect(notes[2]?.contains { $0.hasPrefix("solo los 2 de más poder con nombre") } == true)
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
