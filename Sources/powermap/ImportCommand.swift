import ArgumentParser
import Foundation
import PowerMap

struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Turn a workshop spreadsheet (actors.csv, relations.csv) into a model file.",
    discussion: """
      actors.csv has a header row naming actor keys (id,name,short,kind,level,power,interest,stance,…) in \
      any order; relations.csv has from,to,kind[,weight]. Comma or semicolon separated, UTF-8 with or \
      without byte-order mark; several tags in one cell are separated by '|'. The written model is \
      validated before it replaces FILE.
      """
  )

  @Option(help: "The actors spreadsheet (CSV).")
  var actors: String

  @Option(help: "The relations spreadsheet (CSV).")
  var relations: String?

  @Option(help: "The model's name (default: from the actors file's name).")
  var name: String?

  @Option(help: "The model's language code.")
  var language = "es"

  @Option(name: [.customShort("o"), .long], help: "The model file to write (.yaml or .json); '-' for stdout.")
  var output: String

  func validate() throws {
    if output.isEmpty { throw ValidationError("--output needs a file name, or '-' for stdout") }
  }

  func run() throws {
    let modelName = name ?? URL(fileURLWithPath: actors).deletingPathExtension().lastPathComponent
    let model = try SpreadsheetImporter.importModel(
      actorsFile: actors, relationsFile: relations, name: modelName, language: language)
    let asJSON = output.lowercased().hasSuffix(".json")
    let text = asJSON ? try ModelWriter.json(model) : ModelWriter.yaml(model)
    // Check what we are about to write reads back as the same model.
    let reloaded = try ModelLoader.load(bytes: Array(text.utf8), file: output)
    guard reloaded.model == model else {
      throw CommandFailure.internalFailure("the written model does not read back identically")
    }
    if output == "-" {
      try Terminal.writeData(Data(text.utf8))
    } else {
      try OutputFile.write(Data(text.utf8), to: output, inputs: [actors] + (relations.map { [$0] } ?? []))
      Terminal.message("wrote \(output): \(model.actors.count) actors, \(model.relations.count) relations")
    }
  }
}
