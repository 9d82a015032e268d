import Foundation
import HTTPTypes
import Hummingbird

extension WorkshopRoutes {
  /// `GET /events`: server-sent events, first the current version, then every accepted version,
  /// the Monte Carlo progress and a keep-alive comment every 15 s.
  func registerEvents(on api: RouterGroup<Context>) {
    api.get("events") { _, _ in
      let stream = workshop.events.subscribe()
      let version = await workshop.version
      let headers: HTTPFields = [
        .contentType: "text/event-stream", .cacheControl: "no-store",
        HTTPField.Name("X-Accel-Buffering") ?? .cacheControl: "no",
      ]
      return Response(
        status: .ok, headers: headers,
        body: ResponseBody { writer in
          try await writer.write(ByteBuffer(string: "retry: 1000\n\n" + ServerEvent.version(version).text))
          for await event in stream {
            try await writer.write(ByteBuffer(string: event.text))
          }
          try await writer.finish(nil)
        })
    }
  }
}
