import Foundation
import TestSupport
import Testing

struct ImportCommandTests {
  @Test func importWritesAModelThatValidatesAndKeepsUTF8Names() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let output = folder.appendingPathComponent("taller.yaml").path
    let result = try PowerMapBinary.run([
      "import", "--actors", "models/examples/actors.csv", "--relations", "models/examples/relations.csv",
      "--name", "Taller de Xalapa", "-o", output,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let text = try String(contentsOfFile: output, encoding: .utf8)
    #expect(text.contains("name: \"Taller de Xalapa\""))
    #expect(text.contains("Órgano de Fiscalización Superior"))
    let validate = try PowerMapBinary.run(["validate", output])
    #expect(validate.status == 0, "\(validate.stderr)")
    // Nothing but the output is left in the folder: the write was atomic.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["taller.yaml"])
  }

  @Test func badSpreadsheetExitsTwoWritesNothingAndLocatesTheCell() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let actors = folder.appendingPathComponent("actors.csv")
    try Data("id,name,kind,level,power,interest,stance\na,A,agency,state,0.5,0.5,2\n".utf8).write(to: actors)
    let output = folder.appendingPathComponent("model.yaml").path
    let result = try PowerMapBinary.run(["import", "--actors", actors.path, "-o", output])
    #expect(result.status == 2)
    #expect(result.stderr.contains("actors.csv:2:26: error: column 'stance': 2 is out of range"))
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  @Test func importRefusesToOverwriteItsInput() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let actors = folder.appendingPathComponent("actors.csv")
    let content = Data("id,name,kind,level,power,interest,stance\na,A,agency,state,0.5,0.5,0\n".utf8)
    try content.write(to: actors)
    let result = try PowerMapBinary.run(["import", "--actors", actors.path, "-o", actors.path])
    #expect(result.status == 2)
    #expect(try Data(contentsOf: actors) == content)
  }

  /// The Spanish workshop folder: four sheets, `;` with decimal commas, Spanish headers and
  /// kinds, actors named instead of ids; the model is named after the folder.
  @Test func spanishWorkshopSheetsImportWithCommitmentsAndObstacles() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let output = folder.appendingPathComponent("taller.yaml").path
    let sheets = "models/examples/taller-xalapa/"
    let result = try PowerMapBinary.run([
      "import", "--actors", sheets + "actores.csv", "--relations", sheets + "relaciones.csv",
      "--commitments", sheets + "compromisos.csv", "--obstacles", sheets + "obstaculos.csv", "-o", output,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("note: the model is named 'taller-xalapa' after the folder of"))
    #expect(result.stderr.contains("6 actors, 7 relations, 1 commitments, 2 obstacles"))
    let text = try String(contentsOfFile: output, encoding: .utf8)
    #expect(text.contains("name: \"taller-xalapa\""))
    #expect(text.contains("  - id: alcaldias-reticentes\n"))
    #expect(text.contains("kind: civil-society"))
    #expect(text.contains("  - {from: municipios, to: orfis, kind: depends-on, weight: 0.3}"))
    #expect(text.contains("      ability: [orfis, ivai, colectivo]"))
    let validate = try PowerMapBinary.run(["validate", output])
    #expect(validate.status == 0, "\(validate.stderr)")
  }

  @Test func aFolderThatSaysNothingAsksForName() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let actors = folder.appendingPathComponent("actors.csv")
    try Data("id,name,kind,level,power,interest,stance\na,A,agency,state,0.5,0.5,0\n".utf8).write(to: actors)
    let result = try PowerMapBinary.run(["import", "--actors", actors.path, "-o", "-"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("note: the model is named 'actors' after the file"))
    #expect(result.stderr.contains("name it with --name"))
  }

  @Test func headerOnlySheetIsLocatedInTheCSVNotInTheOutput() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let actors = folder.appendingPathComponent("actors.csv")
    try Data("id,name,kind,level,power,interest,stance\n".utf8).write(to: actors)
    let output = folder.appendingPathComponent("out.yaml").path
    let result = try PowerMapBinary.run(["import", "--actors", actors.path, "-o", output])
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "\(actors.path):1:1: error: header: the sheet has a header row but no actors below it "
        + "(hint: add one row per actor)\n")
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  @Test func utf16WithoutBOMAndNULBytesSayNotAUTF8CSV() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let utf16 = folder.appendingPathComponent("utf16.csv")
    let text = "id,name,kind,level,power,interest,stance\na,A,agency,state,0.5,0.5,0\n"
    try Data(Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).write(to: utf16)
    let nul = folder.appendingPathComponent("nul.csv")
    try Data(Array(text.utf8) + [0, 0x0A]).write(to: nul)
    for (file, message) in [
      (utf16, "error: the file looks like UTF-16 without a byte-order mark, not a UTF-8 CSV"),
      (nul, "error: the file contains a NUL byte: it is not a UTF-8 CSV"),
    ] {
      let result = try PowerMapBinary.run(["import", "--actors", file.path, "-o", "-"])
      #expect(result.status == 2)
      #expect(result.stderr.contains(message), "\(result.stderr)")
      #expect(!result.stderr.contains("YAML"))
      #expect(result.stdout.isEmpty)
    }
  }

  @Test func duplicateAndUnknownHeadersAreLocatedOnTheHeaderRow() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let actors = folder.appendingPathComponent("actors.csv")
    try Data("id;nombre;tipo;nivel;poder;interes;postura;Interés;Etiqeutas\na;A;agencia;estatal;0,5;0,5;0;0,4;x\n".utf8)
      .write(to: actors)
    let result = try PowerMapBinary.run(["import", "--actors", actors.path, "-o", "-"])
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "\(actors.path):1:44: error: header: the column 'Interés' repeats 'interes' (both are 'interest') "
        + "(hint: keep one of them)\n"
        + "\(actors.path):1:52: error: header: unknown column 'Etiqeutas' (hint: did you mean 'etiquetas'?)\n")
  }

  @Test func aRejectedIDIsNeverSuggested() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let actors = folder.appendingPathComponent("actors.csv")
    try Data(
      "id,name,kind,level,power,interest,stance\nCPC,Comité,civil-society,state,0.3,0.8,0.8\nb,B,media,state,0.5,0.5,0\n"
        .utf8
    ).write(to: actors)
    let relations = folder.appendingPathComponent("relations.csv")
    try Data("from,to,kind\ncpc,b,influence\n".utf8).write(to: relations)
    let result = try PowerMapBinary.run(["import", "--actors", actors.path, "--relations", relations.path, "-o", "-"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("invalid id 'CPC' (hint: ids use lower-case letters"))
    #expect(result.stderr.contains("unknown actor 'cpc' (hint: the actor 'CPC' is declared with an invalid id"))
    #expect(!result.stderr.contains("did you mean 'CPC'"))
  }
}
