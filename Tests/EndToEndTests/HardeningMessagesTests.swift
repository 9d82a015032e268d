import Foundation
import TestSupport
import Testing

/// Messages a new user stumbled on (issue 15, items 14–15): each names what is missing and
/// where, and exits 2.
struct HardeningMessagesTests {
  @Test func scenarioMapWithoutScenarioListsTheModelsScenarios() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let output = folder.appendingPathComponent("map.svg").path
    let inline = try PowerMapBinary.run(["render", "models/examples/minimal.yaml", "--map", "scenario", "-o", output])
    #expect(inline.status == 2)
    #expect(
      inline.stderr
        == "error: the scenario map needs --scenario ID|FILE; this model's scenarios: sin-orfis, alcaldes-ceden\n")
    let files = try PowerMapBinary.run(["render", "models/veracruz-2019-2020.yaml", "--map", "scenario", "-o", output])
    #expect(files.status == 2)
    #expect(files.stderr.hasSuffix("in its scenarios/ folder: ivai-board-change, lose-orfis, pan-to-morena\n"))
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  @Test func monteCarloMetricWithoutSamplesSaysItNeedsSamples() throws {
    let simulate = try PowerMapBinary.run([
      "simulate", "models/examples/minimal.yaml", "--scenario", "sin-orfis", "--fail-if",
      "pViable(datos-obra-publica)<0.5",
    ])
    #expect(simulate.status == 2)
    #expect(
      simulate.stderr.contains(
        "error: --fail-if 'pViable(datos-obra-publica)<0.5': pViable needs Monte Carlo samples: add --samples N"))
    #expect(!simulate.stderr.contains("unknown metric"))
    // Refused before anything is printed.
    #expect(simulate.stdout.isEmpty)
    let analyze = try PowerMapBinary.run(["analyze", "models/examples/minimal.yaml", "--fail-if", "pBlocked(x)>0"])
    #expect(analyze.status == 2)
    #expect(analyze.stderr.contains("pBlocked needs Monte Carlo samples"))
    #expect(analyze.stdout.isEmpty)
  }

  @Test func metricWithAnUnknownIDSuggestsTheNearest() throws {
    let result = try PowerMapBinary.run([
      "simulate", "models/examples/minimal.yaml", "--scenario", "sin-orfis", "--samples", "50", "--fail-if",
      "pViable(datos-obra-publca)<0.5",
    ])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "pViable has no value for 'datos-obra-publca' (hint: did you mean 'datos-obra-publica'?)"))
  }
}
