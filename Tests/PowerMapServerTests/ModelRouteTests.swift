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
