import Foundation
import PowerMap
import PowerMapGraphviz

/// `powermap-bench render`: the power map of seeded scale-free models, and the library's overhead
/// over the `dot` command on the same DOT.
///
/// For each size it prints
/// - the whole map, model → SVG (analysis, first-pass layout, composition, second-pass render),
///   and each phase;
/// - the first-pass DOT (the body of the map with its engine) rendered to SVG in-process through
///   ``Graphviz`` and by the `dot` command (`dot -K<engine> -Tsvg file -o /dev/null`, wall time
///   including the process start), and the overhead of the library over the command;
/// - the same for the composed DOT (every position fixed, `nop2`).
///
/// With `POWERMAP_BENCH_WRITE_MODELS=FOLDER` the generated models are also written there as YAML
/// (`power-N.yaml`), to render them with the CLI.
enum RenderBenchmark {
  static func run(sizes: [Int], relationsPerActor: Double, runs: Int) throws {
    print(
      "power map, SVG, \(runs) runs each (medians), relations per actor \(relationsPerActor), Graphviz \(Graphviz.shared.version)"
    )
    for size in sizes {
      let model = ModelGenerator(
        actorCount: size, relationCount: Int(Double(size) * relationsPerActor), seed: 42
      ).model()
      if let folder = ProcessInfo.processInfo.environment["POWERMAP_BENCH_WRITE_MODELS"] {
        try Data(ModelWriter.yaml(model).utf8).write(
          to: URL(fileURLWithPath: folder).appendingPathComponent("power-\(size).yaml"))
      }
      let options = MapOptions(kind: .power, paper: .a3, date: "2025-01-01")
      _ = try MapRenderer.render(Simulation(model: model).run([]), options: options, format: .svg)  // warm-up

      let body = try MapRenderer.drawing(Simulation(model: model).run([]), options: options)
      let composed = try MapRenderer.compose(Simulation(model: model).run([]), options: options)
      let first = try compare(dot: body.body.dotText, engine: body.plan.engine, runs: runs, name: "body-\(size)")
      let second = try compare(dot: composed.dot, engine: "nop2", runs: runs, name: "composed-\(size)")
      var analysis: [Double] = []
      var drawing: [Double] = []
      var composing: [Double] = []
      var rendering: [Double] = []
      var plan = ""
      let whole = try Measurement.median(runs: runs) {
        analysis.append(Measurement.seconds { _ = StakeholderAnalysis(model: model) })
        drawing.append(
          try Measurement.seconds { _ = try MapRenderer.drawing(Simulation(model: model).run([]), options: options) })
        var composed: ComposedMap?
        composing.append(
          try Measurement.seconds {
            composed = try MapRenderer.compose(Simulation(model: model).run([]), options: options)
          })
        guard let composed else { return }
        plan = composed.plan.summary
        rendering.append(try Measurement.seconds { _ = try MapRenderer.render(composed, format: .svg) })
      }
      print(
        String(
          format: "%5d actors (%@): model → SVG %.2f s [whole pipeline, phases measured apart: analysis %.2f, "
            + "drawing %.2f, analysis+drawing+layout+composition %.2f, final render %.2f]",
          size, plan, whole.median, median(analysis), median(drawing), median(composing), median(rendering)))
      print(
        String(
          format: "      first-pass DOT (%@): library %.3f s, dot command %.3f s, overhead %+.1f %%",
          body.plan.engine, first.library, first.command, (first.library / first.command - 1) * 100))
      print(
        String(
          format: "      composed DOT (nop2): library %.3f s, dot command %.3f s, overhead %+.1f %%", second.library,
          second.command, (second.library / second.command - 1) * 100))
    }
  }

  /// Median seconds to render `dot` to SVG in-process and with the `dot` command.
  private static func compare(dot: String, engine: String, runs: Int, name: String) throws -> (
    library: Double, command: Double
  ) {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("powermap-bench-\(name).dot")
    try Data(dot.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    _ = try Graphviz.shared.render(dot: dot, engine: engine, format: "svg")
    let library = try Measurement.median(runs: runs) {
      _ = try Graphviz.shared.render(dot: dot, engine: engine, format: "svg")
    }
    let command = try Measurement.median(runs: runs) {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = ["dot", "-K" + engine, "-Tsvg", url.path, "-o", "/dev/null"]
      process.standardError = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
      guard process.terminationStatus == 0 else {
        throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "dot failed on \(url.path)"])
      }
    }
    return (library.median, command.median)
  }

  private static func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
}
