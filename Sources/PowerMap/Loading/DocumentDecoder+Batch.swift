import Foundation

extension AllowedKeys {
  static let batch = ["schema", "defaults", "runs", "matrix"]
  static let batchDefaults = ["samples", "seed", "exactBetweenness"]
  static let batchRun = ["id", "model", "scenarios", "samples", "seed", "exactBetweenness"]
  static let batchMatrix = ["models", "scenarios", "samples", "seed", "exactBetweenness"]
}

extension DocumentDecoder {
  /// The largest `samples` a run may ask for: the Monte Carlo limit of every command.
  static var maximumSamples: Int { MonteCarloSimulation.maximumSamples }

  /// Options that `defaults`, a run or the matrix can set.
  struct RunOptions {
    var samples = 0
    var seed: UInt64 = 1
    var exactBetweenness = false
  }

  /// Decodes a batch file; paths resolve against `directory`.
  mutating func decodeBatch(_ root: DocumentNode, directory: String) -> Batch? {
    let read = readMapping(root, allowing: AllowedKeys.batch, path: "", what: "a batch") { decoder, top in
      if let node = top.value("schema"), let schema = decoder.string(node, "schema"), schema != "powermap-batch/1" {
        decoder.diagnostics.error(
          node.location, "schema", "unsupported batch schema '\(schema)'", hint: "use 'powermap-batch/1'")
      }
      let defaults =
        top.value("defaults").flatMap { node in
          decoder.readMapping(node, allowing: AllowedKeys.batchDefaults, path: "defaults", what: "defaults") {
            decoder, reader in decoder.runOptions(&reader, base: RunOptions(), path: "defaults")
          }
        } ?? RunOptions()
      var runs: [BatchRun] = []
      if let node = top.value("runs") {
        decoder.decodeRuns(node, defaults: defaults, directory: directory, into: &runs)
      }
      if let node = top.value("matrix") {
        decoder.decodeMatrix(node, defaults: defaults, directory: directory, into: &runs)
      }
      return runs
    }
    guard let runs = read else { return nil }
    if runs.isEmpty && !diagnostics.hasErrors {
      diagnostics.error(root.location, "", "the batch has no runs", hint: "add 'runs:' or 'matrix:'")
    }
    var seen: [String: Int] = [:]
    for run in runs {
      if let first = seen[run.id] {
        diagnostics.error(
          nil, "runs", "two runs are named '\(run.id)' (runs \(first) and \(run.number))",
          hint: "give them distinct ids")
      }
      seen[run.id] = run.number
    }
    return diagnostics.hasErrors ? nil : Batch(runs: runs)
  }

  /// The `runs` list: one run each, numbered on from `runs`.
  private mutating func decodeRuns(
    _ node: DocumentNode, defaults: RunOptions, directory: String, into runs: inout [BatchRun]
  ) {
    _ = list(node, "runs") { decoder, child, index -> Bool? in
      let path = "runs[\(index)]"
      let read = decoder.readMapping(child, allowing: AllowedKeys.batchRun, path: path, what: "a run") {
        decoder, reader in
        let id = reader.value("id").flatMap { decoder.string($0, "\(path).id") }
        let model = decoder.require("model", in: &reader, path, what: "run").flatMap {
          decoder.string($0, "\(path).model")
        }
        let scenarios = reader.value("scenarios").flatMap { decoder.stringList($0, "\(path).scenarios") } ?? []
        let options = decoder.runOptions(&reader, base: defaults, path: path)
        return (id: id, model: model, scenarios: scenarios, options: options)
      }
      guard let (id, model, scenarios, options) = read, let model else { return nil }
      let number = runs.count
      runs.append(
        Self.run(
          number: number, id: id ?? "run-\(number)", model: model, scenarios: scenarios, options: options,
          directory: directory))
      return true
    }
  }

  /// The `matrix`: one run per model and scenario list, numbered on from `runs`.
  private mutating func decodeMatrix(
    _ node: DocumentNode, defaults: RunOptions, directory: String, into runs: inout [BatchRun]
  ) {
    let read = readMapping(node, allowing: AllowedKeys.batchMatrix, path: "matrix", what: "a matrix") {
      decoder, reader in
      let models = decoder.require("models", in: &reader, "matrix", what: "matrix").flatMap {
        decoder.stringList($0, "matrix.models")
      }
      let scenarioLists =
        reader.value("scenarios").flatMap { node in
          decoder.list(node, "matrix.scenarios") { decoder, child, index in
            decoder.stringList(child, "matrix.scenarios[\(index)]")
          }
        } ?? [[]]
      let options = decoder.runOptions(&reader, base: defaults, path: "matrix")
      return (models: models, scenarioLists: scenarioLists, options: options)
    }
    guard let (models, scenarioLists, options) = read else { return }
    for model in models ?? [] {
      for scenarios in scenarioLists {
        let names = ([model] + scenarios).map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
        let id = (scenarios.isEmpty ? names + ["baseline"] : names).joined(separator: "+")
        runs.append(
          Self.run(
            number: runs.count, id: id, model: model, scenarios: scenarios, options: options, directory: directory))
      }
    }
  }

  /// A run of `model` (resolved against `directory` unless absolute) with `scenarios` and `options`.
  private static func run(
    number: Int, id: String, model: String, scenarios: [String], options: RunOptions, directory: String
  ) -> BatchRun {
    let modelPath =
      model.hasPrefix("/") ? model : URL(fileURLWithPath: directory).appendingPathComponent(model).standardized.path
    return BatchRun(
      number: number, id: id, model: model, modelPath: modelPath, scenarios: scenarios, directory: directory,
      samples: options.samples, seed: options.seed, exactBetweenness: options.exactBetweenness)
  }

  private mutating func runOptions(_ reader: inout MappingReader, base: RunOptions, path: String) -> RunOptions {
    var options = base
    if let node = reader.value("samples"), let value = integer(node, "\(path).samples", in: 0...Self.maximumSamples) {
      options.samples = value
    }
    if let node = reader.value("seed"), let value = seed(node, "\(path).seed") { options.seed = value }
    if let node = reader.value("exactBetweenness") {
      if case .scalar(let text, let style) = node.content, style != .text, text == "true" || text == "false" {
        options.exactBetweenness = text == "true"
      } else {
        diagnostics.error(
          node.location, "\(path).exactBetweenness", "expected true or false, found \(node.kindDescription)")
      }
    }
    return options
  }

  /// A whole number within `range`.
  mutating func integer(_ node: DocumentNode, _ path: @autoclosure () -> String, in range: ClosedRange<Int>) -> Int? {
    guard let value = number(node, path(), in: Double(range.lowerBound)...Double(range.upperBound)) else { return nil }
    guard value == value.rounded(), let integer = Int(exactly: value) else {
      diagnostics.error(node.location, path(), "expected a whole number, found \(node.kindDescription)")
      return nil
    }
    return integer
  }

  /// A seed: a whole number in 0 … 2⁶⁴ − 1 (UInt64, the range of `--seed`), read from its digits so
  /// that no value loses precision on the way.
  mutating func seed(_ node: DocumentNode, _ path: @autoclosure () -> String) -> UInt64? {
    let hint = "a seed is a whole number from 0 to \(UInt64.max)"
    guard case .scalar(let text, let style) = node.content, style == .plain || style == .number else {
      diagnostics.error(node.location, path(), "expected a whole number, found \(node.kindDescription)", hint: hint)
      return nil
    }
    let digits = text.trimmingSpaces
    if let value = UInt64(digits.hasPrefix("+") ? String(digits.dropFirst()) : digits) { return value }
    guard let value = Double(digits), value.isFinite else {
      diagnostics.error(node.location, path(), "expected a whole number, found \(node.kindDescription)", hint: hint)
      return nil
    }
    if let exact = UInt64(exactly: value) { return exact }
    if value < 0 || value >= 0x1p64 {
      diagnostics.error(node.location, path(), "\(text) is out of range", hint: hint)
    } else {
      diagnostics.error(node.location, path(), "expected a whole number, found \(text)", hint: hint)
    }
    return nil
  }

  /// A list of texts.
  mutating func stringList(_ node: DocumentNode, _ path: @autoclosure () -> String) -> [String]? {
    let base = path()
    return list(node, base) { decoder, child, index in decoder.string(child, "\(base)[\(index)]") }
  }
}
