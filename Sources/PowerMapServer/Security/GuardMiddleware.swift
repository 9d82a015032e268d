import HTTPTypes
import Hummingbird

/// Checks every `/api/v1` request before its route runs: the token (when the server needs one),
/// and for a mutating request (PUT, PATCH, POST, DELETE) a JSON content type and, when an `Origin`
/// header is present, the server's own origin. Each refusal is a 403 with the reason.
struct GuardMiddleware<Context: RequestContext>: RouterMiddleware {
  let policy: AccessPolicy

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    let path = request.uri.path
    guard path.hasPrefix("/api/") else { return try await next(request, context) }
    let mutating = request.method != .get && request.method != .head
    let token =
      request.headers[.powerMapToken] ?? (mutating ? nil : request.uri.queryParameters["token"].map(String.init))
    switch policy.grant(for: token) {
    case .none:
      throw APIError.forbidden("this server needs a token: X-PowerMap-Token, or ?token= on a GET")
    case .view where mutating || !Self.viewable(path):
      throw APIError.forbidden("the view token only reads the model, the analysis, the maps and the events")
    default: break
    }
    if mutating { try checkMutation(request) }
    return try await next(request, context)
  }

  /// The content type and the origin of a mutating request.
  private func checkMutation(_ request: Request) throws {
    let type = request.headers[.contentType]?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces)
    guard type?.lowercased() == "application/json" else {
      throw APIError.forbidden("a request that changes something needs Content-Type: application/json")
    }
    guard let origin = request.headers[.origin] else { return }
    if policy.origins.contains(origin) { return }
    if policy.acceptsHostOrigin, let host = request.head.authority,
      origin == "http://\(host)"
    {
      return
    }
    throw APIError.forbidden("the origin \(origin) is not this server's; open the app from the server's address")
  }

  /// The paths the view token may read.
  static func viewable(_ path: String) -> Bool {
    ["/api/v1/model", "/api/v1/analysis", "/api/v1/events"].contains(path) || path.hasPrefix("/api/v1/maps/")
  }
}
