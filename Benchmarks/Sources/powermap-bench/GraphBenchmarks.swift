import Foundation
import NetworkAnalysis
import PowerMap

/// The graph algorithms timed on the influence graph of a generated model, the graph that
/// `Benchmarks/compare.py` exports and times with NetworkX and igraph.
///
/// The graph is exactly the one `powermap analyze` measures (rule 5, the Rules article of the
/// PowerMap documentation; ``InfluenceGraph``): one node per actor, an edge for every authority,
/// oversight, funding and influence relation and both directions of an alliance, parallel relations
/// merged keeping the strongest weight. `export` writes it as `source target weight` lines after a
/// `# nodes N edges M root R` header (R: the dominator root, the first executive).
enum GraphBenchmarks {
  /// A generated model of `actors` actors with 5 relations per actor, its state and influence graph.
  struct Subject {
    let model: Model
    let state: ModelState
    let graph: InfluenceGraph
    /// The first executive's node: the sweep's default dominator root.
    let root: Int

    init(actors: Int) {
      let model = ModelGenerator(actorCount: actors, relationCount: actors * 5, seed: 42).model()
      let state = ModelState(model: model)
      let graph = InfluenceGraph(state: state)
      let position = state.actors.indices.first { state.actors[$0].actor.kind == .executive } ?? 0
      self.model = model
      self.state = state
      self.graph = graph
      root = graph.nodeOfActor[position] ?? 0
    }
  }

  /// Writes the influence graph of the generated model of `actors` actors to `path`.
  static func export(actors: Int, path: String) throws {
    let subject = Subject(actors: actors)
    let graph = subject.graph.graph
    var text = "# nodes \(graph.nodeCount) edges \(graph.edgeCount) root \(subject.root)\n"
    text.reserveCapacity(graph.edgeCount * 24)
    for edge in graph.edges { text += "\(edge.source) \(edge.target) \(edge.weight)\n" }
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  /// One timed operation of the suite.
  struct Timing: Codable {
    var operation: String
    var actors: Int
    var nodes: Int
    var edges: Int
    /// Median seconds.
    var seconds: Double
    var runs: Int
    var all: [Double]
    /// A checksum or count that the peers' results can be compared with.
    var check: Double?
  }

  /// Times `body` at least `minimumRuns` times and until about `budget` seconds have been spent
  /// (at most `maximumRuns`), after one untimed warm-up when a run is short.
  static func timed(
    minimumRuns: Int = 3, maximumRuns: Int = 21, budget: Double = 1, _ body: () -> Double?
  ) -> (median: Double, all: [Double], check: Double?) {
    var check: Double?
    var times: [Double] = []
    let first = Measurement.seconds { check = body() }
    if first > 0.2 { times.append(first) }  // long enough to need no warm-up
    var spent = first
    while times.count < minimumRuns || (spent < budget && times.count < maximumRuns) {
      let time = Measurement.seconds { check = body() }
      times.append(time)
      spent += time
    }
    let sorted = times.sorted()
    let middle = sorted.count / 2
    let median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    return (median, times, check)
  }

  /// The operations `suite` knows, in the order it runs them.
  static let operations = [
    "pagerank", "betweenness", "scc", "articulation", "dominators", "fragmentation", "friedkin-johnsen", "sweep",
  ]

  /// Times the chosen operations at each size and prints one JSON object per line (or a table).
  ///
  /// - Parameters:
  ///   - exactBetweennessLimit: exact betweenness is timed up to this many actors.
  ///   - sweepLimit: the single-removal sweep is timed up to this many actors.
  static func suite(
    sizes: [Int], operations chosen: Set<String>, jobs: Int, exactBetweennessLimit: Int, sweepLimit: Int,
    json: Bool, exportDirectory: String?
  ) async throws {
    for actors in sizes {
      let subject = Subject(actors: actors)
      let graph = subject.graph.graph
      if let exportDirectory {
        try export(actors: actors, path: "\(exportDirectory)/influence-\(actors).txt")
      }
      func report(_ operation: String, _ result: (median: Double, all: [Double], check: Double?)) {
        let timing = Timing(
          operation: operation, actors: actors, nodes: graph.nodeCount, edges: graph.edgeCount,
          seconds: result.median, runs: result.all.count, all: result.all, check: result.check)
        if json {
          let encoder = JSONEncoder()
          encoder.outputFormatting = [.sortedKeys]
          if let data = try? encoder.encode(timing) { print(String(decoding: data, as: UTF8.self)) }
        } else {
          print(
            String(
              format: "%-17@ %7d actors (%d nodes, %d edges): median %.4f s of %d runs", operation, actors,
              graph.nodeCount, graph.edgeCount, result.median, result.all.count))
        }
      }
      for operation in operations where chosen.contains(operation) {
        switch operation {
        case "pagerank":
          let reversed = graph.reversed()
          if !json {
            let result = reversed.pageRankResult(alpha: 0.85, tolerance: 1e-13, maxIterations: 10_000)
            print("pagerank: \(result.iterations) iterations")
          }
          report(
            operation,
            timed {
              reversed.pageRankResult(alpha: 0.85, tolerance: 1e-13, maxIterations: 10_000).scores.first
            })
        case "betweenness" where actors <= exactBetweennessLimit:
          report(
            operation,
            timed(minimumRuns: actors >= 10_000 ? 3 : 5) {
              graph.betweennessCentrality(normalized: true).reduce(0, +)
            })
        case "scc":
          report(operation, timed { Double(graph.stronglyConnectedComponentIndex().count) })
        case "articulation":
          report(operation, timed { Double(graph.articulationPoints().count) })
        case "dominators":
          report(operation, timed { Double(graph.immediateDominators(root: subject.root).count { $0 != nil }) })
        case "fragmentation":
          report(operation, timed { graph.fragmentation() })
        case "friedkin-johnsen":
          let power = DependencyCascade(state: subject.state).effectivePower
          let rounds = EffectiveStance(
            state: subject.state, effectivePower: power, commitmentIDs: subject.model.commitments.map(\.id)
          ).rounds
          if !json { print("friedkin-johnsen: \(rounds) rounds") }
          report(
            operation,
            timed {
              EffectiveStance(
                state: subject.state, effectivePower: power, commitmentIDs: subject.model.commitments.map(\.id)
              ).stance.reduce(0, +)
            })
        case "sweep" where actors <= sweepLimit:
          var times: [Double] = []
          var check = 0.0
          for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = try await LossOfAllySweep.run(model: subject.model, scenarios: [], jobs: jobs)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            check = result.allies.reduce(0) { $0 + $1.fragmentation }
          }
          report(operation, (AnalysisBenchmarks.median(times), times, check))
        default:
          break
        }
      }
    }
    if !json {
      print(String(format: "peak RSS %.0f MiB", Measurement.peakMemoryMiB()))
    }
  }
}
