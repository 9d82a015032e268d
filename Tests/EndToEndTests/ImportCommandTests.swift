import Foundation
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
}
