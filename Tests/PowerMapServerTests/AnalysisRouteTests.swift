import Foundation
import HummingbirdTesting
import PowerMap
import TestSupport
import Testing

/// The documents are byte for byte what the command line prints with `--json` for the same file.
@Suite struct AnalysisRouteTests {
  @Test func theAnalysisIsAnalyzeJSON() async throws {
    let fixture = try ServerFixture()
    let cli = try PowerMapBinary.run(["analyze", fixture.modelPath, "--scenario", "lose-orfis", "--json"])
    #expect(cli.status == 0)
    try await fixture.test { (client) async throws in
      let response = try await client.send(.get, "/api/v1/analysis?scenario=lose-orfis")
      #expect(response.status == .ok)
      #expect(response.headers[.init("X-PowerMap-Version")!] == "1")
      #expect(response.text == cli.stdout)
    }
  }

  @Test func theSimulationIsSimulateJSON() async throws {
    let fixture = try ServerFixture()
    let cli = try PowerMapBinary.run(["simulate", fixture.modelPath, "--scenario", "lose-orfis", "--json"])
    try await fixture.test { (client) async throws in
      #expect(try await client.send(.get, "/api/v1/simulation?scenario=lose-orfis").text == cli.stdout)
      // The same removal as custom steps: the same changes, under the custom scenario's id.
      let custom = try await client.send(.post, "/api/v1/simulation", json: #"{"steps": [{"remove": "orfis"}]}"#)
      #expect(custom.status == .ok, "\(custom.text)")
      let expected = try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [String: Any]
      let actual = try custom.object()
      #expect(
        (actual["changes"] as? [[String: Any]])?.map { $0["afterStatus"] as? String }
          == (expected?["changes"] as? [[String: Any]])?.map { $0["afterStatus"] as? String })
    }
  }

  @Test func aBadStepIsLocated() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { (client) async throws in
      let response = try await client.send(.post, "/api/v1/simulation", json: #"{"steps": [{"remove": "orfiss"}]}"#)
      #expect(response.status == .badRequest)
      let diagnostics = try #require(try response.object()["diagnostics"] as? [[String: Any]])
      #expect(diagnostics.first?["location"] as? String == "steps[0].remove")
      #expect((diagnostics.first?["hint"] as? String)?.contains("orfis") == true)
    }
  }

  @Test func anUnknownScenarioOrAPathIs400() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { (client) async throws in
      #expect(try await client.send(.get, "/api/v1/analysis?scenario=lose-orfiss").status == .badRequest)
      #expect(try await client.send(.get, "/api/v1/analysis?scenario=/etc/passwd").status == .badRequest)
      #expect(try await client.send(.get, "/api/v1/analysis?scenario=../scenarios/lose-orfis").status == .badRequest)
    }
  }

  @Test func theScenariosListTheFolder() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { (client) async throws in
      let list = try #require(
        try await client.send(.get, "/api/v1/scenarios").object()["scenarios"] as? [[String: Any]])
      #expect(list.compactMap { $0["id"] as? String }.sorted() == ["ivai-board-change", "lose-orfis", "pan-to-morena"])
      #expect(list.allSatisfy { ($0["steps"] as? [Any])?.isEmpty == false })
    }
  }

  @Test func sweepAndAdviseAreTheCommandsJSON() async throws {
    let fixture = try ServerFixture()
    let sweep = try PowerMapBinary.run(["sweep", fixture.modelPath, "--scenario", "pan-to-morena", "--json"])
    let advise = try PowerMapBinary.run(["advise", fixture.modelPath, "--commitment", "public-works-data", "--json"])
    try await fixture.test { (client) async throws in
      #expect(try await client.send(.get, "/api/v1/sweep?scenario=pan-to-morena").text == sweep.stdout)
      let advice = try await client.send(.get, "/api/v1/advise?commitment=public-works-data")
      #expect(advice.text == advise.stdout)
      #expect(try await client.send(.get, "/api/v1/advise?commitment=nothing").status == .badRequest)
    }
  }

  /// Robust advice (on the small example: the search is long on the 2019-2020 model in a debug build).
  @Test func robustAdviceIsAdviseRobustJSON() async throws {
    let fixture = try ServerFixture("examples/minimal.yaml")
    let advise = try PowerMapBinary.run(["advise", fixture.modelPath, "--robust", "--json"])
    #expect(advise.status == 0, "\(advise.stderr)")
    try await fixture.test { (client) async throws in
      #expect(try await client.send(.get, "/api/v1/advise?robust=true").text == advise.stdout)
    }
  }

  @Test func mapsAreSVGAndPrintable() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { (client) async throws in
      let power = try await client.send(.get, "/api/v1/maps/power.svg?lang=en")
      #expect(power.status == .ok)
      #expect(power.headers[.contentType] == "image/svg+xml")
      #expect(power.text.contains("<svg"))
      #expect(try await client.send(.get, "/api/v1/maps/scenario.svg").status == .badRequest)
      let scenario = try await client.send(
        .post, "/api/v1/maps/scenario.svg", json: #"{"steps": [{"remove": "orfis"}]}"#)
      #expect(scenario.status == .ok)
      let pdf = try await client.send(.get, "/api/v1/maps/grid.pdf?page=a3")
      #expect(pdf.text.hasPrefix("%PDF"))
      #expect(try await client.send(.get, "/api/v1/maps/secret.svg").status == .notFound)
      #expect(try await client.send(.get, "/api/v1/maps/power.svg?lang=fr").status == .badRequest)
      // A map follows the edits: after a change, the next request draws the new version.
      _ = try await client.send(.patch, "/api/v1/actors/orfis", json: #"{"version": 1, "stance": -1}"#)
      let redrawn = try await client.send(.get, "/api/v1/maps/power.svg?lang=en")
      #expect(redrawn.headers[.init("X-PowerMap-Version")!] == "2")
      #expect(redrawn.text != power.text)
    }
  }

  /// `?legend=` and `?orientation=` reach the drawing; a value they do not know is 400 (and a
  /// legend on a page of its own, a PDF's, is refused: the API draws one page).
  @Test func mapsTakeTheLegendPlaceAndOrientation() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { (client) async throws in
      let withLegend = try await client.send(.get, "/api/v1/maps/power.svg?lang=en")
      let without = try await client.send(.get, "/api/v1/maps/power.svg?lang=en&legend=none")
      #expect(without.status == .ok)
      #expect(withLegend.text.contains("Fill: effective stance"))
      #expect(!without.text.contains("Fill: effective stance"))
      #expect(without.text.contains("<title>actor:orfis</title>"))
      for query in ["legend=page", "legend=left", "orientation=sideways"] {
        #expect(try await client.send(.get, "/api/v1/maps/power.svg?" + query).status == .badRequest, "\(query)")
      }
      let portrait = try await client.send(.get, "/api/v1/maps/power.pdf?orientation=portrait")
      let landscape = try await client.send(.get, "/api/v1/maps/power.pdf?orientation=landscape")
      #expect(portrait.text.contains("/MediaBox [ 0 0 595") || portrait.text.contains("/MediaBox [0 0 595"))
      #expect(landscape.text.contains("/MediaBox [ 0 0 841") || landscape.text.contains("/MediaBox [0 0 841"))
    }
  }

  /// Map requests that overlap edits all end, each with a drawing at least as new as the version
  /// current when it arrived (a request waiting on an older drawing once spun forever on the actor).
  @Test func mapRequestsOverlappingEditsAllEnd() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { (client) async throws in
      let versions = try await withThrowingTaskGroup(of: Int.self) { group in
        for _ in 0..<6 {
          group.addTask {
            let map = try await client.send(.get, "/api/v1/maps/grid.svg?lang=en")
            return Int(map.headers[.init("X-PowerMap-Version")!] ?? "") ?? 0
          }
        }
        for version in 1...3 {
          let body = #"{"version": \#(version), "stance": 0.\#(version)}"#
          _ = try await client.send(.patch, "/api/v1/actors/orfis", json: body)
        }
        return try await group.reduce(into: []) { $0.append($1) }
      }
      #expect(versions.count == 6 && versions.allSatisfy { (1...4).contains($0) })
      let last = try await client.send(.get, "/api/v1/maps/grid.svg?lang=en")
      #expect(last.headers[.init("X-PowerMap-Version")!] == "4")
    }
  }

  @Test func monteCarloRunsReportProgressAndCanBeCancelled() async throws {
    let fixture = try ServerFixture()
    let cli = try PowerMapBinary.run(
      ["simulate", fixture.modelPath, "--scenario", "lose-orfis", "--samples", "200", "--seed", "3", "--json"])
    try await fixture.test { (client) async throws in
      let start = try await client.send(
        .post, "/api/v1/simulations", json: #"{"scenarios": ["lose-orfis"], "samples": 200, "seed": 3}"#)
      #expect(start.status == .accepted)
      let id = try #require(try start.object()["id"] as? String)
      var status: [String: Any] = [:]
      for _ in 0..<600 {
        status = try await client.send(.get, "/api/v1/simulations/\(id)").object()
        if status["state"] as? String != "running" { break }
        try await Task.sleep(nanoseconds: 50_000_000)
      }
      #expect(status["state"] as? String == "done")
      #expect(status["done"] as? Int == 200)
      let result = try JSONSerialization.data(withJSONObject: try #require(status["result"]), options: [.sortedKeys])
      let expected = try JSONSerialization.data(
        withJSONObject: try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)), options: [.sortedKeys])
      #expect(result == expected)
      let long = try await client.send(.post, "/api/v1/simulations", json: #"{"samples": 10000000}"#)
      let longID = try #require(try long.object()["id"] as? String)
      #expect(try await client.send(.delete, "/api/v1/simulations/\(longID)").status == .ok)
      for _ in 0..<600 {
        status = try await client.send(.get, "/api/v1/simulations/\(longID)").object()
        if status["state"] as? String != "running" { break }
        try await Task.sleep(nanoseconds: 50_000_000)
      }
      #expect(status["state"] as? String == "cancelled")
      #expect(try await client.send(.get, "/api/v1/simulations/s99").status == .notFound)
      #expect(try await client.send(.post, "/api/v1/simulations", json: #"{"samples": 0}"#).status == .badRequest)
    }
  }
}
