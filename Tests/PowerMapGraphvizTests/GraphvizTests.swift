import Foundation
import PowerMap
import Testing

@testable import PowerMapGraphviz

struct GraphvizTests {
  static let smallGraph = "digraph g { a -> b; b -> c; c -> a }"

  @Test(arguments: ["svg", "png:cairo", "pdf:cairo"])
  func rendersDOTInEveryFormat(format: String) throws {
    let output = try Graphviz.shared.render(dot: Self.smallGraph, engine: "dot", format: format)
    #expect(output.data.count > 200)
    switch format {
    case "svg": #expect(String(decoding: output.data, as: UTF8.self).contains("<svg"))
    case "png:cairo": #expect(MapTestSupport.pngSize(output.data) != nil)
    default: #expect(MapTestSupport.pdfMediaBox(output.data) != nil)
    }
  }

  @Test func malformedDOTThrowsGraphvizsOwnMessageAndPrintsNothing() throws {
    var thrown: GraphvizError?
    let printed = MapTestSupport.capturingStandardError {
      do {
        _ = try Graphviz.shared.render(dot: "digraph { a -> ; }", format: "svg")
      } catch let error as GraphvizError {
        thrown = error
      } catch {
        Issue.record("unexpected error \(error)")
      }
    }
    guard case .syntax(let message)? = thrown else {
      Issue.record("expected a syntax error, got \(String(describing: thrown))")
      return
    }
    #expect(message.contains("syntax error in line 1"))
    #expect(!printed.contains("syntax error"), "Graphviz wrote to stderr: \(printed)")
  }

  @Test func emptyInputFailsWithAMessageOfOurOwn() {
    #expect(throws: GraphvizError.syntax("the DOT text is empty")) {
      try Graphviz.shared.render(dot: "  \n", format: "svg")
    }
  }

  @Test func badHTMLLabelFailsInTheLayoutWithGraphvizsText() {
    do {
      _ = try Graphviz.shared.render(dot: "digraph { a [label=<<B>x</I>>] }", format: "svg")
      Issue.record("expected an error")
    } catch {
      guard case .layout(_, let message) = error else {
        Issue.record("expected a layout error, got \(error)")
        return
      }
      #expect(message.contains("mismatched tag"))
    }
  }

  @Test func anErrorDoesNotPoisonTheNextCall() throws {
    _ = try? Graphviz.shared.render(dot: "digraph { ; ; -> }", format: "svg")
    let output = try Graphviz.shared.render(dot: Self.smallGraph, format: "svg")
    #expect(output.warnings.isEmpty)
  }

  @Test func unknownEngineIsAClearInstallationError() {
    do {
      try Graphviz.shared.checkInstallation(engine: "no-such-engine")
      Issue.record("expected an error")
    } catch {
      guard case .unavailable(let message) = error else {
        Issue.record("expected unavailable, got \(error)")
        return
      }
      #expect(message.contains("no-such-engine"))
      #expect(message.contains("dot"), "the message lists the engines Graphviz has")
    }
  }

  @Test func theInstallationHasWhatTheMapsNeed() throws {
    for engine in ["dot", "neato", "fdp", "sfdp", "circo", "nop", "nop2"] {
      try Graphviz.shared.checkInstallation(engine: engine)
    }
    for format in MapFormat.allCases.compactMap(\.graphvizFormat) {
      try Graphviz.shared.checkInstallation(engine: "nop2", format: format)
    }
    #expect(Graphviz.shared.plugins(kind: "textlayout").isEmpty == false)
    #expect(Graphviz.shared.version.first?.isNumber == true)
  }

  @Test func layoutReadsPositionsEdgesAndClustersBack() throws {
    let layout = try Graphviz.shared.layout(
      dot: "digraph { subgraph cluster_x { a; b } a -> b [id=\"e1\"]; b -> c }", engine: "dot")
    #expect(Set(layout.nodes.keys) == ["a", "b", "c"])
    #expect(layout.edges["e1"]?["pos"]?.hasPrefix("e,") == true)
    #expect(layout.clusters["cluster_x"]?["bb"] != nil)
    #expect(layout.boundingBox.width > 0)
  }

  @Test func messagesAreReassembledFromFragments() {
    let messages = GraphvizMessages(text: "Warning: a\nb\nError: syntax error in line 3\nWarning: c\n")
    #expect(messages.warnings == ["a\nb", "c"])
    #expect(messages.errors == ["syntax error in line 3"])
  }

  /// Graphviz is not thread-safe: the lock must serialise 200 renders from 8 tasks.
  @Test func rendersTwoHundredMapsFromEightConcurrentTasks() async throws {
    let model = Self.smallModel
    let scenario = Scenario(id: "lose-a", steps: [ScenarioStep(.remove(actor: "a"))])
    let results = try await withThrowingTaskGroup(of: Int.self) { group in
      for task in 0..<8 {
        group.addTask {
          var bytes = 0
          for round in 0..<25 {
            let kind = MapKind.allCases[(task + round) % MapKind.allCases.count]
            let format: MapFormat = round % 5 == 0 ? .png : .svg
            let map = try MapRenderer.render(
              Simulation(model: model).run(kind == .scenario ? [scenario] : []),
              options: MapOptions(kind: kind, dpi: 40, commitment: model.commitments.first?.id), format: format)
            bytes += map.data.isEmpty ? 0 : 1
          }
          return bytes
        }
      }
      var total = 0
      for try await count in group { total += count }
      return total
    }
    #expect(results == 200)
  }

  /// Six actors on every level, with a commitment and an obstacle.
  static let smallModel = Model(
    name: "Small",
    actors: [
      Actor(id: "a", name: "A", kind: .executive, level: .state, power: 0.9, interest: 0.4, stance: 0.3),
      Actor(id: "b", name: "B", kind: .agency, level: .state, power: 0.5, interest: 0.5, stance: -0.4),
      Actor(id: "c", name: "C", kind: .municipal, level: .municipal, power: 0.3, interest: 0.8, stance: 0.7),
      Actor(id: "d", name: "D", kind: .civilSociety, level: .community, power: 0.2, interest: 0.9, stance: 0.9),
      Actor(id: "e", name: "E", kind: .international, level: .international, power: 0.4, interest: 0.6, stance: 0.6),
      Actor(id: "f", name: "F", kind: .autonomous, level: .federal, power: 0.6, interest: 0.7, stance: 0.5),
    ],
    relations: [
      Relation(from: "a", to: "b", kind: .authority, weight: 0.9),
      Relation(from: "b", to: "a", kind: .dependsOn, weight: 0.5),
      Relation(from: "c", to: "d", kind: .alliance, weight: 0.5),
      Relation(from: "e", to: "f", kind: .funding, weight: 0.4),
      Relation(from: "f", to: "c", kind: .oversight, weight: 0.3),
      Relation(from: "d", to: "b", kind: .conflict, weight: 0.6),
    ],
    commitments: [
      Commitment(
        id: "k", title: "A commitment", owner: "c",
        needs: CommitmentNeeds(authority: ["c"], acceptance: ["d", "b"], ability: ["f"]))
    ],
    obstacles: [Obstacle(id: "o", kind: .political, title: "An obstacle", blocks: ["k"], severity: 0.3, holders: ["b"])]
  )
}

extension GraphvizTests {
  /// agmemread leaves what follows the first graph in the lexer; the next read must not see it.
  @Test func whatFollowsTheFirstGraphDoesNotLeakIntoTheNextRead() throws {
    _ = try Graphviz.shared.layout(dot: "digraph one { a -> b }\ndigraph two { leaked -> node2 }\n\n", engine: "dot")
    let next = try Graphviz.shared.layout(dot: "digraph three { x -> y }", engine: "dot")
    #expect(Set(next.nodes.keys) == ["x", "y"])
    #expect(throws: GraphvizError.syntax("syntax error in line 1 near ';'")) {
      try Graphviz.shared.layout(dot: "digraph { a -> ; }", engine: "dot")
    }
  }
}
