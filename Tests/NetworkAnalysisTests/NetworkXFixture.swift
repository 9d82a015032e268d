import Foundation
import NetworkAnalysis

/// One reference graph written by `Fixtures/generate_fixtures.py` with what NetworkX computes on it.
struct NetworkXFixture: Decodable, Sendable {
  /// NetworkX's sampled betweenness with the pivots it drew, so the Swift side can replay them.
  struct SampledBetweenness: Decodable, Sendable {
    let k: Int
    let seed: Int
    let pivots: [Int]
    let values: [Double]
  }

  let name: String
  let description: String
  let networkxVersion: String
  let nodeCount: Int
  let parallelEdges: String
  let edges: [[Double]]
  let inDegree: [Double]
  let outDegree: [Double]
  let reachableCounts: [Int]
  let fragmentation: Double
  let undirectedFragmentation: Double
  let stronglyConnectedComponents: [[Int]]
  let articulationPoints: [Int]
  let bridges: [[Int]]
  let pagerank: [Double]
  let pagerankReversed: [Double]
  let betweenness: [Double]
  let betweennessUnnormalized: [Double]
  let betweennessWeighted: [Double]
  let dominatorRoot: Int?
  let immediateDominators: [Int?]?
  let sampledBetweenness: SampledBetweenness?

  /// The fixture's edge list as Swift edges (before merging).
  var weightedEdges: [WeightedEdge] {
    edges.map { WeightedEdge(source: Int($0[0]), target: Int($0[1]), weight: $0[2]) }
  }

  /// The graph the fixture describes, merged with its parallel-edge policy.
  var graph: WeightedDigraph {
    WeightedDigraph(
      nodeCount: nodeCount, edges: weightedEdges, parallelEdges: parallelEdges == "sum" ? .sum : .keepMaximum)
  }

  /// The names listed in `Fixtures/index.json`, in the order the generator wrote them.
  static let names: [String] = {
    struct Index: Decodable { let fixtures: [String] }
    guard let url = fixtureURL("index"), let data = try? Data(contentsOf: url),
      let index = try? JSONDecoder().decode(Index.self, from: data)
    else { return [] }
    return index.fixtures
  }()

  /// Loads the fixture called `name` from the test bundle.
  static func load(_ name: String) throws -> NetworkXFixture {
    guard let url = fixtureURL(name) else { throw MissingFixture(name: name) }
    return try JSONDecoder().decode(NetworkXFixture.self, from: Data(contentsOf: url))
  }

  private static func fixtureURL(_ name: String) -> URL? {
    Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures")
  }
}

/// A fixture file absent from the test bundle.
struct MissingFixture: Error, CustomStringConvertible {
  let name: String
  var description: String { "fixture \(name).json is not in the test bundle" }
}
