import HTTPTypes
import Hummingbird

/// Turns every error a route throws into a JSON error answer (``APIError``): an unknown route is a
/// 404, a Hummingbird error keeps its status, anything else is a 500 with one sentence. Nothing a
/// request holds reaches the server as an unhandled error.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    do {
      return try await next(request, context)
    } catch let error as APIError {
      return try error.response(from: request, context: context)
    } catch let error as HTTPError {
      let message = error.body ?? (error.status == .notFound ? "no such page or endpoint" : error.status.reasonPhrase)
      return try APIError(status: error.status, message: message).response(from: request, context: context)
    } catch let error as any HTTPResponseError {
      return try APIError(status: error.status, message: error.status.reasonPhrase)
        .response(from: request, context: context)
    } catch {
      context.logger.error("request failed: \(error)")
      return try APIError(status: .internalServerError, message: "the server failed: \(error)")
        .response(from: request, context: context)
    }
  }
}
