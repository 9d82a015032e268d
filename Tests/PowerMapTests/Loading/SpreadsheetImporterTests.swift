import Foundation
import TestSupport
import Testing

@testable import PowerMap

struct SpreadsheetImporterTests {
  /// Writes the files to a fresh folder and returns their paths.
  func write(_ files: [String: [UInt8]]) throws -> [String: String] {
    try SheetFiles.write(bytes: files)
  }

  @Test func importsSemicolonSpreadsheetWithBOMQuotesDecimalCommasAndTags() throws {
    let actors =
      Array("\u{FEFF}id;name;kind;level;power;interest;stance;tags\n".utf8)
      + Array("orfis;\"Órgano de Fiscalización; Veracruz\";autonomous;state;0,7;0,9;0,8;audit|oversight\n".utf8)
      + Array("ivai;\"IVAI \"\"el instituto\"\"\";autonomous;state;0.5;1;-0,25;\n\n".utf8)
    let relations = Array("from;to;kind;weight\r\nivai;orfis;alliance;0,6\r\norfis;ivai;influence;\r\n".utf8)
    let paths = try write(["actors.csv": actors, "relations.csv": relations])
    let model = try SpreadsheetImporter.importModel(
      actorsFile: try #require(paths["actors.csv"]), relationsFile: paths["relations.csv"], name: "Taller")
    #expect(model.name == "Taller")
    #expect(model.actors.map(\.name) == ["Órgano de Fiscalización; Veracruz", "IVAI \"el instituto\""])
    #expect(model.actors[0].power == 0.7 && model.actors[0].stance == 0.8)
    #expect(model.actors[0].tags == ["audit", "oversight"])
    #expect(model.actors[1].stance == -0.25 && model.actors[1].tags.isEmpty)
    #expect(
      model.relations == [
        Relation(from: "ivai", to: "orfis", kind: .alliance, weight: 0.6),
        Relation(from: "orfis", to: "ivai", kind: .influence, weight: 0.5),
      ])
  }

  @Test func errorsAreLocatedAtTheCell() throws {
    let actors = Array("id,name,kind,level,power,interest,stance\norfis,ORFIS,autonomous,state,1.7,0.9,0.8\n".utf8)
    let relations = Array("from,to,kind\norfis,orfiss,influence\n".utf8)
    let paths = try write(["actors.csv": actors, "relations.csv": relations])
    #expect {
      try SpreadsheetImporter.importModel(
        actorsFile: paths["actors.csv"] ?? "", relationsFile: paths["relations.csv"], name: "x")
    } throws: { error in
      let lines = (error as? DiagnosticsError)?.errors.map { diagnostic in
        "\(URL(fileURLWithPath: diagnostic.file).lastPathComponent):\(diagnostic.line ?? 0):\(diagnostic.column ?? 0) "
          + "\(diagnostic.path): \(diagnostic.message)"
      }
      return lines == [
        "actors.csv:2:30 column 'power': 1.7 is out of range",
        "relations.csv:2:7 column 'to': unknown actor 'orfiss'",
      ]
    }
  }

  @Test func missingColumnsAndUnknownColumnsAreReportedOnce() throws {
    let actors = Array(
      "id,name,kind,level,powr,interest,stance\na,A,agency,state,0.5,0.5,0\nb,B,agency,state,1,1,1\n".utf8)
    let paths = try write(["actors.csv": actors])
    #expect {
      try SpreadsheetImporter.importModel(actorsFile: paths["actors.csv"] ?? "", relationsFile: nil, name: "x")
    } throws: { error in
      let errors = (error as? DiagnosticsError)?.errors ?? []
      // The unknown column is named at its header cell, with the column it probably means.
      return errors.map(\.message) == ["unknown column 'powr'", "missing required column 'power'"]
        && errors.map(\.line) == [1, 1] && errors.first?.column == 20
        && errors.first?.hint == "did you mean 'power'?"
        && errors.last?.hint?.hasSuffix("not recognised: 'powr'") == true
    }
  }

  @Test func latin1SpreadsheetIsRefusedWithItsLine() throws {
    let actors: [UInt8] = Array("id,name\n".utf8) + [0x61, 0x2C, 0xD3, 0x0A]
    let paths = try write(["actors.csv": actors])
    #expect {
      try SpreadsheetImporter.importModel(actorsFile: paths["actors.csv"] ?? "", relationsFile: nil, name: "x")
    } throws: { error in
      let first = (error as? DiagnosticsError)?.errors.first
      return first?.line == 2 && first?.column == 3 && first?.message.hasPrefix("invalid UTF-8") == true
    }
  }
}
