import Testing

@testable import PowerMap

/// `positions.csv` (actor, commitment, stance): the actors' positions per commitment, located at
/// their cells like every other sheet, in English or Spanish headers.
@Suite struct PositionsSheetTests {
  static let actors =
    "id,name,kind,level,power,interest,stance\nsenado,Senado,legislature,federal,0.7,0.6,0.1\n"
    + "sfp,SFP,agency,federal,0.6,0.7,0.5\n"
  static let commitments =
    "id,title,owner,authority\nplataforma,Plataforma,sfp,sfp|senado\n"
    + "nombramientos,Nombramientos,sfp,senado\n"

  func importModel(positions: String) throws -> Model {
    let paths = try SheetFiles.write([
      "actors.csv": Self.actors, "commitments.csv": Self.commitments, "positions.csv": positions,
    ])
    let files = SpreadsheetImporter.Files(
      actors: try #require(paths["actors.csv"]), commitments: paths["commitments.csv"],
      positions: paths["positions.csv"])
    return try SpreadsheetImporter.importModel(files, name: "t")
  }

  /// The Senate backs the platform and blocks the appointments; names and decimal commas work.
  @Test func positionsReachTheirActors() throws {
    let model = try importModel(
      positions: "actor;compromiso;postura\nSenado;plataforma;0,6\nsenado;nombramientos;-0,7\n")
    #expect(model.actors[0].positions == ["plataforma": 0.6, "nombramientos": -0.7])
    #expect(model.actors[1].positions.isEmpty)
    let written = ModelWriter.yaml(model)
    #expect(written.contains("    positions:\n      plataforma: 0.6\n      nombramientos: -0.7\n"))
    #expect(try ModelLoader.load(bytes: Array(written.utf8), file: "t.yaml").model == model)
  }

  @Test func everyProblemIsLocatedAtItsCell() throws {
    #expect {
      _ = try importModel(
        positions: "actor,commitment,stance\nsenad,plataforma,0.6\nsenado,plataform,0.6\nsenado,nombramientos,2\n"
          + "senado,nombramientos,0.1\nsfp,,0.2\n")
    } throws: { error in
      guard let error = error as? DiagnosticsError else { return false }
      let lines = error.errors.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.path): \($0.message)" }
      return lines == [
        "2:1 column 'actor': unknown actor 'senad'", "3:8 column 'commitment': unknown commitment 'plataform'",
        "4:22 column 'stance': 2 is out of range",
        "5:8 column 'commitment': a second position of 'senado' on 'nombramientos'",
        "6:1 row: a position needs an actor, a commitment and a stance",
      ] && error.errors.allSatisfy { $0.file.hasSuffix("positions.csv") }
    }
  }
}
