import Foundation
import TestSupport
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// `powermap serve` as a user runs it: it serves the model on loopback and Ctrl-C stops it cleanly,
/// also with an event stream open.
@Suite struct ServeCommandTests {
  @Test func ctrlCStopsTheServerCleanly() async throws {
    let fixture = try ServerFixture()
    let executable = try #require(PowerMapBinary.executable)
    let port = 20_000 + Int.random(in: 0..<20_000)
    let process = Process()
    process.executableURL = executable
    process.arguments = ["serve", fixture.modelPath, "--port", String(port)]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    defer { if process.isRunning { process.terminate() } }
    let base = "http://127.0.0.1:\(port)"
    var model: Data?
    for _ in 0..<200 where model == nil {
      model = try? await URLSession.shared.data(from: try #require(URL(string: base + "/api/v1/model"))).0
      if model == nil { try await Task.sleep(nanoseconds: 100_000_000) }
    }
    let object = try JSONSerialization.jsonObject(with: try #require(model)) as? [String: Any]
    #expect(object?["version"] as? Int == 1)
    let eventsURL = try #require(URL(string: base + "/api/v1/events"))
    let events = Task { try? await URLSession.shared.data(from: eventsURL) }
    try await Task.sleep(nanoseconds: 300_000_000)
    kill(process.processIdentifier, SIGINT)
    for _ in 0..<300 where process.isRunning { try await Task.sleep(nanoseconds: 100_000_000) }
    // Read the status only once the process has ended: Foundation traps otherwise.
    if process.isRunning {
      Issue.record("powermap serve still runs 30 s after Ctrl-C")
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    } else {
      #expect(process.terminationStatus == 0)
    }
    events.cancel()
    let printed = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(printed.contains("facilitator: \(base)/"))
    #expect(printed.contains("room:        \(base)/view"))
  }
}
