import Foundation
import PowerMap

// powermap-bench: benchmarks of PowerMap, run in release mode by `make bench`.
//
//   powermap-bench load --format json|yaml [--actors N] [--relations M] [--runs R]
//
// `load` generates a seeded model, writes it to a temporary file in the chosen format, then
// times ModelLoader.load (read, parse, validate) R times and prints the median and the
// process's peak memory. Run one format per process so the peak memory is that format's own.

func argument(_ name: String, default value: String) -> String {
  let arguments = CommandLine.arguments
  if let index = arguments.firstIndex(of: name), index + 1 < arguments.count { return arguments[index + 1] }
  return value
}

func benchmarkLoad() throws {
  let format = argument("--format", default: "json")
  let actors = Int(argument("--actors", default: "100000")) ?? 100_000
  let relations = Int(argument("--relations", default: "500000")) ?? 500_000
  let runs = Int(argument("--runs", default: "3")) ?? 3
  let model = ModelGenerator(actorCount: actors, relationCount: relations, seed: 42).model()
  let text = format == "yaml" ? ModelWriter.yaml(model) : try ModelWriter.json(model)
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("powermap-bench-\(actors).\(format)")
  try Data(text.utf8).write(to: url)
  defer { try? FileManager.default.removeItem(at: url) }
  let baseline = Measurement.peakMemoryMiB()
  var loadedActors = 0
  let timing = try Measurement.median(runs: runs) {
    loadedActors = try ModelLoader.load(contentsOf: url.path).model.actors.count
  }
  precondition(loadedActors == actors, "the generated model did not load whole")
  let size = Double(text.utf8.count) / 1_048_576
  print(
    String(
      format: "load+validate %@  %d actors / %d relations (%.1f MiB): median %.2f s of %d runs %@; peak RSS %.0f MiB "
        + "(%.0f MiB before loading, with the generated model and its text)",
      format, actors, relations, size, timing.median, runs,
      timing.all.map { String(format: "%.2f", $0) }.joined(separator: " "), Measurement.peakMemoryMiB(), baseline))
}

switch CommandLine.arguments.dropFirst().first {
case "load":
  try benchmarkLoad()
case "analyze":
  try AnalysisBenchmarks.analyze(
    actors: Int(argument("--actors", default: "10000")) ?? 10_000,
    relations: Int(argument("--relations", default: "50000")) ?? 50_000,
    runs: Int(argument("--runs", default: "3")) ?? 3)
case "betweenness":
  try AnalysisBenchmarks.betweenness(
    nodes: Int(argument("--nodes", default: "10000")) ?? 10_000,
    edges: Int(argument("--edges", default: "50000")) ?? 50_000, runs: Int(argument("--runs", default: "3")) ?? 3,
    edgeList: CommandLine.arguments.contains("--edge-list") ? argument("--edge-list", default: "") : nil)
case "montecarlo":
  try await AnalysisBenchmarks.monteCarlo(
    modelPath: CommandLine.arguments.contains("--model") ? argument("--model", default: "") : nil,
    actors: Int(argument("--actors", default: "1000")) ?? 1_000,
    scenario: CommandLine.arguments.contains("--scenario") ? argument("--scenario", default: "") : nil,
    samples: Int(argument("--samples", default: "10000")) ?? 10_000, jobs: Int(argument("--jobs", default: "2")) ?? 2,
    runs: Int(argument("--runs", default: "3")) ?? 3)
case "sweep":
  try await AnalysisBenchmarks.sweep(
    actors: Int(argument("--actors", default: "1000")) ?? 1_000, jobs: Int(argument("--jobs", default: "2")) ?? 2,
    runs: Int(argument("--runs", default: "3")) ?? 3)
case "advise":
  try await AnalysisBenchmarks.advise(
    actors: Int(argument("--actors", default: "1000")) ?? 1_000, robust: CommandLine.arguments.contains("--robust"),
    runs: Int(argument("--runs", default: "3")) ?? 3)
case "export":
  try GraphBenchmarks.export(
    actors: Int(argument("--actors", default: "1000")) ?? 1_000, path: argument("--out", default: "influence.txt"))
case "suite":
  let operations = argument("--ops", default: GraphBenchmarks.operations.joined(separator: ","))
  try await GraphBenchmarks.suite(
    sizes: argument("--sizes", default: "100,1000,10000,100000").split(separator: ",").compactMap { Int($0) },
    operations: Set(operations.split(separator: ",").map(String.init)),
    jobs: Int(argument("--jobs", default: "2")) ?? 2,
    exactBetweennessLimit: Int(argument("--exact-betweenness-limit", default: "10000")) ?? 10_000,
    sweepLimit: Int(argument("--sweep-limit", default: "10000")) ?? 10_000,
    json: CommandLine.arguments.contains("--json"),
    exportDirectory: CommandLine.arguments.contains("--export-dir") ? argument("--export-dir", default: ".") : nil)
case "render":
  try RenderBenchmark.run(
    sizes: argument("--actors", default: "50,200,1000").split(separator: ",").compactMap { Int($0) },
    relationsPerActor: Double(argument("--relations-per-actor", default: "2")) ?? 2,
    runs: Int(argument("--runs", default: "3")) ?? 3)
default:
  print(
    """
    usage: powermap-bench load --format json|yaml [--actors N] [--relations M] [--runs R]
           powermap-bench analyze [--actors N] [--relations M] [--runs R]
           powermap-bench betweenness [--nodes N] [--edges M] [--runs R] [--edge-list FILE]
           powermap-bench montecarlo [--model FILE --scenario S | --actors N] [--samples N] [--jobs J] [--runs R]
           powermap-bench sweep [--actors N] [--jobs J] [--runs R]
           powermap-bench advise [--actors N] [--robust] [--runs R]
           powermap-bench render [--actors 50,200,1000] [--relations-per-actor 2] [--runs R]
           powermap-bench export [--actors N] --out FILE      (the influence graph as an edge list)
           powermap-bench suite [--sizes 100,1000,10000,100000] [--ops pagerank,betweenness,scc,articulation,
                 dominators,fragmentation,friedkin-johnsen,sweep] [--jobs J] [--json] [--export-dir DIR]
                 [--exact-betweenness-limit N] [--sweep-limit N]
    """)
  exit(2)
}
