import Foundation
import HTTPTypes
import Hummingbird
import PowerMap

extension Response {
  /// `value` as the tool's JSON (``JSONOutput/document(_:)``: sorted keys, indented, a final newline).
  static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
    .jsonText(try JSONOutput.document(value), status: status)
  }

  /// JSON text as it is.
  static func jsonText(_ text: String, status: HTTPResponse.Status = .ok, version: Int? = nil) -> Response {
    var headers: HTTPFields = [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"]
    if let version { headers[.powerMapVersion] = String(version) }
    return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
  }

  /// Bytes with their content type; `download` names the file a browser saves them as.
  static func bytes(_ data: Data, type: String, download: String? = nil, version: Int? = nil) -> Response {
    var headers: HTTPFields = [.contentType: type, .cacheControl: "no-store"]
    if let download { headers[.contentDisposition] = "attachment; filename=\"\(download)\"" }
    if let version { headers[.powerMapVersion] = String(version) }
    return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
  }
}

// The names are valid header names, so the fallbacks are never used: they only avoid a force unwrap.
extension HTTPField.Name {
  /// The model version a document was computed for.
  static let powerMapVersion = HTTPField.Name("X-PowerMap-Version") ?? .cacheControl
  /// The token of a server bound to another address than loopback.
  static let powerMapToken = HTTPField.Name("X-PowerMap-Token") ?? .authorization
}
