import Foundation
import PowerMap
import Testing

@testable import PowerMapGraphviz

/// The power, grid and scenario maps as printed at A4 and A3, read back from their SVG: text sizes
/// after the page's transform, node areas against effective power, edge ends on node outlines, and
/// the legend's share of the page (issue 14, items 1–3).
struct PrintedMapTests {
  typealias Case = PrintedMapCase

  /// The generated model: 60 actors, 150 relations.
  static let generated = "generated-60"

  static let cases: [Case] = [MapTestSupport.shippedModels[0], MapTestSupport.shippedModels[1], generated].flatMap {
    model in
    [MapKind.power, .grid, .scenario].flatMap { kind in
      [PaperSize.a4, .a3].compactMap { paper in
        model == generated && kind == .scenario ? nil : Case(model: model, kind: kind, paper: paper)
      }
    }
  }

  /// The map of `test` as SVG, and the analysis it draws (and, for the scenario map, the one before).
  static func render(_ test: Case) throws -> (PrintedMapGeometry, SimulationRun) {
    let model: Model
    let scenarios: [Scenario]
    if let actors = generatedSize(test.model) {
      model = OverviewMapTests.model(actors: actors, relations: actors * 5 / 2)
      scenarios = test.kind == .scenario ? [generatedScenario] : []
    } else {
      model = try MapTestSupport.model(test.model)
      scenarios = test.kind == .scenario ? [try MapTestSupport.panToMorena(for: model)] : []
    }
    let run = Simulation(model: model).run(scenarios)
    let options = MapOptions(kind: test.kind, language: .es, paper: test.paper, date: "2025-01-01")
    let svg = try MapRenderer.render(run, options: options, format: .svg).data
    return (try PrintedMapGeometry(svg: svg), run)
  }

  /// The number of actors of a generated model's name ("generated-100": 100), nil for a shipped one.
  static func generatedSize(_ model: String) -> Int? {
    model.hasPrefix("generated-") ? Int(model.dropFirst("generated-".count)) : nil
  }

  /// The scenario of the generated models' scenario maps: actor a0 leaves (its relations are cut,
  /// the others' values change).
  static let generatedScenario = Scenario(
    id: "lose-a0", title: "a0 leaves", steps: [ScenarioStep(.remove(actor: "a0"))])

  /// Generated models above 60 actors (issue 14, item 1): the power and scenario maps of 100
  /// actors at A4 and A3 (most actors labelled by id, the most powerful named), the largest banded
  /// map on A3 (the scenario map of 250 actors), and the overviews of 300 actors at A4 and A3 and
  /// of 1,000 at A4 and A3 (above 100 actors on A4, 250 on A3: as many of the most powerful actors
  /// drawn one by one as the page holds named, the rest in groups). Each is rendered once and
  /// checked for text sizes, blank and legend share together
  /// (``largeMapsPrintAtTheirMinimumSizesAndFillThePage(_:)``): about 20 s for all nine in a debug
  /// build since their edges are straight (with `splines=curved` a 100-actor map took 30 s).
  static let largeCases = [
    Case(model: "generated-100", kind: .power, paper: .a4), Case(model: "generated-100", kind: .scenario, paper: .a3),
    Case(model: "generated-100", kind: .power, paper: .a3), Case(model: "generated-100", kind: .scenario, paper: .a4),
    Case(model: "generated-250", kind: .scenario, paper: .a3), Case(model: "generated-300", kind: .power, paper: .a3),
    Case(model: "generated-1000", kind: .power, paper: .a4), Case(model: "generated-1000", kind: .power, paper: .a3),
    Case(model: "generated-300", kind: .power, paper: .a4),
  ]

  /// Records every name printed below the minimum of `paper` and every other text below 7 pt; the
  /// names are the bold first lines of actors' labels (an actor labelled by its id is not named:
  /// its id is a text like the others).
  static func checkTextSizes(_ map: PrintedMapGeometry, _ test: Case) {
    let nameMinimum = test.paper == .a3 ? 12.0 : 9.0
    let names = map.texts.filter {
      $0.bold && ["actor:", "label:actor:", "grid:label:"].contains(where: $0.owner.hasPrefix)
    }
    let others = map.texts.filter { text in !names.contains { $0.owner == text.owner && $0.words == text.words } }
    print(
      "measured: \(test.testDescription): names ≥ \(rounded(names.map(\.points).min())) pt, other texts ≥ "
        + "\(rounded(others.map(\.points).min())) pt, legend ≥ "
        + "\(rounded(others.filter { $0.owner.hasPrefix("legend:") }.map(\.points).min())) pt")
    for name in names where name.points < nameMinimum - 0.05 {
      Issue.record("\(name.words) prints at \(name.points) pt")
    }
    for text in others where text.points < 6.95 {
      Issue.record("\(text.words) (\(text.owner)) prints at \(text.points) pt")
    }
  }

  /// Whether no more than 8 % of the printable width or height is left blank; prints the shares.
  static func checkBlank(_ map: PrintedMapGeometry, _ test: Case) {
    let blank = map.blank(margin: test.paper.marginPoints)
    print(
      "measured: \(test.testDescription): blank \(rounded(blank.width * 100)) % across, "
        + "\(rounded(blank.height * 100)) % down, legend \(rounded(map.legendShare * 100)) % of the page")
    #expect(blank.width <= 0.08 && blank.height <= 0.08)
  }

  @Test(arguments: largeCases)
  func largeMapsPrintAtTheirMinimumSizesAndFillThePage(_ test: Case) throws {
    try Self.checkLarge(test)
  }

  /// The checks of a large map: text sizes, blank, some actors named, the legend's share, every
  /// actor labelled.
  static func checkLarge(_ test: Case) throws {
    let (map, run) = try render(test)
    checkTextSizes(map, test)
    // The 100-actor scenario map on A4 left 13.6 % of the page blank across before its rows were
    // stretched to the page's width at the end (its legend, sized again, had set the width).
    checkBlank(map, test)
    #expect(map.legendArea > 0)
    // The legend is sized again in printed points on the final layout (the 100-actor scenario map
    // on A4: 19.6 % of the page, its texts at 7.5 pt).
    #expect(map.legendShare <= 0.2)
    let texts = map.texts.map(\.words)
    let options = MapOptions(kind: test.kind, paper: test.paper)
    guard !options.drawsOverview(actorCount: run.after.state.actors.count) else {
      try checkOverview(map, run: run, paper: test.paper)
      return
    }
    #expect(!map.texts.filter { $0.bold && $0.owner.hasPrefix("label:actor:") }.isEmpty, "some actors are named")
    // Every actor is labelled, by name or by id.
    for actor in run.after.state.actors {
      #expect(texts.contains { $0.hasPrefix(actor.actor.name) || $0 == actor.id }, "\(actor.id) is labelled")
    }
  }

  /// The checks of an overview besides sizes, blank and legend: some of the most powerful actors
  /// drawn one by one and named (at most ``MapOverview/topActorLimit``, none where the groups fill
  /// the page), groups labelled, and the count line saying how many are drawn one by one. The
  /// generated models spread their actors over 35 groups by level and kind: A3 holds them, A4 does
  /// not (their values printed at 6.2–6.5 pt) and groups by level (``OverviewGrouping``).
  static func checkOverview(_ map: PrintedMapGeometry, run: SimulationRun, paper: PaperSize) throws {
    let named = Set(
      map.texts.filter { $0.bold && ["actor:", "label:actor:"].contains(where: $0.owner.hasPrefix) }.map {
        $0.owner.replacingOccurrences(of: "label:", with: "")
      })
    print("measured: overview of \(run.after.state.actors.count) actors: \(named.count) named one by one")
    #expect(named.count <= MapOverview.topActorLimit)
    let groups = Set(map.texts.filter { $0.owner.contains("group:") }.map(\.owner))
    #expect(groups.count == (paper == .a3 ? 35 : ActorLevel.allCases.count))
    #expect(map.texts.contains { $0.words.contains("los \(named.count) más poderosos uno a uno") })
    let byKind = map.texts.contains { $0.words.contains("grupos por nivel y tipo") }
    #expect(byKind == (paper == .a3))
  }

  @Test(arguments: cases)
  func textsPrintAtTheirMinimumSizes(_ test: Case) throws {
    let (map, _) = try Self.render(test)
    #expect(map.texts.contains { $0.bold && $0.owner.contains("actor:") || $0.owner.hasPrefix("grid:label:") })
    Self.checkTextSizes(map, test)
  }

  @Test(arguments: cases.filter { $0.kind != .grid })
  func nodeAreaIsProportionalToEffectivePowerForEveryShape(_ test: Case) throws {
    let (map, run) = try Self.render(test)
    var ratios: [(String, Double)] = []
    for (index, actor) in run.after.state.actors.enumerated() {
      let power =
        actor.present || test.kind != .scenario ? run.after.effectivePower[index] : run.before.effectivePower[index]
      // Below this power the smallest side takes over (ActorNodeStyle.minimumSide).
      // Shapes at the smallest side (ActorNodeStyle.minimumSide, 14 points) are not to scale.
      guard let shape = map.filled["actor:" + actor.id], shape.height > ActorNodeStyle.minimumSide + 0.5 else {
        continue
      }
      ratios.append((actor.id, shape.area / power))
    }
    try #require(ratios.count >= 5)
    let sorted = ratios.map(\.1).sorted()
    let median = sorted[sorted.count / 2]
    for (id, ratio) in ratios {
      #expect(abs(ratio / median - 1) <= 0.05, "\(id): area/power is \(ratio / median) of the median")
    }
  }

  @Test(arguments: cases.filter { $0.kind != .grid })
  func everyEdgeEndsOnItsNodesOutlines(_ test: Case) throws {
    let (map, _) = try Self.render(test)
    #expect(!map.edges.isEmpty)
    for edge in map.edges where edge.tail.hasPrefix("actor:") && edge.head.hasPrefix("actor:") {
      for node in [edge.tail, edge.head] {
        let outlines = map.outlines[node] ?? []
        let gap =
          (edge.ends.map { end in outlines.map { $0.distance(to: end) }.min() ?? .infinity }.min() ?? .infinity)
          * map.scale
        #expect(gap <= 1, "\(edge.tail) → \(edge.head) ends \(gap) pt from \(node)")
      }
    }
  }

  /// `value` to two decimals, for the lines the tests print.
  static func rounded(_ value: Double?) -> String {
    value.map { String(format: "%.2f", $0) } ?? "–"
  }

  /// No more than 8 % of the printable width or height (the page less its margin) is left blank
  /// beyond the drawing's box (its shapes, lines and texts, after the page's transform).
  @Test(arguments: cases)
  func theDrawingLeavesAtMost8PercentOfThePrintableSpaceBlank(_ test: Case) throws {
    let (map, _) = try Self.render(test)
    Self.checkBlank(map, test)
  }

  /// The commitments maps of the shipped models at A4 and A3: the one-commitment map of the first
  /// commitment, and the map of every commitment.
  static let commitmentCases = MapTestSupport.shippedModels.flatMap { model in
    [MapKind.commitment, .commitments].flatMap { kind in
      [PaperSize.a4, .a3].map { Case(model: model, kind: kind, paper: $0) }
    }
  }

  /// The commitments maps leave no more than 8 % of the printable width or height blank either
  /// (a layered map is stretched along the axis it would leave blank, ``MapOptions/bodyRatio``).
  @Test(arguments: commitmentCases)
  func theCommitmentMapsLeaveAtMost8PercentOfThePrintableSpaceBlank(_ test: Case) throws {
    let model = try MapTestSupport.model(test.model)
    var options = MapOptions(kind: test.kind, language: .es, paper: test.paper, date: "2025-01-01")
    options.commitment = model.commitments.first?.id
    let svg = try MapRenderer.render(Simulation(model: model).run([]), options: options, format: .svg).data
    Self.checkBlank(try PrintedMapGeometry(svg: svg), test)
  }

  @Test(arguments: cases)
  func theLegendTakesAtMostAFifthOfThePage(_ test: Case) throws {
    let (map, _) = try Self.render(test)
    #expect(map.legendArea > 0)
    #expect(map.legendShare <= 0.2)
  }
}

/// A map of one model on one paper.
struct PrintedMapCase: CustomTestStringConvertible, Sendable {
  var model: String
  var kind: MapKind
  var paper: PaperSize
  var testDescription: String { "\(model) \(kind.rawValue) \(paper.rawValue)" }
}

/// The grid's overlapping markers are fanned out (issue 14, item 3).
struct GridOverlapTests {
  @Test func markersCloserThanAMarkerAreGroupedTransitively() {
    let centres: [Int: (x: Double, y: Double)] = [0: (0, 0), 1: (10, 0), 2: (19, 0), 3: (100, 100), 4: (40, 0)]
    let groups = GridMapBuilder.overlapping([0, 1, 2, 3, 4], centres: centres, distance: 12)
    #expect(Set(groups.map { Set($0) }) == [[0, 1, 2], [3], [4]])
  }
}
