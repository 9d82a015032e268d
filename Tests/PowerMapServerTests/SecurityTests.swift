import Foundation
import HummingbirdTesting
import PowerMap
import PowerMapServer
import TestSupport
import Testing

@Suite struct SecurityTests {
  @Test(arguments: [
    "/app/../../etc/passwd", "/app/%2e%2e/%2e%2e/etc/passwd", "/app/..%2f..%2fetc%2fpasswd", "/app/.hidden",
    "/app/%2e%2e", "/../etc/passwd", "/app//etc/passwd", "/app/index.html%00.js",
  ])
  func pathTraversalFindsNothing(_ path: String) async throws {
    let fixture = try ServerFixture()
    try await fixture.test { (client) async throws in
      let response = try await client.send(.get, path)
      #expect(response.status == .notFound || response.status == .badRequest, "\(path): \(response.status)")
      #expect(!response.text.contains("root:"))
    }
  }

  @Test func thePagesAreServed() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { (client) async throws in
      let index = try await client.send(.get, "/")
      #expect(index.status == .ok)
      #expect(index.headers[.contentType] == "text/html; charset=utf-8")
      #expect(try await client.send(.get, "/app/index.html").status == .ok)
    }
  }

  @Test func anOversizedBodyIs413AndMalformedJSONIs400() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { (client) async throws in
      let huge = "{\"version\": 1, \"x\": \"" + String(repeating: "a", count: 8 * 1024 * 1024) + "\"}"
      #expect(try await client.send(.put, "/api/v1/model", json: huge).status == .contentTooLarge)
      #expect(try await client.send(.put, "/api/v1/model", json: "{not json").status == .badRequest)
      #expect(try await client.send(.patch, "/api/v1/actors/orfis", json: "[1, 2]").status == .badRequest)
      #expect(try await client.send(.patch, "/api/v1/actors/orfis", json: #"{"version": "one"}"#).status == .badRequest)
      #expect(
        try await client.send(.patch, "/api/v1/actors/orfis", json: #"{"version": 1, "positions": 3}"#).status
          == .badRequest)
      #expect(try await client.version() == 1)
    }
  }

  @Test func mutationsNeedJSONAndTheServersOrigin() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { (client) async throws in
      let body = #"{"version": 1, "stance": 0}"#
      let form = try await client.send(
        .patch, "/api/v1/actors/orfis", json: body, headers: [.contentType: "text/plain"])
      #expect(form.status == .forbidden)
      let foreign = try await client.send(
        .patch, "/api/v1/actors/orfis", json: body, headers: [.origin: "http://evil.example"])
      #expect(foreign.status == .forbidden)
      let own = try await client.send(
        .patch, "/api/v1/actors/orfis", json: body, headers: [.origin: "http://127.0.0.1:8080"])
      #expect(own.status == .ok)
    }
  }

  @Test func anotherHostNeedsTokens() async throws {
    let fixture = try ServerFixture(host: "192.0.2.10")
    let policy = fixture.server.policy
    let edit = try #require(policy.editToken)
    let view = try #require(policy.viewToken)
    #expect(edit != view && edit.count == 32)
    #expect(fixture.server.addresses.edit == "http://192.0.2.10:8080/?token=\(edit)")
    try await fixture.test { (client) async throws in
      #expect(try await client.send(.get, "/api/v1/model").status == .forbidden)
      #expect(try await client.send(.get, "/api/v1/model?token=wrong").status == .forbidden)
      #expect(try await client.send(.get, "/api/v1/model?token=\(view)").status == .ok)
      #expect(try await client.send(.get, "/api/v1/sweep?token=\(view)").status == .forbidden)
      let viewEdit = try await client.send(
        .patch, "/api/v1/actors/orfis", json: #"{"version": 1, "stance": 0}"#,
        headers: [.init("X-PowerMap-Token")!: view])
      #expect(viewEdit.status == .forbidden)
      let queryEdit = try await client.send(
        .patch, "/api/v1/actors/orfis?token=\(edit)", json: #"{"version": 1, "stance": 0}"#)
      #expect(queryEdit.status == .forbidden)
      let editEdit = try await client.send(
        .patch, "/api/v1/actors/orfis", json: #"{"version": 1, "stance": 0}"#,
        headers: [.init("X-PowerMap-Token")!: edit])
      #expect(editEdit.status == .ok)
      #expect(try await client.send(.get, "/").status == .ok)
    }
  }

  @Test func loopbackNeedsNoToken() {
    #expect(AccessPolicy.serving(host: "127.0.0.1", port: 8080).editToken == nil)
    #expect(AccessPolicy.serving(host: "localhost", port: 8080).grant(for: nil) == .edit)
    #expect(AccessPolicy.serving(host: "0.0.0.0", port: 8080).grant(for: nil) == .none)
  }

  @Test func unknownEndpointsAre404JSON() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { (client) async throws in
      let response = try await client.send(.get, "/api/v1/nothing")
      #expect(response.status == .notFound)
      #expect(try response.object()["error"] != nil)
    }
  }
}
