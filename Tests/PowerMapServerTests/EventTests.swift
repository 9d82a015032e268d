import Foundation
import HummingbirdTesting
import PowerMap
import PowerMapServer
import TestSupport
import Testing

@Suite struct EventTests {
  @Test func viewersReceiveEveryVersion() async throws {
    let fixture = try ServerFixture()
    let server = fixture.server
    try await fixture.test { (client) async throws in
      async let stream = client.send(.get, "/api/v1/events")
      while server.eventClients == 0 { try await Task.sleep(nanoseconds: 10_000_000) }
      for version in 1...3 {
        let body = #"{"version": \#(version), "power": 0.\#(version)}"#
        #expect(try await client.send(.patch, "/api/v1/actors/orfis", json: body).status == .ok)
      }
      server.finishEvents()
      let events = try await stream
      #expect(events.headers[.contentType] == "text/event-stream")
      let versions = events.text.components(separatedBy: "\n").filter { $0.hasPrefix("data: ") }
      #expect(versions == (1...4).map { "data: {\"version\":\($0)}" })
    }
  }

  @Test func monteCarloProgressArrivesOnTheEvents() async throws {
    let fixture = try ServerFixture()
    let server = fixture.server
    try await fixture.test { (client) async throws in
      async let stream = client.send(.get, "/api/v1/events")
      while server.eventClients == 0 { try await Task.sleep(nanoseconds: 10_000_000) }
      _ = try await client.send(.post, "/api/v1/simulations", json: #"{"samples": 100}"#)
      for _ in 0..<600 {
        let status = try await client.send(.get, "/api/v1/simulations/s1").object()
        if status["state"] as? String != "running" { break }
        try await Task.sleep(nanoseconds: 50_000_000)
      }
      server.finishEvents()
      let text = try await stream.text
      #expect(text.contains("event: simulation\ndata: {\"done\":100,\"id\":\"s1\",\"total\":100}"))
      #expect(text.contains("event: simulation-done\ndata: {\"id\":\"s1\",\"state\":\"done\"}"))
    }
  }
}

@Suite struct EventHubTests {
  /// A client that reads nothing keeps only the newest events: memory stays bounded and the last
  /// version it sees is the current one.
  @Test func aSlowClientKeepsTheNewestEvents() async {
    let hub = EventHub()
    let stream = hub.subscribe()
    let published = EventHub.bufferLimit + 44
    for version in 1...published { hub.publish(.version(version)) }
    hub.finish()
    var received: [ServerEvent] = []
    for await event in stream { received.append(event) }
    #expect(received.count == EventHub.bufferLimit)
    #expect(received.first == .version(45))
    #expect(received.last == .version(published))
    #expect(hub.clientCount == 0)
  }

  /// A client whose request raced the shutdown subscribes after ``EventHub/finish()``: its stream
  /// must already be over, or the server would wait on it forever (a flaky `serve` Ctrl-C).
  @Test func aClientThatSubscribesAfterTheShutdownGetsAnEndedStream() async {
    let hub = EventHub()
    hub.finish()
    let stream = hub.subscribe()
    #expect(hub.clientCount == 0)
    hub.publish(.version(3))
    if hub.clientCount > 0 { hub.finish() }  // so that a failing hub does not hang the test
    var received: [ServerEvent] = []
    for await event in stream { received.append(event) }
    #expect(received.isEmpty)
  }

  @Test func eventsAreWrittenAsServerSentEvents() {
    #expect(ServerEvent.version(7).text == "event: version\ndata: {\"version\":7}\n\n")
    #expect(
      ServerEvent.simulation(id: "s1", done: 5, total: 10).text
        == "event: simulation\ndata: {\"done\":5,\"id\":\"s1\",\"total\":10}\n\n")
    #expect(
      ServerEvent.simulationDone(id: "s1", state: "cancelled").text
        == "event: simulation-done\ndata: {\"id\":\"s1\",\"state\":\"cancelled\"}\n\n")
    #expect(ServerEvent.keepAlive.text == ": keep-alive\n\n")
  }
}
