import Foundation
import TestSupport
import Testing

/// `powermap render`, run as a user would.
struct RenderCommandTests {
  static let model2019 = "models/veracruz-2019-2020.yaml"
  static let model2016 = "models/veracruz-2016-2017.yaml"

  @Test(arguments: [
    ("power", "svg"), ("grid", "png"), ("commitments", "pdf"), ("scenario", "dot"),
  ])
  func writesEachMapInAFormat(map: String, format: String) throws {
    let folder = try PowerMapBinary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("map.\(format)")
    var arguments = [
      "render", Self.model2016, "--map", map, "--lang", "es", "--page", "a3", "--dpi", "50", "-o", output.path,
    ]
    if map == "scenario" { arguments += ["--scenario", "pan-to-morena"] }
    let result = try PowerMapBinary.run(arguments)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("wrote \(output.path)"))
    let data = try Data(contentsOf: output)
    switch format {
    case "svg": #expect(String(decoding: data, as: UTF8.self).contains("Mapa de poder"))
    case "png": #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    case "pdf": #expect(data.starts(with: Array("%PDF-".utf8)))
    default: #expect(String(decoding: data, as: UTF8.self).hasPrefix("digraph scenario_map {"))
    }
  }

  @Test func writesToStandardOutputWithADash() throws {
    let result = try PowerMapBinary.run(["render", Self.model2019, "--map", "grid", "--format", "svg", "-o", "-"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("<?xml"))
    // Without --lang the map speaks the model's language (es), like the report.
    #expect(result.stdout.contains("Matriz poder–interés"))
    #expect(!result.stderr.contains("wrote"))
    let english = try PowerMapBinary.run(
      ["render", Self.model2019, "--map", "grid", "--lang", "en", "--format", "svg", "-o", "-"])
    #expect(english.stdout.contains("Power–interest grid"))
  }

  @Test func theFormatComesFromTheExtension() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("map.pdf")
    let result = try PowerMapBinary.run(["render", Self.model2019, "-o", output.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try Data(contentsOf: output).starts(with: Array("%PDF-".utf8)))
    let unknown = try PowerMapBinary.run(["render", Self.model2019, "-o", folder.appendingPathComponent("map").path])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("--format"))
  }

  @Test func theScenarioMapNeedsAScenario() throws {
    let result = try PowerMapBinary.run(["render", Self.model2019, "--map", "scenario", "-o", "-", "--format", "svg"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("--scenario"))
  }

  @Test func neverWritesOverTheModel() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let copy = folder.appendingPathComponent("model.dot")
    try Data("digraph { a -> b }".utf8).write(to: copy)
    let result = try PowerMapBinary.run(["render", copy.path, "--format", "dot", "-o", copy.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("refusing to write over the input file"))
  }

  /// A composed map written as DOT is redrawn by `powermap render map.dot`.
  @Test func aDOTFileIsRenderedAsItIs() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dot = folder.appendingPathComponent("map.dot")
    let first = try PowerMapBinary.run(["render", Self.model2019, "--map", "power", "-o", dot.path])
    #expect(first.status == 0, "\(first.stderr)")
    let svg = try PowerMapBinary.run(["render", dot.path, "-o", "-", "--format", "svg"])
    #expect(svg.status == 0, "\(svg.stderr)")
    #expect(svg.stdout.contains("ORFIS"))
  }

  /// Graphviz's own message, once, located in the file (line from Graphviz, column where the text
  /// it names starts); exit 2 (bad input); Graphviz itself prints nothing.
  @Test func malformedDOTExitsTwoWithGraphvizsMessageAtItsLine() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bad = folder.appendingPathComponent("bad.dot")
    try Data("digraph {\n  a -> ;\n}\n".utf8).write(to: bad)
    let result = try PowerMapBinary.run(["render", bad.path, "-o", folder.appendingPathComponent("bad.svg").path])
    #expect(result.status == 2)
    #expect(result.stderr == "\(bad.path):2:8: error: Graphviz could not read the graph: syntax error near ';'\n")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("bad.svg").path))
  }
}
