/// Who may do what: on a loopback address everyone who reaches the server may edit; on another
/// address, requests to the API need a token, the edit token for everything and the view token
/// for reading the model, the analysis, the maps and the events. Mutating requests must come from
/// the server's own origin.
package struct AccessPolicy: Sendable, Equatable {
  /// The token that allows every request; nil on loopback (no token needed).
  package var editToken: String?
  /// The token that allows the room's view to read; nil on loopback.
  package var viewToken: String?
  /// The `Origin` values a mutating request may carry.
  package var origins: Set<String>
  /// Whether an `Origin` equal to `http://` and the request's `Host` is accepted too (a server bound
  /// to every address, `0.0.0.0` or `::`, is reached by names it cannot know; the token guards it).
  package var acceptsHostOrigin: Bool

  /// What a token grants.
  package enum Grant: Sendable, Equatable {
    case edit, view, none
  }

  /// The policy of a server on `host`:`port`: tokens unless the host is loopback.
  package static func serving(host: String, port: Int) -> AccessPolicy {
    let loopback = isLoopback(host)
    let names = loopback ? ["127.0.0.1", "localhost", "[::1]"] : [host.contains(":") ? "[\(host)]" : host]
    return AccessPolicy(
      editToken: loopback ? nil : randomToken(), viewToken: loopback ? nil : randomToken(),
      origins: Set(names.map { "http://\($0):\(port)" }), acceptsHostOrigin: ["0.0.0.0", "::"].contains(host))
  }

  /// What `token` grants: everything when no token is needed.
  package func grant(for token: String?) -> Grant {
    guard let editToken else { return .edit }
    guard let token else { return .none }
    if token == editToken { return .edit }
    return token == viewToken ? .view : .none
  }

  /// Whether `host` is a loopback address or name (127.0.0.0/8, ::1, localhost).
  package static func isLoopback(_ host: String) -> Bool {
    host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
  }

  /// 128 random bits as 32 hexadecimal digits.
  static func randomToken() -> String {
    var generator = SystemRandomNumberGenerator()
    return (0..<4).map { _ in
      let word = String(generator.next() as UInt32, radix: 16)
      return String(repeating: "0", count: 8 - word.count) + word
    }.joined()
  }
}
