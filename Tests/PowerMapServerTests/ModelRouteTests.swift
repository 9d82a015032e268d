import Foundation
import HummingbirdTesting
import PowerMap
import TestSupport
import Testing

@Suite struct ModelRouteTests {
  @Test func theModelComesWithItsVersionFileAndComments() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { (client) async throws in
      let response = try await client.send(.get, "/api/v1/model")
      #expect(response.status == .ok)
      let object = try response.object()
      #expect(object["version"] as? Int == 1)
      #expect(object["file"] as? String == "veracruz-2019-2020.yaml")
      #expect(object["hasComments"] as? Bool == true)
      #expect(object["language"] as? String == "es")
      #expect(object["canUndo"] as? Bool == false)
      let model = try #require(object["model"] as? [String: Any])
      #expect((model["actors"] as? [Any])?.count == 20)
    }
  }

  @Test func aPatchChangesTheActorAndTheVersion() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { (client) async throws in
      let response = try await client.send(
        .patch, "/api/v1/actors/orfis", json: #"{"version": 1, "stance": -1, "positions": {"public-works-data": 0.5}}"#)
      #expect(response.status == .ok, "\(response.text)")
      #expect(try response.object()["version"] as? Int == 2)
      #expect(response.headers[.init("Server-Timing")!]?.contains("total;dur=") == true)
      let model = try #require(try await client.send(.get, "/api/v1/model").object()["model"] as? [String: Any])
      let actors = try #require(model["actors"] as? [[String: Any]])
      let orfis = try #require(actors.first { $0["id"] as? String == "orfis" })
      #expect(orfis["stance"] as? Double == -1)
      #expect((orfis["positions"] as? [String: Double])?["public-works-data"] == 0.5)
    }
  }

  @Test func aStaleEditGets409WithTheCurrentVersion() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { (client) async throws in
      _ = try await client.send(.patch, "/api/v1/actors/orfis", json: #"{"version": 1, "power": 0.5}"#)
      let stale = try await client.send(.patch, "/api/v1/actors/orfis", json: #"{"version": 1, "power": 0.6}"#)
      #expect(stale.status == .conflict)
      #expect(try stale.object()["version"] as? Int == 2)
      #expect(try await client.send(.put, "/api/v1/model", json: #"{"version": 1, "model": {}}"#).status == .badRequest)
    }
  }

  @Test func anInvalidValueGetsTheValidateMessage() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { (client) async throws in
      let response = try await client.send(.patch, "/api/v1/actors/orfis", json: #"{"version": 1, "stance": 3}"#)
      #expect(response.status == .badRequest)
      let diagnostics = try #require(try response.object()["diagnostics"] as? [[String: Any]])
      let first = try #require(diagnostics.first)
      #expect((first["location"] as? String)?.hasPrefix("actors[") == true)
      #expect((first["location"] as? String)?.hasSuffix("].stance") == true)
      #expect(first["severity"] as? String == "error")
      #expect(try await client.version() == 1)
    }
  }

  @Test func unknownActorIs404() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { (client) async throws in
      let response = try await client.send(.patch, "/api/v1/actors/nobody", json: #"{"version": 1, "stance": 0}"#)
      #expect(response.status == .notFound)
    }
  }

  @Test func aPutReplacesTheModelAndABadModelChangesNothing() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { (client) async throws in
      var model = try #require(try await client.send(.get, "/api/v1/model").object()["model"] as? [String: Any])
      model["name"] = "Renamed"
      let body = try JSONSerialization.data(withJSONObject: ["version": 1, "model": model])
      let put = try await client.send(.put, "/api/v1/model", json: String(decoding: body, as: UTF8.self))
      #expect(put.status == .ok, "\(put.text)")
      #expect(try put.object()["version"] as? Int == 2)
      var actors = try #require(model["actors"] as? [[String: Any]])
      actors[0]["power"] = 7
      model["actors"] = actors
      let bad = try JSONSerialization.data(withJSONObject: ["version": 2, "model": model])
      let refused = try await client.send(.put, "/api/v1/model", json: String(decoding: bad, as: UTF8.self))
      #expect(refused.status == .badRequest)
      let object = try refused.object()
      #expect((object["error"] as? String)?.contains("actors[0].power") == true)
      #expect(try await client.version() == 2)
    }
  }

  @Test func undoAndRedoMoveBetweenVersions() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { (client) async throws in
      #expect(try await client.send(.post, "/api/v1/undo", json: #"{"version": 1}"#).status == .conflict)
      _ = try await client.send(.patch, "/api/v1/actors/orfis", json: #"{"version": 1, "stance": -1}"#)
      let undo = try await client.send(.post, "/api/v1/undo", json: #"{"version": 2}"#)
      #expect(try undo.object()["version"] as? Int == 3)
      let model = try await client.send(.get, "/api/v1/model").object()
      #expect(model["canRedo"] as? Bool == true)
      let redo = try await client.send(.post, "/api/v1/redo", json: #"{"version": 3}"#)
      #expect(try redo.object()["version"] as? Int == 4)
      #expect(try await client.send(.post, "/api/v1/redo", json: #"{"version": 4}"#).status == .conflict)
    }
  }
}

/// The sliders' PATCH (numbers only) is applied to the model directly; any other PATCH goes through
/// the model as a JSON object. Both must give the same model.
struct PatchPathTests {
  /// The model after `patches` of ORFIS (versions 1, 2, …), as `GET /api/v1/model` returns it.
  static func model(after patches: [String]) async throws -> [String: Any] {
    let fixture = try ServerFixture()
    let text = try await fixture.test { (client) async throws -> String in
      for (position, patch) in patches.enumerated() {
        let json = #"{"version": \#(position + 1), "# + patch + "}"
        let response = try await client.send(.patch, "/api/v1/actors/orfis", json: json)
        #expect(response.status == .ok, "\(response.text)")
      }
      return try await client.send(.get, "/api/v1/model").text
    }
    let document = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    return try #require(document?["model"] as? [String: Any])
  }

  @Test func aSliderEditGivesTheModelTheGeneralPathGives() async throws {
    let numbers = [
      #""stance": -0.4, "power": 0.35, "positions": {"public-works-data": 0.25, "state-open-budget": 0.5}"#,
      #""positions": {"state-open-budget": null}, "interest": 0.2"#,
    ]
    let slider = try await Self.model(after: numbers)
    // A field the sliders never send (the actor's own short name, unchanged) takes the general path.
    let general = try await Self.model(after: numbers.map { #""short": "ORFIS", "# + $0 })
    #expect(NSDictionary(dictionary: slider) == NSDictionary(dictionary: general))
    let actors = try #require(slider["actors"] as? [[String: Any]])
    let orfis = try #require(actors.first { $0["id"] as? String == "orfis" })
    #expect(orfis["stance"] as? Double == -0.4)
    #expect(orfis["power"] as? Double == 0.35)
    #expect(orfis["interest"] as? Double == 0.2)
    let positions = orfis["positions"] as? [String: Double] ?? [:]
    #expect(positions["public-works-data"] == 0.25)
    #expect(positions["state-open-budget"] == nil)
  }

  @Test func aValueThatIsNotANumberGetsTheValidateMessage() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { (client) async throws in
      for body in [
        #"{"version": 1, "stance": "high"}"#, #"{"version": 1, "stance": null}"#, #"{"version": 1, "power": true}"#,
      ] {
        let response = try await client.send(.patch, "/api/v1/actors/orfis", json: body)
        #expect(response.status == .badRequest, "\(body)")
        let diagnostics = try response.object()["diagnostics"] as? [[String: Any]] ?? []
        let location = diagnostics.first?["location"] as? String ?? ""
        #expect(
          location.hasPrefix("actors[") && (location.hasSuffix("].stance") || location.hasSuffix("].power")), "\(body)")
      }
      #expect(try await client.version() == 1)
    }
  }
}
