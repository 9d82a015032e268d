import Foundation
import PowerMap
import Testing

@testable import PowerMapGraphviz

/// The legend shows only what the map holds: no heading is drawn without items under it (issue 14,
/// item 2).
struct LegendSectionTests {
  typealias Case = PrintedMapCase

  /// The maps of a generated model of 12 actors without commitments ("generated-12") and of a
  /// shipped model, at A4.
  static let cases =
    [MapKind.power, .scenario, .grid].map { Case(model: "generated-12", kind: $0, paper: .a4) }
    + [MapKind.power, .scenario, .grid, .commitments, .commitment].map {
      Case(model: MapTestSupport.shippedModels[0], kind: $0, paper: .a4)
    }

  /// The composed map of `test`.
  static func composed(_ test: Case) throws -> ComposedMap {
    let model: Model
    let scenarios: [Scenario]
    if test.model == "generated-12" {
      model = OverviewMapTests.model(actors: 12, relations: 30)
      scenarios = test.kind == .scenario ? [PrintedMapTests.generatedScenario] : []
    } else {
      model = try MapTestSupport.model(test.model)
      scenarios = test.kind == .scenario ? [try MapTestSupport.panToMorena(for: model)] : []
    }
    var options = MapOptions(kind: test.kind, language: .en, paper: test.paper, date: "2025-01-01")
    options.commitment = model.commitments.first?.id
    return try MapRenderer.compose(Simulation(model: model).run(scenarios), options: options)
  }

  /// Every heading drawn in the legend (`legend:heading:i`) has at least one item of its section
  /// (`legend:item:i:j`) drawn with it.
  @Test(arguments: cases)
  func everyLegendHeadingHasItems(_ test: Case) throws {
    let names = try Self.composed(test).graph.nodes.map(\.name)
    let headings = names.filter { $0.hasPrefix("legend:heading:") }
    #expect(!headings.isEmpty)
    for heading in headings {
      let section = heading.dropFirst("legend:heading:".count)
      #expect(names.contains { $0.hasPrefix("legend:item:\(section):") }, "\(heading) has no items")
    }
  }

  /// The scenario map of a model without commitments lists no changes of commitments: no
  /// "Commitments (before → after)" heading.
  @Test func aScenarioWithoutCommitmentsHasNoCommitmentSection() throws {
    let map = try Self.composed(Case(model: "generated-12", kind: .scenario, paper: .a4))
    let labels = map.graph.nodes.filter { $0.name.hasPrefix("legend:") }.compactMap { node -> String? in
      guard case .html(let label)? = node.attributes["label"] else { return nil }
      return label.markup
    }
    #expect(!labels.isEmpty)
    #expect(!labels.contains { $0.contains("Commitments") })
  }
}
