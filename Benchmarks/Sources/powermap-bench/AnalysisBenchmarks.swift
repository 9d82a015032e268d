import Foundation
import NetworkAnalysis
import PowerMap

/// Benchmarks of the analyses: `analyze`, betweenness, Monte Carlo and the sweep.
enum AnalysisBenchmarks {
  /// Load (JSON) + analyse + encode the result, as `powermap analyze --json` does, and each phase.
  static func analyze(actors: Int, relations: Int, runs: Int) throws {
    let model = ModelGenerator(actorCount: actors, relationCount: relations, seed: 42).model()
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("powermap-bench-analyze-\(actors).json")
    try Data(try ModelWriter.json(model).utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    var load = [Double]()
    var analysis = [Double]()
    var encode = [Double]()
    var method = ""
    let total = try Measurement.median(runs: runs) {
      var loaded: Model?
      load.append(try Measurement.seconds { loaded = try ModelLoader.load(contentsOf: url.path).model })
      guard let loaded else { return }
      var result: StakeholderAnalysis?
      analysis.append(Measurement.seconds { result = StakeholderAnalysis(model: loaded) })
      guard let result else { return }
      method = result.report.betweennessMethod
      encode.append(
        try Measurement.seconds {
          let encoder = JSONEncoder()
          encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
          _ = try encoder.encode(result.report)
        })
    }
    print(
      String(
        format: "analyze %d actors / %d relations: median %.2f s end to end (load %.2f, analysis %.2f, JSON %.2f); "
          + "betweenness %@; peak RSS %.0f MiB", actors, relations, total.median, median(load), median(analysis),
        median(encode), method, Measurement.peakMemoryMiB()))
  }

  /// Exact betweenness on a seeded random digraph; writes the edge list for Benchmarks/compare.py.
  static func betweenness(nodes: Int, edges: Int, runs: Int, edgeList: String?) throws {
    var random = ModelGenerator.Random(state: 7)
    var list: [WeightedEdge] = []
    list.reserveCapacity(edges)
    while list.count < edges {
      let source = random.below(nodes)
      let target = random.below(nodes)
      if source != target { list.append(WeightedEdge(source: source, target: target, weight: 1)) }
    }
    let graph = WeightedDigraph(nodeCount: nodes, edges: list)
    if let edgeList {
      let text = list.map { "\($0.source) \($0.target)" }.joined(separator: "\n") + "\n"
      try Data(text.utf8).write(to: URL(fileURLWithPath: edgeList))
    }
    var checksum = 0.0
    let timing = Measurement.median(runs: runs) {
      checksum = graph.betweennessCentrality(normalized: true).reduce(0, +)
    }
    print(
      String(
        format: "exact betweenness, random digraph %d nodes / %d edges (%d after merging): median %.3f s of %d runs "
          + "(Σ = %.6f)", nodes, edges, graph.edgeCount, timing.median, runs, checksum))
  }

  /// Monte Carlo samples of a model file (or a generated model) with a given number of jobs.
  static func monteCarlo(modelPath: String?, actors: Int, scenario: String?, samples: Int, jobs: Int, runs: Int)
    async throws
  {
    let model: Model
    if let modelPath {
      model = try ModelLoader.load(contentsOf: modelPath).model
    } else {
      model = ModelGenerator(actorCount: actors, relationCount: actors * 5, seed: 42).model()
    }
    let scenarios: [Scenario]
    if let scenario, let modelPath {
      scenarios = try ScenarioResolver.resolve([scenario], for: model, modelPath: modelPath)
    } else {
      // A generated model gets a scenario that removes its most powerful actor with probability 0.5.
      let strongest = model.actors.max { $0.power < $1.power }?.id ?? ""
      scenarios = [Scenario(id: "lose-strongest", steps: [ScenarioStep(.remove(actor: strongest), probability: 0.5)])]
    }
    var times: [Double] = []
    for _ in 0..<runs {
      let start = DispatchTime.now().uptimeNanoseconds
      _ = try await MonteCarloSimulation.run(model: model, scenarios: scenarios, samples: samples, seed: 1, jobs: jobs)
      times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    print(
      String(
        format: "Monte Carlo %d samples, %@ (%d actors), jobs %d: median %.3f s of %d runs", samples,
        modelPath ?? "generated model", model.actors.count, jobs, median(times), runs))
  }

  /// A single-removal sweep of a generated model.
  static func sweep(actors: Int, jobs: Int, runs: Int) async throws {
    let model = ModelGenerator(actorCount: actors, relationCount: actors * 5, seed: 42).model()
    var times: [Double] = []
    for _ in 0..<runs {
      let start = DispatchTime.now().uptimeNanoseconds
      _ = try await LossOfAllySweep.run(model: model, scenarios: [], jobs: jobs)
      times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    print(
      String(
        format: "sweep, single removals of %d actors (%d relations), jobs %d: median %.3f s of %d runs", actors,
        actors * 5, jobs, median(times), runs))
  }

  /// `powermap advise` on a generated model: every commitment that is not viable, both scopes,
  /// with `robust` the robust aim (rule 11).
  static func advise(actors: Int, robust: Bool, runs: Int) async throws {
    let model = ModelGenerator(actorCount: actors, relationCount: actors * 5, seed: 42).model()
    var times: [Double] = []
    var rows = 0
    var targets = 0
    for _ in 0..<runs {
      let start = DispatchTime.now().uptimeNanoseconds
      let result = try await AdviceSearch(model: model, scenarios: [], robust: robust).result()
      times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
      targets = result.commitments.count
      rows = result.commitments.reduce(0) { $0 + $1.engagements.count + $1.recruitments.count }
    }
    print(
      String(
        format: "advise%@, %d actors (%d relations, %d commitments), %d targets, %d rows: median %.3f s of %d runs",
        robust ? " --robust" : "", actors, actors * 5, model.commitments.count, targets, rows, median(times), runs))
  }

  static func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
}
