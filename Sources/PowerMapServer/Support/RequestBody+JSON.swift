import Foundation
import Hummingbird

/// Reading a request's JSON body within the size limit.
enum JSONBody {
  /// The largest body accepted (8 MiB); a larger one gets 413.
  static let limit = 8 * 1024 * 1024

  /// The body's bytes; 413 past ``limit``.
  static func bytes(of request: Request) async throws -> [UInt8] {
    let tooLarge = APIError(status: .contentTooLarge, message: "the request body is larger than 8 MiB")
    if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit { throw tooLarge }
    var bytes: [UInt8] = []
    for try await buffer in request.body {
      guard bytes.count + buffer.readableBytes <= limit else { throw tooLarge }
      bytes += buffer.readableBytesView
    }
    return bytes
  }

  /// The body decoded as `type`; 400 when it is not JSON of that shape.
  static func decode<Value: Decodable>(_ type: Value.Type, from request: Request) async throws -> Value {
    try decode(type, bytes: try await bytes(of: request))
  }

  /// `bytes` decoded as `type`; 400 when they are not JSON of that shape.
  static func decode<Value: Decodable>(_ type: Value.Type, bytes: [UInt8]) throws -> Value {
    do {
      return try JSONDecoder().decode(type, from: Data(bytes))
    } catch let error as DecodingError {
      throw APIError.badRequest("the request body is not valid: \(describe(error))")
    }
  }

  /// The top-level object of a JSON body; 400 when the body is not a JSON object.
  static func object(_ bytes: [UInt8]) throws -> [String: Any] {
    guard let value = try? JSONSerialization.jsonObject(with: Data(bytes)), let object = value as? [String: Any]
    else { throw APIError.badRequest("the request body is not a JSON object") }
    return object
  }

  /// One sentence for a decoding error: what is wrong and at which key.
  static func describe(_ error: DecodingError) -> String {
    func path(_ keys: [any CodingKey]) -> String {
      keys.isEmpty ? "the body" : keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
    switch error {
    case .dataCorrupted(let context): return "malformed JSON at \(path(context.codingPath))"
    case .keyNotFound(let key, let context): return "\(path(context.codingPath + [key])) is missing"
    case .typeMismatch(let type, let context): return "\(path(context.codingPath)) should be \(type)"
    case .valueNotFound(let type, let context): return "\(path(context.codingPath)) should be \(type), not null"
    @unknown default: return "malformed JSON"
    }
  }
}
