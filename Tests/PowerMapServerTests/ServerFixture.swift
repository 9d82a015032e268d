import Foundation
import Hummingbird
import HummingbirdTesting
import PowerMap
import PowerMapServer
import TestSupport
import Testing

/// A workshop server on a copy of a shipped model (and its scenarios/ folder) in a temporary
/// folder, so no test touches the shipped files.
struct ServerFixture {
  let folder: URL
  let modelPath: String
  let server: WorkshopServer

  /// A server of a copy of `models/FILE`, as if started with `--host HOST --port 8080`.
  init(_ file: String = "veracruz-2019-2020.yaml", host: String = "127.0.0.1") throws {
    folder = try TemporaryFolder.make("powermap-serve")
    let manager = FileManager.default
    let copy = folder.appendingPathComponent(URL(fileURLWithPath: file).lastPathComponent)
    try manager.copyItem(at: PackageRoot.url("models/" + file), to: copy)
    try manager.copyItem(at: PackageRoot.url("models/scenarios"), to: folder.appendingPathComponent("scenarios"))
    modelPath = copy.path
    let model = try ModelLoader.load(contentsOf: modelPath).model
    server = try WorkshopServer(model: model, modelPath: modelPath, host: host, port: 8080)
  }

  /// Runs `body` against the server's router (no socket).
  func test<Value: Sendable>(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Value) async throws
    -> Value
  {
    try await Application(router: server.router()).test(.router, body)
  }
}

extension TestClientProtocol {
  /// `METHOD uri` with a JSON body (and `Content-Type: application/json` unless `headers` says
  /// otherwise).
  func send(
    _ method: HTTPRequest.Method, _ uri: String, json: String? = nil, headers: HTTPFields = [:]
  ) async throws -> TestResponse {
    var headers = headers
    if json != nil || ![.get, .head].contains(method), headers[.contentType] == nil {
      headers[.contentType] = "application/json"
    }
    return try await execute(uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
  }

  /// The current version (`GET /api/v1/model`).
  func version() async throws -> Int {
    let object = try await send(.get, "/api/v1/model").object()
    return try #require(object["version"] as? Int)
  }
}

extension TestResponse {
  /// The body as text.
  var text: String { String(buffer: body) }

  /// The body as a JSON object.
  func object() throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not an object: \(text)")
  }
}
