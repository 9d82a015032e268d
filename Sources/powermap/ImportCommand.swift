import ArgumentParser
import Foundation
import PowerMap

struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Turn a workshop spreadsheet (actors.csv, relations.csv, …) into a model file.",
    discussion: """
      actors.csv has a header row naming actor keys (id,name,short,kind,level,power,interest,stance,…) in \
      any order; relations.csv has from,to,kind[,weight]; commitments.csv id,title,owner,authority,acceptance,\
      ability,threshold; obstacles.csv id,kind,title,blocks,severity,holders,mitigators; positions.csv \
      actor,commitment,stance (an actor's stance on one commitment). Headers and kinds may \
      be Spanish (nombre,tipo,nivel,poder,interés,postura; de,a,tipo,peso; sociedad civil, estatal, …). \
      Without an id column, ids are made from the names. Comma or semicolon separated (with ';' a decimal \
      comma 0,7 is read as 0.7), UTF-8 with or without byte-order mark; several tags in one cell are \
      separated by '|', several actor ids by '|' or ';'. The written model is validated before it \
      replaces FILE. models/README.md describes the sheets.
      """
  )

  @Option(help: "The actors spreadsheet (CSV).")
  var actors: String

  @Option(help: "The relations spreadsheet (CSV).")
  var relations: String?

  @Option(help: "The commitments spreadsheet (CSV).")
  var commitments: String?

  @Option(help: "The obstacles spreadsheet (CSV).")
  var obstacles: String?

  @Option(help: "The positions spreadsheet (CSV): actor,commitment,stance.")
  var positions: String?

  @Option(help: "The model's name (default: the name of the actors file's folder).")
  var name: String?

  @Option(help: "The model's language code.")
  var language = "es"

  @Option(name: [.customShort("o"), .long], help: "The model file to write (.yaml or .json); '-' for stdout.")
  var output: String

  func validate() throws {
    if output.isEmpty { throw ValidationError("--output needs a file name, or '-' for stdout") }
  }

  func run() throws {
    let files = SpreadsheetImporter.Files(
      actors: actors, relations: relations, commitments: commitments, obstacles: obstacles, positions: positions)
    let (modelName, note) = modelName()
    let model = try SpreadsheetImporter.importModel(files, name: modelName, language: language)
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
      let inputs = [actors] + [relations, commitments, obstacles, positions].compactMap { $0 }
      try OutputFile.write(Data(text.utf8), to: output, inputs: inputs)
      var counts = "\(model.actors.count) actors, \(model.relations.count) relations"
      if commitments != nil || obstacles != nil {
        counts += ", \(model.commitments.count) commitments, \(model.obstacles.count) obstacles"
      }
      Terminal.message("wrote \(output): \(counts)")
    }
    if let note { Terminal.printNote(note) }
  }

  /// --name, or the actors file's folder; with a note (printed once the model is written) that
  /// says where the name came from and how to set it.
  private func modelName() -> (name: String, note: String?) {
    if let name { return (name, nil) }
    if let folder = SpreadsheetImporter.defaultName(forActorsFile: actors) {
      return (folder, "the model is named '\(folder)' after the folder of \(actors); set it with --name")
    }
    let stem = URL(fileURLWithPath: actors).deletingPathExtension().lastPathComponent
    return (
      stem,
      "the model is named '\(stem)' after the file (its folder's name says nothing of the workshop); "
        + "name it with --name, e.g. --name \"Taller de Xalapa 2024\""
    )
  }
}
