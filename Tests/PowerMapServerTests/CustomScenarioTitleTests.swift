import Foundation
import HummingbirdTesting
import TestSupport
import Testing

/// The custom scenario of the point-and-click steps is titled by the request's `"title"` (the app
/// sends it in the page's language), and "Custom scenario" without one.
@Suite struct CustomScenarioTitleTests {
  @Test func theStepsTakeTheTitleSentOnTheDocumentAndTheMap() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { (client) async throws in
      let titled = #"{"scenarios": ["lose-orfis"], "steps": [{"remove": "ivai"}], "title": "Los pasos del taller"}"#
      let document = try await client.send(.post, "/api/v1/simulation", json: titled).object()
      let scenario = try #require(document["scenario"] as? [String: Any])
      #expect(scenario["title"] as? String == "ORFIS se retira del plan + Los pasos del taller")
      #expect(scenario["ids"] as? [String] == ["lose-orfis", "custom"])
      let map = try await client.send(.post, "/api/v1/maps/scenario.svg?lang=es", json: titled)
      #expect(map.text.contains("Escenario: ORFIS se retira del plan + Los pasos del taller"))

      let untitled = try await client.send(.post, "/api/v1/simulation", json: #"{"steps": [{"remove": "ivai"}]}"#)
      #expect((try untitled.object()["scenario"] as? [String: Any])?["title"] as? String == "Custom scenario")
      let blank = try await client.send(
        .post, "/api/v1/simulation", json: #"{"steps": [{"remove": "ivai"}], "title": "  "}"#)
      #expect((try blank.object()["scenario"] as? [String: Any])?["title"] as? String == "Custom scenario")
    }
  }
}
