import Foundation

/// A batch of runs for `powermap run`: models × scenarios × options, read from a batch file.
///
/// ```yaml
/// schema: powermap-batch/1        # optional
/// defaults: {samples: 1000, seed: 7}
/// runs:
///   - {id: plan-2016-morena, model: ../veracruz-2016-2017.yaml, scenarios: [pan-to-morena]}
/// matrix:                         # every model with every scenario list, after `runs`
///   models: [../veracruz-2016-2017.yaml, ../veracruz-2019-2020.yaml]
///   scenarios: [[], [pan-to-morena], [lose-orfis]]
/// ```
///
/// Paths resolve against the batch file's folder; a scenario reference is resolved as
/// ``ScenarioResolver`` does (an id in the model, a file, or a file of the model's scenarios/
/// folder). Runs are numbered from 0 in file order, `runs` first, then the matrix model by model.
package struct Batch: Sendable, Equatable {
  package var runs: [BatchRun]

  package init(runs: [BatchRun]) {
    self.runs = runs
  }

  /// Reads and validates a batch file; every problem is reported, located.
  package static func load(contentsOf path: String) throws(DiagnosticsError) -> Batch {
    let source = try SourceText(contentsOf: path)
    let root = try source.parse()
    var decoder = DocumentDecoder(file: path)
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let batch = decoder.decodeBatch(root, directory: directory)
    let diagnostics = decoder.diagnostics.finished()
    guard let batch else { throw DiagnosticsError(diagnostics) }
    return batch
  }

  /// The runs of shard `index` (1-based) of `count`: those whose number is index − 1 modulo
  /// count. Concatenating the outputs of shards 1…count gives every run exactly once.
  package func shard(_ index: Int, of count: Int) -> [BatchRun] {
    precondition(count >= 1 && (1...count).contains(index), "a shard is K/N with 1 ≤ K ≤ N")
    return runs.filter { $0.number % count == index - 1 }
  }
}

/// One run of a batch.
package struct BatchRun: Sendable, Equatable, Codable {
  /// Position in the batch, from 0.
  package var number: Int
  /// The name in the output: the `id` given, else `run-NUMBER`.
  package var id: String
  /// The model file as written in the batch file.
  package var model: String
  /// The model file resolved against the batch file's folder.
  package var modelPath: String
  /// Scenario references as written, applied in order.
  package var scenarios: [String]
  /// The batch file's folder, against which scenario files resolve.
  package var directory: String
  /// Monte Carlo samples; 0 for a deterministic run only.
  package var samples: Int
  package var seed: UInt64
  package var exactBetweenness: Bool
}
