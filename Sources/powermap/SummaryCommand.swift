import ArgumentParser
import Foundation
import PowerMap

struct SummaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: "Print what a model holds: actors by level and kind, relations by kind, commitments, obstacles."
  )

  @Argument(help: "A model file (YAML or JSON).")
  var model: String

  @Flag(help: "Print the summary as JSON.")
  var json = false

  func run() throws {
    let loaded = try ModelLoader.load(contentsOf: model)
    Terminal.printDiagnostics(loaded.warnings)
    let summary = ModelSummary(loaded.model)
    if json {
      try Terminal.write(Terminal.json(summary))
    } else {
      try Terminal.write(summary.text)
    }
  }
}
