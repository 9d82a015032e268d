import Foundation
import PowerMap
import Testing

@testable import PowerMapGraphviz

/// The maps `serve` redraws on every edit (`MapOptions.fitsPaper` false): actors ordered by
/// structure and sizes only, so a stance edit keeps every actor in its place in the order (only
/// the room its changed labels take moves them, by a few points).
struct ScreenMapTests {
  /// Every actor's `pos` in the composed screen power map of `model`.
  static func positions(_ model: Model) throws -> (
    positions: [String: (x: Double, y: Double)], labels: [String: String]
  ) {
    var options = MapOptions(kind: .power, language: .es, paper: .a4, date: "2025-01-01")
    options.fitsPaper = false
    let composed = try MapRenderer.compose(Simulation(model: model).run([]), options: options)
    var positions: [String: (x: Double, y: Double)] = [:]
    var labels: [String: String] = [:]
    for node in composed.graph.nodes {
      if node.name.hasPrefix("actor:"), case .plain(let pos)? = node.attributes["pos"] {
        let numbers = pos.split(separator: ",").compactMap { Double($0) }
        positions[node.name] = (numbers[0], numbers[1])
      }
      if node.name.hasPrefix("label:actor:") { labels[node.name] = node.attributes["label"]?.dotText }
    }
    return (positions, labels)
  }

  @Test func aStanceEditKeepsEveryActorInPlace() throws {
    let model = try MapTestSupport.model(MapTestSupport.shippedModels[1])
    var edited = model
    let index = try #require(edited.actors.firstIndex { $0.id == "orfis" })
    edited.actors[index].stance = 0.3
    let before = try Self.positions(model)
    let after = try Self.positions(edited)
    #expect(before.positions.count == model.actors.count)
    // Every pair of actors keeps its left-to-right and top-to-bottom order, and nobody moves by
    // more than a line of text.
    let names = before.positions.keys.sorted()
    for first in names {
      let (a, b) = (before.positions[first] ?? (0, 0), after.positions[first] ?? (0, 0))
      #expect(abs(a.x - b.x) <= 12 && abs(a.y - b.y) <= 12, "\(first) moved from \(a) to \(b)")
      for second in names where second > first {
        let (c, d) = (before.positions[second] ?? (0, 0), after.positions[second] ?? (0, 0))
        #expect((a.x < c.x) == (b.x < d.x) && (a.y < c.y) == (b.y < d.y), "\(first) and \(second) swapped")
      }
    }
    // The edit is drawn: ORFIS's label shows its new effective stance.
    #expect(before.labels["label:actor:orfis"] != nil)
    #expect(before.labels["label:actor:orfis"] != after.labels["label:actor:orfis"])
  }

  /// The graph the first pass orders is the same text before and after a stance edit, so Graphviz's
  /// ordering of it is reused (``GraphvizMemo``); the labels of the map itself are not.
  @Test func aStanceEditOrdersTheSameGraph() throws {
    let model = try MapTestSupport.model(MapTestSupport.shippedModels[1])
    var edited = model
    let index = try #require(edited.actors.firstIndex { $0.id == "orfis" })
    edited.actors[index].stance = 0.3
    var options = MapOptions(kind: .power, language: .es, paper: .a4, date: "2025-01-01")
    options.fitsPaper = false
    let bodies = try [model, edited].map {
      try MapRenderer.drawing(Simulation(model: $0).run([]), options: options).body
    }
    #expect(bodies[0].layoutText != bodies[1].layoutText)
    #expect(MapComposer.valueFree(bodies[0]).layoutText == MapComposer.valueFree(bodies[1]).layoutText)
  }

  /// A screen map is cropped to its content: no paper corners and no page size, while the same
  /// map for paper has both.
  @Test func aScreenMapIsCroppedToItsContent() throws {
    let model = try MapTestSupport.model(MapTestSupport.shippedModels[1])
    var options = MapOptions(kind: .power, language: .es, paper: .a4, date: "2025-01-01")
    let paper = try MapRenderer.compose(Simulation(model: model).run([]), options: options)
    options.fitsPaper = false
    let screen = try MapRenderer.compose(Simulation(model: model).run([]), options: options)
    #expect(paper.graph.nodes.contains { $0.name == "map:corner:upper" })
    #expect(paper.graph.attributes["size"] != nil)
    #expect(!screen.graph.nodes.contains { $0.name.hasPrefix("map:corner:") })
    #expect(screen.graph.attributes["size"] == nil)
    #expect(screen.graph.attributes["pad"] == .number(MapComposer.screenPad))
  }

  @Test func theOrderingReadsValuesAsZeros() {
    var graph = DOTGraph(name: "g")
    let markup = #"<FONT POINT-SIZE="13"><B>A 1</B></FONT><BR/><FONT POINT-SIZE="11">0.32 · −0.47</FONT>"#
    graph.nodes.append(DOTNode("a", ["label": .html(HTMLLabel(markup: markup)), "width": .number(1.5)]))
    let free = MapComposer.valueFree(graph)
    let expected = #"<FONT POINT-SIZE="13"><B>A 0</B></FONT><BR/><FONT POINT-SIZE="11">0.00 · +0.00</FONT>"#
    #expect(free.nodes[0].attributes["label"] == .html(HTMLLabel(markup: expected)))
    #expect(free.nodes[0].attributes["width"] == .number(1.5))
  }
}
