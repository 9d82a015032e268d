import ArgumentParser
import Foundation
import PowerMap
import PowerMapGraphviz
import PowerMapReport
import TestSupport
import Testing

@testable import powermap

/// The command line words the libraries' errors (they name no option), maps every error to its
/// exit status in one place, and shares its --json/--csv and --jobs options.
struct CLIHygieneTests {
  static let model = "models/veracruz-2019-2020.yaml"

  @Test func libraryErrorsAreWordedByTheCommandLine() throws {
    #expect(!MapError.scenarioRequired.description.contains("--"))
    let scenario = try #require(CommandFailure(library: MapError.scenarioRequired))
    #expect(scenario.message == "the scenario map needs a scenario (--scenario ID|FILE)")
    #expect(scenario.status == 2)
    #expect(CommandFailure(library: MapError.graphviz(.syntax("x")))?.status == 3)
    #expect(CommandFailure(library: ReportError.graphviz("x"))?.status == 3)
    #expect(CommandFailure(library: ReportError.invalidOption("x"))?.status == 2)
    #expect(CommandFailure(library: ScenarioRunError.invalidTop(0))?.status == 2)
    #expect(!ScenarioRunError.invalidTop(0).description.contains("--"))
    #expect(CommandFailure(library: CocoaError(.fileNoSuchFile)) == nil)
    do {
      _ = try FailCondition(parsing: "x<<")
      Issue.record("'x<<' parsed")
    } catch {
      #expect(!error.description.contains("--"))
      #expect(
        CommandFailure(library: error)?.message
          == "--fail-if 'x<<': a comparison (<, <=, >, >=, ==, !=) was expected (at character 2)")
    }
  }

  @Test func anUnexpectedLibraryErrorStillExitsThree() {
    #expect(PowerMapCommand.status(reporting: CocoaError(.fileNoSuchFile)) == 3)
    #expect(PowerMapCommand.status(reporting: ScenarioRunError.unknownRoot("x")) == 2)
  }

  @Test func reportRefusesItsInputInTheCommandLinesWords() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cli-hygiene-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("report.md").path
    try FileManager.default.copyItem(atPath: Self.model, toPath: input)
    let result = try PowerMapBinary.run(["report", input, "--out", folder.path, "--date", "none"])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("error: refusing to write over the input file \(input); choose another --out folder"))
  }

  @Test func sharedOptionGroupsParseAndRefuseAsBefore() throws {
    let simulate = try SimulateCommand.parse([Self.model, "--scenario", "x", "--jobs", "3", "--csv"])
    #expect(simulate.jobs.count == 3 && simulate.output.csv && !simulate.output.json)
    let sweep = try SweepCommand.parse([Self.model, "--json"])
    #expect(sweep.jobs.jobs == nil && sweep.output.json)
    let both = try PowerMapBinary.run(["analyze", Self.model, "--json", "--csv"])
    #expect(both.status == 2 && both.stderr.hasPrefix("Error: choose one of --json and --csv\n"))
    let jobs = try PowerMapBinary.run(["sweep", Self.model, "--jobs", "0"])
    #expect(jobs.status == 2 && jobs.stderr.hasPrefix("Error: --jobs must be at least 1\n"))
    let render = try RenderCommand.parse([Self.model, "--map", "grid", "--lang", "es", "--page", "a3", "-o", "x.png"])
    #expect(render.map == .grid && render.lang == .es && render.pageOptions.paper == .a3 && render.format == nil)
    #expect(render.pageOptions.resolvedOrientation == .auto && render.legend == nil)
    let turned = try RenderCommand.parse([Self.model, "--page", "A4-Portrait", "--legend", "bottom", "-o", "x.pdf"])
    #expect(turned.pageOptions.paper == .a4 && turned.pageOptions.resolvedOrientation == .portrait)
    #expect(turned.legend == .bottom && turned.lang == nil)
    let landscape = try RenderCommand.parse([Self.model, "--page", "a3", "--orientation", "landscape", "-o", "x.pdf"])
    #expect(landscape.pageOptions.resolvedOrientation == .landscape)
    #expect(throws: (any Error).self) {
      try RenderCommand.parse([Self.model, "--page", "a4-portrait", "--orientation", "landscape", "-o", "x.pdf"])
    }
    #expect(throws: (any Error).self) { try RenderCommand.parse([Self.model, "--page", "a4-sideways", "-o", "x.pdf"]) }
    #expect(MapLanguage.allValueStrings == ["es", "en"])
  }
}
