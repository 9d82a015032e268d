import Foundation
import PowerMap
import Testing

@testable import PowerMapGraphviz

struct MapRendererTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var model: String
    var kind: MapKind
    var testDescription: String { "\(kind.rawValue) map of \(model)" }
  }

  static let cases = MapTestSupport.shippedModels.flatMap { model in
    MapKind.allCases.map { Case(model: model, kind: $0) }
  }

  /// Every map of both shipped models in every format: valid SVG naming every actor, PNG and PDF
  /// with their headers and real content, DOT that Graphviz reads back.
  @Test(arguments: cases)
  func everyMapOfTheShippedModelsInEveryFormat(_ test: Case) throws {
    let model = try MapTestSupport.model(test.model)
    let scenarios = test.kind == .scenario ? [try MapTestSupport.panToMorena(for: model)] : []
    let options = MapOptions(
      kind: test.kind, language: .es, paper: .a4, dpi: 72, date: "2025-01-01", commitment: model.commitments.first?.id)
    let composed = try MapRenderer.compose(Simulation(model: model).run(scenarios), options: options)

    let svg = try MapRenderer.render(composed, format: .svg).data
    let (texts, titles) = try MapTestSupport.svgTexts(svg)
    let drawn = texts.joined(separator: "\n")
    let actors: [Actor]
    switch test.kind {
    case .commitments: actors = Self.listedActors(model)
    case .commitment: actors = Self.listedActors(model, in: model.commitments.prefix(1))
    default: actors = model.actors
    }
    for actor in actors {
      let firstLine = MapText.wrapped(actor.short, width: 14).split(separator: "\n")[0]
      #expect(drawn.contains(firstLine), "\(actor.short) is not drawn")
      // The one-commitment map names its actors in its needs' tooltips.
      #expect(
        titles.contains { test.kind == .commitment ? $0.contains(actor.name) : $0.hasPrefix(actor.name) },
        "\(actor.name) has no tooltip")
    }
    #expect(texts.contains { $0.contains(model.name) }, "the title names the model")

    let png = try MapRenderer.render(composed, format: .png, dpi: 72).data
    let size = try #require(MapTestSupport.pngSize(png))
    #expect(Set([size.width, size.height]) == [595, 842] || Set([size.width, size.height]) == [595, 841])
    #expect(png.count > 20_000, "a PNG of a whole map is not a blank page")

    let pdf = try MapRenderer.render(composed, format: .pdf).data
    let page = try #require(MapTestSupport.pdfMediaBox(pdf))
    #expect(Set([page.width.rounded(), page.height.rounded()]).isSubset(of: [595, 841, 842]))
    #expect(pdf.count > 10_000)

    let dot = try MapRenderer.render(composed, format: .dot).data
    let again = try Graphviz.shared.render(dot: String(decoding: dot, as: UTF8.self), format: "svg")
    #expect(again.data.count > 1000, "Graphviz reads the DOT output back")
  }

  static func listedActors(_ model: Model, in commitments: ArraySlice<Commitment>? = nil) -> [Actor] {
    let chosen = commitments.map(Array.init) ?? model.commitments
    let listed = Set(chosen.flatMap { (commitments == nil ? [$0.owner] : []) + $0.needs.allListings })
    return model.actors.filter { listed.contains($0.id) }
  }

  @Test(arguments: [PaperSize.a4, .a3, .letter])
  func thePDFPageIsThePaper(paper: PaperSize) throws {
    let model = try MapTestSupport.model("veracruz-2019-2020.yaml")
    let map = try MapRenderer.render(
      Simulation(model: model).run([]), options: MapOptions(kind: .grid, paper: paper), format: .pdf)
    let page = try #require(MapTestSupport.pdfMediaBox(map.data))
    let expected = paper.portraitPoints
    let sides = [page.width, page.height].sorted()
    #expect(abs(sides[0] - expected.width) <= 1.5)
    #expect(abs(sides[1] - expected.height) <= 1.5)
  }

  @Test func pngHasThePapersProportionsAtTheChosenDPI() throws {
    let model = try MapTestSupport.model("veracruz-2019-2020.yaml")
    let map = try MapRenderer.render(
      Simulation(model: model).run([]), options: MapOptions(kind: .grid, paper: .a3, dpi: 100), format: .png)
    let size = try #require(MapTestSupport.pngSize(map.data))
    #expect([size.width, size.height].sorted() == [1169, 1654])
  }

  @Test func theLanguageChangesTheMapsWordsButNotTheModelsNames() throws {
    let model = try MapTestSupport.model("veracruz-2019-2020.yaml")
    for (language, title, quadrant) in [
      (MapLanguage.es, "Matriz poder–interés", "Gestionar de cerca"), (.en, "Power–interest grid", "Manage closely"),
    ] {
      let map = try MapRenderer.render(
        Simulation(model: model).run([]), options: MapOptions(kind: .grid, language: language), format: .svg)
      let texts = try MapTestSupport.svgTexts(map.data).texts
      #expect(texts.contains { $0.hasPrefix(title) })
      #expect(texts.contains(quadrant))
      #expect(texts.contains { $0.contains("Ejecutivo estatal") })
    }
  }

  @Test func theScenarioMapNeedsAScenario() throws {
    let model = try MapTestSupport.model("veracruz-2019-2020.yaml")
    #expect(throws: MapError.scenarioRequired) {
      try MapRenderer.render(Simulation(model: model).run([]), options: MapOptions(kind: .scenario), format: .svg)
    }
  }

  @Test func theScenarioMapShowsWhatChanged() throws {
    let model = try MapTestSupport.model("veracruz-2019-2020.yaml")
    let loseORFIS = Scenario(id: "lose-orfis", title: "ORFIS leaves", steps: [ScenarioStep(.remove(actor: "orfis"))])
    let composed = try MapRenderer.compose(
      Simulation(model: model).run([loseORFIS]), options: MapOptions(kind: .scenario, language: .en))
    let orfis = try #require(composed.graph.nodes.first { $0.name == "actor:orfis" })
    #expect(orfis.attributes["style"] == .plain("filled,dashed"))
    #expect(composed.graph.edges.contains { $0.attributes["color"] == .plain(MapPalette.cutRelation) })
    let texts = try MapTestSupport.svgTexts(try MapRenderer.render(composed, format: .svg).data).texts
    #expect(texts.contains { $0.contains("(removed)") })
    #expect(texts.contains { $0.contains(" → ") }, "changed values are labelled before → after")
  }

  /// A 100-actor model with 5 relations per actor: its map drawn in level bands with straight
  /// edges. With `splines=curved` (the plan for 61–150 actors before) Graphviz enumerated every
  /// cycle of the graph and the render did not finish in 10 minutes; it takes seconds. The plan's
  /// straight edges are the guard; the time limit only records a render that runs far too long (it
  /// cannot stop a Graphviz call), it does not time it. Its labels placed below their nodes stand
  /// on a backdrop (straight edges may cross them).
  @Test(.timeLimit(.minutes(10))) func aDenseModelOfAHundredActorsRenders() throws {
    let model = OverviewMapTests.model(actors: 100, relations: 500)
    let options = MapOptions(kind: .power, paper: .a3)
    let map = try MapRenderer.render(Simulation(model: model).run([]), options: options, format: .svg)
    let svg = String(decoding: map.data, as: UTF8.self)
    #expect(svg.contains("<title>actor:a99</title>"))
    #expect(map.plan.levelBands && map.plan.attributes["splines"] == .plain("line"))
    #expect(svg.contains(##"<polygon fill="#ffffff" fill-opacity="0.850980" stroke="transparent""##))
  }

  @Test func theEngineIsChosenByMapAndSize() {
    #expect(LayoutPlan.choose(for: .power, nodeCount: 25).levelBands)
    #expect(LayoutPlan.choose(for: .power, nodeCount: 25).engine == "neato")
    #expect(LayoutPlan.choose(for: .power, nodeCount: 300).levelBands)
    #expect(LayoutPlan.choose(for: .power, nodeCount: 200).attributes["splines"] == .plain("line"))
    #expect(LayoutPlan.choose(for: .power, nodeCount: 301).engine == "sfdp")
    #expect(LayoutPlan.choose(for: .power, nodeCount: 1000).attributes["splines"] == .plain("line"))
    // Never `curved`: Graphviz 2.42 enumerates every cycle of the graph for it (exponential).
    #expect(LayoutPlan.choose(for: .scenario, nodeCount: 100).attributes["splines"] == .plain("line"))
    #expect(LayoutPlan.choose(for: .commitments, nodeCount: 80).engine == "dot")
    #expect(LayoutPlan.choose(for: .grid, nodeCount: 1000).engine == "nop2")
    let chosen = LayoutPlan.choose(for: .power, nodeCount: 25, override: .dot)
    #expect(chosen.engine == "dot" && chosen.clustersByLevel && !chosen.levelBands)
    #expect(!LayoutPlan.choose(for: .power, nodeCount: 25, override: .sfdp).clustersByLevel)
  }

  @Test(arguments: LayoutEngine.allCases)
  func everyEngineDrawsThePowerMap(engine: LayoutEngine) throws {
    let model = try MapTestSupport.model("veracruz-2016-2017.yaml")
    let map = try MapRenderer.render(
      Simulation(model: model).run([]), options: MapOptions(kind: .power, layout: engine), format: .svg)
    let texts = try MapTestSupport.svgTexts(map.data).texts
    #expect(texts.contains("ORFIS"))
    #expect(map.plan.engine == engine.rawValue)
  }

  @Test func aDPIOutOfRangeIsRejected() throws {
    let model = try MapTestSupport.model("veracruz-2019-2020.yaml")
    #expect(throws: MapError.self) {
      try MapRenderer.render(Simulation(model: model).run([]), options: MapOptions(kind: .power, dpi: 5), format: .png)
    }
  }
}
