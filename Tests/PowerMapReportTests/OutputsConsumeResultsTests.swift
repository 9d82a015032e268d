import Foundation
import Testing

/// Maps, reports and the CLI's text outputs take results and run no analysis: no source file of
/// PowerMapGraphviz, of PowerMapReport (but the one that builds a report's content from one
/// simulation) or of the CLI's text writers calls an analysis entry point.
struct OutputsConsumeResultsTests {
  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources")

  /// The calls that compute an analysis (rules 1–10).
  static let analysisCalls = [
    "StakeholderAnalysis(", "PlanEvaluation(", "Simulation(", "MonteCarloSimulation.run(", "LossOfAllySweep.run(",
    "TransitionRisk.", "NetworkMeasures(", "EffectiveStance(", "Mactor(", "baselineEffectiveStance(",
    "InfluenceGraph(", "DependencyCascade(", "ResolvedPlan(",
  ]

  /// The Swift files under `folder` (relative to Sources), recursively, whose name `include` accepts.
  static func files(_ folder: String, include: (String) -> Bool = { _ in true }) -> [URL] {
    let root = sources.appendingPathComponent(folder)
    let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    return (enumerator?.allObjects as? [URL] ?? []).filter {
      $0.pathExtension == "swift" && include($0.lastPathComponent)
    }
  }

  /// "File:line: call" for every analysis call outside comments.
  static func analysisCalls(in files: [URL]) throws -> [String] {
    try files.flatMap { file -> [String] in
      let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
      return lines.enumerated().flatMap { number, line -> [String] in
        let code = line.trimmingCharacters(in: .whitespaces)
        guard !code.hasPrefix("//") else { return [] }
        return analysisCalls.filter { code.contains($0) }.map { "\(file.lastPathComponent):\(number + 1): \($0)" }
      }
    }
  }

  @Test func theMapsRunNoAnalysis() throws {
    let files = Self.files("PowerMapGraphviz")
    #expect(files.count > 20)
    #expect(try Self.analysisCalls(in: files) == [])
  }

  @Test func theReportRunsOneSimulationInOnePlace() throws {
    let files = Self.files("PowerMapReport")
    #expect(files.contains { $0.lastPathComponent == "ReportContent+Building.swift" })
    #expect(try Self.analysisCalls(in: files.filter { $0.lastPathComponent != "ReportContent+Building.swift" }) == [])
    let building = files.filter { $0.lastPathComponent == "ReportContent+Building.swift" }
    // The sweep (started first, beside everything else), one simulation (the model's analysis, each
    // scenario's run and Monte Carlo) and MACTOR on the simulation's baseline: nothing else is computed.
    #expect(
      try Self.analysisCalls(in: building).map { $0.split(separator: " ").last.map(String.init) ?? "" }
        == ["LossOfAllySweep.run(", "Simulation(", "Mactor("])
  }

  @Test func theCommandLineTextWritersRunNoAnalysis() throws {
    let files = Self.files("powermap") { $0.hasSuffix("Text.swift") || $0.hasSuffix("Text+Tables.swift") }
    #expect(files.contains { $0.lastPathComponent == "SimulationText.swift" })
    #expect(try Self.analysisCalls(in: files) == [])
  }
}
