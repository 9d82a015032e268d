import Foundation
import HTTPTypes
import Hummingbird
import PowerMap

extension WorkshopRoutes {
  /// `GET /` (the facilitator's page), `GET /view` (the room's) and `GET /app/<file>`.
  func registerPages(on router: Router<Context>) {
    router.get("/") { _, _ in try page("index.html") }
    router.get("view") { _, _ in try page("view.html") }
    router.get("app/**") { _, context in
      try page(context.parameters.getCatchAll().joined(separator: "/"))
    }
  }

  /// The app's file `name`, with headers that keep it on this origin; 404 when there is none.
  private func page(_ name: String) throws -> Response {
    guard let (data, type) = files.file(name) else {
      throw APIError.notFound("no such page: \(Diagnostic.excerpt(name))")
    }
    let headers: HTTPFields = [
      .contentType: type, .cacheControl: "no-cache",
      HTTPField.Name("X-Content-Type-Options") ?? .cacheControl: "nosniff",
      HTTPField.Name("Content-Security-Policy") ?? .cacheControl:
        "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'",
    ]
    return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
  }
}
