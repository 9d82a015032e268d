import Foundation
import TestSupport
import Testing

@testable import PowerMap

/// Workshop sheets as Spanish-speaking workshops write them: Spanish headers and values, names
/// instead of ids, `;` with decimal commas, and the commitments and obstacles sheets.
struct SpanishSpreadsheetTests {
  static let folder = PackageRoot.url("models/examples/taller-xalapa")

  @Test func theExampleWorkshopImportsWithSpanishHeadersValuesAndNames() throws {
    let files = SpreadsheetImporter.Files(
      actors: Self.folder.appendingPathComponent("actores.csv").path,
      relations: Self.folder.appendingPathComponent("relaciones.csv").path,
      commitments: Self.folder.appendingPathComponent("compromisos.csv").path,
      obstacles: Self.folder.appendingPathComponent("obstaculos.csv").path)
    let model = try SpreadsheetImporter.importModel(files, name: "Taller")
    // Ids made from the short name, or the name, with accents folded.
    #expect(
      model.actors.map(\.id) == ["orfis", "ivai", "municipios", "alcaldias-reticentes", "ciudadania", "colectivo"])
    #expect(model.actors.map(\.kind) == [.autonomous, .autonomous, .municipal, .municipal, .citizens, .civilSociety])
    #expect(model.actors.map(\.level) == [.state, .state, .municipal, .municipal, .community, .municipal])
    #expect(model.actors[3].stance == -0.5 && model.actors[0].stubbornness == 0.8)
    #expect(model.actors[0].tags == ["fiscalización", "auditoría"])
    #expect(
      model.relations.map(\.kind) == [
        .oversight, .oversight, .alliance, .conflict, .dependsOn, .information, .influence,
      ])
    #expect(model.relations[0] == Relation(from: "orfis", to: "municipios", kind: .oversight, weight: 0.6))
    let commitment = try #require(model.commitments.first)
    #expect(commitment.owner == "orfis" && commitment.threshold == 0.25)
    #expect(commitment.needs.acceptance == ["municipios", "ciudadania"])
    #expect(commitment.needs.ability == ["orfis", "ivai", "colectivo"])
    #expect(model.obstacles.map(\.kind) == [.political, .technical])
    #expect(
      model.obstacles[0].holders == ["alcaldias-reticentes"] && model.obstacles[0].blocks == ["datos-obra-publica"])
    #expect(model.obstacles[1].title == "Herramientas para la calidad de los datos: ¿son factibles?")
  }

  @Test func headersAndKindsIgnoreCaseAndAccents() throws {
    let actors =
      "ID,NOMBRE,tipo,Nivel,PODER,interes,Postura\nx,X,Sociedad Civil,FEDERAL,0.5,0.5,0\n"
      + "y,Y,dependencia,Estatal,0.5,0.5,0\nz,Z,Agency,state,0.5,0.5,0\n"
    let relations = "De,A,Tipo,Peso\nx,y,Supervision,0.5\ny,z,FINANCIAMIENTO,\n"
    let paths = try SheetFiles.write(["actors.csv": actors, "relations.csv": relations])
    let model = try SpreadsheetImporter.importModel(
      actorsFile: paths["actors.csv"] ?? "", relationsFile: paths["relations.csv"], name: "x")
    #expect(model.actors.map(\.kind) == [.civilSociety, .agency, .agency])
    #expect(model.actors.map(\.level) == [.federal, .state, .state])
    #expect(model.relations.map(\.kind) == [.oversight, .funding])
  }

  @Test func unknownHeadersAreNamedAtTheirCellWithTheNearestKnownColumn() throws {
    let actors = "id,nombre,tipo,nivel,podr,interés,postura,color\na,A,agencia,estatal,0.5,0.5,0,rojo\n"
    let errors = try SheetFiles.errors(["actors.csv": actors])
    #expect(
      errors == [
        "actors.csv:1:22 header: unknown column 'podr' (did you mean 'poder'?)",
        "actors.csv:1:43 header: unknown column 'color' (known columns: id, name, short, kind, level, power, "
          + "interest, stance, stubbornness, uncertainty, legitimacy, urgency, affiliation, tags)",
        "actors.csv:1:1 header: missing required column 'power' (the header row needs: name, kind, level, power, "
          + "interest, stance; not recognised: 'podr', 'color')",
      ])
  }

  @Test func aRepeatedHeaderIsLocatedOnTheHeaderRow() throws {
    let actors = "id,name,kind,level,power,interest,stance,nombre\na,A,agency,state,0.5,0.5,0,B\n"
    let errors = try SheetFiles.errors(["actors.csv": actors])
    #expect(
      errors == ["actors.csv:1:42 header: the column 'nombre' repeats 'name' (both are 'name') (keep one of them)"])
  }

  @Test func aColumnTwiceAndACellPastTheHeaderAreNamedAsSuch() throws {
    let twice = try SheetFiles.errors(["actors.csv": "id,id,name,kind,level,power,interest,stance\n"])
    #expect(twice == ["actors.csv:1:4 header: the column 'id' appears twice (keep one of them)"])
    let extra = try SheetFiles.errors([
      "actors.csv": "id,name,kind,level,power,interest,stance\na,A,agency,state,0.5,0.5,0,extra\n"
    ])
    #expect(
      extra == [
        "actors.csv:2:28 row: a cell beyond the header's last column "
          + "(the header has 7 columns; name the column or empty the cell)"
      ])
  }

  @Test func aHeaderOnlySheetIsLocatedInTheSheet() throws {
    let errors = try SheetFiles.errors(["actors.csv": "nombre;tipo;nivel;poder;interés;postura\n"])
    #expect(
      errors == ["actors.csv:1:1 header: the sheet has a header row but no actors below it (add one row per actor)"])
  }

  @Test func utf16WithoutByteOrderMarkAndNULBytesAreNotAUTF8CSV() throws {
    let text = "id,name\na,A\n"
    let utf16 = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let paths = try SheetFiles.write(bytes: ["utf16.csv": utf16, "nul.csv": Array("id,name\na,\u{0}A\n".utf8)])
    for (file, message) in [
      ("utf16.csv", "the file looks like UTF-16 without a byte-order mark, not a UTF-8 CSV"),
      ("nul.csv", "the file contains a NUL byte: it is not a UTF-8 CSV"),
    ] {
      #expect {
        try SpreadsheetImporter.importModel(actorsFile: paths[file] ?? "", relationsFile: nil, name: "x")
      } throws: { error in
        let first = (error as? DiagnosticsError)?.errors.first
        return first?.message == message && first?.hint?.contains("CSV UTF-8") == true
      }
    }
  }

  @Test func accentedIDsGetAFoldedSuggestion() throws {
    let actors = "id,name,kind,level,power,interest,stance\nciudadanía,Ciudadanía,citizens,community,0.2,0.7,0.6\n"
    let errors = try SheetFiles.errors(["actors.csv": actors])
    #expect(errors.count == 1)
    #expect(errors.first?.hasSuffix("e.g. 'ciudadania')") == true)
  }

  /// 'CPC' is rejected as an id; the reference 'cpc' must not be told "did you mean 'CPC'?".
  @Test func didYouMeanNeverOffersAnIDThatWasJustRejected() throws {
    let actors =
      "id,name,kind,level,power,interest,stance\nCPC,Comité,civil-society,state,0.3,0.8,0.8\n"
      + "orfis,ORFIS,autonomous,state,0.7,0.9,0.8\n"
    let relations = "from,to,kind\ncpc,orfis,influence\n"
    let errors = try SheetFiles.errors(["actors.csv": actors, "relations.csv": relations])
    #expect(errors.count == 2)
    #expect(errors.first?.hasPrefix("actors.csv:2:1 column 'id': invalid id 'CPC'") == true)
    #expect(
      errors.last
        == "relations.csv:2:1 column 'from': unknown actor 'cpc' "
        + "(the actor 'CPC' is declared with an invalid id; declare it as 'cpc')")
    #expect(!errors.joined().contains("did you mean 'CPC'"))
  }

  @Test func commitmentListsTakeBarsOrSemicolonsAndErrorsAreLocatedInTheirSheet() throws {
    let actors = "id,name,kind,level,power,interest,stance\na,A,agency,state,0.5,0.5,0.5\nb,B,media,state,0.5,0.5,0.5\n"
    let commitments = "id,título,responsable,autoridad,aceptación\nc1,Uno,a,a,\"b; a\"\nc2,Dos,a,a|zz,b\n"
    let paths = try SheetFiles.write(["actors.csv": actors, "commitments.csv": commitments])
    let files = SpreadsheetImporter.Files(actors: paths["actors.csv"] ?? "", commitments: paths["commitments.csv"])
    #expect {
      try SpreadsheetImporter.importModel(files, name: "x")
    } throws: { error in
      SheetFiles.lines(error) == [
        "commitments.csv:3:10 column 'autoridad', item 2: unknown actor 'zz' (every id must be declared under actors)"
      ]
    }
    let fixed = "id,título,responsable,autoridad,aceptación\nc1,Uno,a,a,\"b; a\"\nc2,Dos,a,a|b,b\n"
    let fixedPaths = try SheetFiles.write(["actors.csv": actors, "commitments.csv": fixed])
    let model = try SpreadsheetImporter.importModel(
      SpreadsheetImporter.Files(actors: fixedPaths["actors.csv"] ?? "", commitments: fixedPaths["commitments.csv"]),
      name: "x")
    #expect(model.commitments.map(\.needs.acceptance) == [["b", "a"], ["b"]])
    #expect(model.commitments[1].needs.authority == ["a", "b"])
    #expect(model.commitments[0].title == "Uno")
  }

  @Test func anEmptyRequiredCellNamesItsColumn() throws {
    let actors = "id;nombre;tipo;nivel;poder;interés;postura\na;;agencia;estatal;0,5;0,5;0\n"
    let errors = try SheetFiles.errors(["actors.csv": actors])
    #expect(errors == ["actors.csv:2:1 row: the cell of column 'nombre' is empty (every actor needs name)"])
  }

  @Test func theModelIsNamedAfterAFolderThatSaysSomething() {
    #expect(SpreadsheetImporter.defaultName(forActorsFile: "/home/ana/taller-xalapa/actores.csv") == "taller-xalapa")
    #expect(SpreadsheetImporter.defaultName(forActorsFile: "taller xalapa/actors.csv") == "taller xalapa")
    #expect(SpreadsheetImporter.defaultName(forActorsFile: "/home/ana/Descargas/actores.csv") == nil)
    #expect(SpreadsheetImporter.defaultName(forActorsFile: "/tmp/actors.csv") == nil)
    #expect(
      SpreadsheetImporter.defaultName(forActorsFile: "/tmp/import-53D2E567-52D1-49CC-96BC-0FBA7E8D8D33/actors.csv")
        == nil)
  }
}

/// Temporary sheets for the import tests, and their errors as `FILE:LINE:COLUMN PATH: MESSAGE (HINT)`.
enum SheetFiles {
  static func write(_ files: [String: String]) throws -> [String: String] {
    try write(bytes: files.mapValues { Array($0.utf8) })
  }

  static func write(bytes files: [String: [UInt8]]) throws -> [String: String] {
    let folder = try TemporaryFolder.make("sheets")
    var paths: [String: String] = [:]
    for (name, bytes) in files {
      let url = folder.appendingPathComponent(name)
      try Data(bytes).write(to: url)
      paths[name] = url.path
    }
    return paths
  }

  /// The errors of importing `actors.csv` (and `relations.csv` when given); [] when it imports.
  static func errors(_ files: [String: String]) throws -> [String] {
    let paths = try write(files)
    do {
      _ = try SpreadsheetImporter.importModel(
        actorsFile: paths["actors.csv"] ?? "", relationsFile: paths["relations.csv"], name: "x")
      return []
    } catch {
      return lines(error)
    }
  }

  static func lines(_ error: any Error) -> [String] {
    ((error as? DiagnosticsError)?.errors ?? []).map { diagnostic in
      "\(URL(fileURLWithPath: diagnostic.file).lastPathComponent):\(diagnostic.line ?? 0):\(diagnostic.column ?? 0) "
        + "\(diagnostic.path): \(diagnostic.message)" + (diagnostic.hint.map { " (\($0))" } ?? "")
    }
  }
}
