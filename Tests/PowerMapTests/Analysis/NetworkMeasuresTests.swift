import NetworkAnalysis
import TestSupport
import Testing

@testable import PowerMap

/// Rule 5 on small graphs worked by hand.
@Suite struct NetworkMeasuresTests {
  /// a → b authority 0.9 (plus a parallel a → b influence 0.3, merged to 0.9), b → c influence 0.5,
  /// c → a conflict 1 (left out), c → a depends-on (left out), d removed (its alliance with a gone).
  let model = Model(
    name: "chain",
    actors: [makeActor("a"), makeActor("b"), makeActor("c"), makeActor("d")],
    relations: [
      Relation(from: "a", to: "b", kind: .authority, weight: 0.9),
      Relation(from: "a", to: "b", kind: .influence, weight: 0.3),
      Relation(from: "b", to: "c", kind: .influence, weight: 0.5),
      Relation(from: "c", to: "a", kind: .conflict, weight: 1),
      Relation(from: "c", to: "a", kind: .dependsOn, weight: 1),
      Relation(from: "d", to: "a", kind: .alliance, weight: 0.7),
    ])

  var state: ModelState {
    model.state(applying: [Scenario(id: "d-out", steps: [ScenarioStep(.remove(actor: "d"))])])
  }

  /// Graph a → b → c on the three present actors (n = 3).
  ///
  /// Influence rank = PageRank of the reversal c → b → a (a dangling), α = 0.85. With
  /// d = α·x_a/3 + 0.05 (dangling share plus teleport): x_c = d, x_b = α x_c + d = 1.85 d,
  /// x_a = α x_b + d = 2.5725 d; Σ = 5.4225 d = 1 ⇒ d = 1/5.4225.
  /// Betweenness: only a → c passes through b: 1 / ((n−1)(n−2)) = 1/2.
  /// Degrees: in a 0, b 0.9, c 0.5; out a 0.9, b 0.5, c 0.
  /// Undirected view a – b – c: articulation point b, bridges a–b and b–c.
  /// Fragmentation: reachable ordered pairs (a,b), (a,c), (b,c): F = 1 − 3/6 = 0.5.
  /// Dominators from a: a ↦ a, b ↦ a, c ↦ b; d removed ↦ nil.
  @Test func chainByHand() {
    let measures = NetworkMeasures(state: state, options: NetworkOptions(dominatorRoot: "a"))
    let d = 1 / 5.4225
    expectClose(measures.influenceRank, [2.5725 * d, 1.85 * d, d, 0])
    expectClose(measures.betweenness, [0, 0.5, 0, 0])
    expectClose(measures.inDegree, [0, 0.9, 0.5, 0])
    expectClose(measures.outDegree, [0.9, 0.5, 0, 0])
    #expect(measures.articulationPoints == ["b"])
    #expect(measures.bridges == [["a", "b"], ["b", "c"]])
    expectClose(measures.fragmentation, 0.5)
    #expect(measures.dominatorRoot == "a")
    #expect(measures.dominators == ["a", "a", "b", nil])
    #expect(measures.betweennessMethod == .exact(nodeCount: 3))
    #expect(measures.nodeCount == 3)
    #expect(measures.edgeCount == 2)
  }

  /// Alliance counts both ways: b – c alliance 0.4 added to the chain gives edges b → c (0.5 kept,
  /// stronger) and c → b (0.4). Degrees: in b 0.9 + 0.4 = 1.3, c 0.5; out b 0.5, c 0.4.
  /// Betweenness stays: a → c still only through b; c → b direct.  Fragmentation: pairs (a,b), (a,c),
  /// (b,c), (c,b): 1 − 4/6 = 1/3.
  @Test func allianceBothWays() {
    var withAlliance = model
    withAlliance.relations.append(Relation(from: "b", to: "c", kind: .alliance, weight: 0.4))
    let state = withAlliance.state(
      applying: [Scenario(id: "d-out", steps: [ScenarioStep(.remove(actor: "d"))])])
    let measures = NetworkMeasures(state: state)
    expectClose(measures.inDegree, [0, 1.3, 0.5, 0])
    expectClose(measures.outDegree, [0.9, 0.5, 0.4, 0])
    expectClose(measures.betweenness, [0, 0.5, 0, 0])
    expectClose(measures.fragmentation, 1.0 / 3)
    #expect(measures.edgeCount == 3)
  }

  /// An unknown or removed dominator root gives no dominators.
  @Test func dominatorRootMustBePresent() {
    #expect(NetworkMeasures(state: state, options: NetworkOptions(dominatorRoot: "d")).dominators == nil)
    #expect(NetworkMeasures(state: state, options: NetworkOptions(dominatorRoot: "zz")).dominators == nil)
  }

  /// Above the exact limit betweenness is sampled with the pivot count of (ε, δ) and the seed, and
  /// recorded as such; `exactBetweenness` overrides the limit.
  @Test func sampledBetweennessAboveTheLimit() {
    // A ring of 50 agencies with chords: every actor i influences i+1 and i+7.
    let actors = (0..<50).map { makeActor("n\($0)") }
    var relations: [Relation] = []
    for i in 0..<50 {
      relations.append(Relation(from: "n\(i)", to: "n\((i + 1) % 50)", kind: .influence))
      relations.append(Relation(from: "n\(i)", to: "n\((i + 7) % 50)", kind: .authority))
    }
    let state = ModelState(model: Model(name: "ring", actors: actors, relations: relations))
    let options = NetworkOptions(
      exactBetweennessLimit: 10, betweennessEpsilon: 1, betweennessDelta: 0.5, betweennessSeed: 7)
    let sampled = NetworkMeasures(state: state, options: options)
    // ⌈ln(2·50/0.5)/(2·1²)⌉ + 1 = ⌈2.649⌉ + 1 = 4 pivots.
    #expect(
      sampled.betweennessMethod
        == BetweennessMethod(
          method: "sampled", pivots: 4, seed: 7, epsilon: 1, delta: 0.5))
    let graph = InfluenceGraph(state: state).graph
    #expect(sampled.betweenness == graph.betweennessCentrality(pivots: .sampled(count: 4, seed: 7)))

    var exactOptions = options
    exactOptions.exactBetweenness = true
    let exact = NetworkMeasures(state: state, options: exactOptions)
    #expect(exact.betweennessMethod.isExact)
    #expect(exact.betweenness == graph.betweennessCentrality())
    // By symmetry every node of the circulant graph has the same betweenness.
    for value in exact.betweenness { expectClose(value, exact.betweenness[0]) }
  }
}
