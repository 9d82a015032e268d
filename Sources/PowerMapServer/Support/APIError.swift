import Foundation
import HTTPTypes
import Hummingbird
import PowerMap

/// An error answer of the API: `{"error": "…", "diagnostics": [...]}` with its status, plus
/// `version` on a conflict and `needsSaveAs` when a save would lose comments.
struct APIError: HTTPResponseError, Sendable {
  var status: HTTPResponse.Status
  var message: String
  var diagnostics: [Diagnostic] = []
  var version: Int?
  var needsSaveAs: Bool?

  static func badRequest(_ message: String, diagnostics: [Diagnostic] = []) -> APIError {
    APIError(status: .badRequest, message: message, diagnostics: diagnostics)
  }

  static func notFound(_ message: String) -> APIError {
    APIError(status: .notFound, message: message)
  }

  static func forbidden(_ message: String) -> APIError {
    APIError(status: .forbidden, message: message)
  }

  static func conflict(_ message: String, _ version: Int) -> APIError {
    APIError(status: .conflict, message: message, version: version)
  }

  /// The 400 of a model or scenario that does not validate: its errors, worded as `powermap
  /// validate` words them.
  static func invalid(_ error: DiagnosticsError, what: String) -> APIError {
    let errors = error.errors.isEmpty ? error.diagnostics : error.errors
    let first = errors.first.map { ": " + ($0.path.isEmpty ? $0.message : "\($0.path): \($0.message)") } ?? ""
    return .badRequest("the \(what) does not validate\(first)", diagnostics: errors)
  }

  func response(from request: Request, context: some RequestContext) throws -> Response {
    let body = ErrorDocument(
      error: message, diagnostics: diagnostics.map(DiagnosticDocument.init), version: version,
      needsSaveAs: needsSaveAs)
    return try Response.json(body, status: status)
  }
}

/// The JSON of an ``APIError``.
struct ErrorDocument: Encodable {
  var error: String
  var diagnostics: [DiagnosticDocument]
  var version: Int?
  var needsSaveAs: Bool?
}

/// One diagnostic of an error answer: `message`, `location` (the field path, or `line:column`
/// when the problem has no path), `severity`, and the whole diagnostic as `validate` prints it
/// (`text`), with its parts.
struct DiagnosticDocument: Encodable {
  var message: String
  var location: String
  var severity: String
  var path: String
  var line: Int?
  var column: Int?
  var hint: String?
  var text: String

  init(_ diagnostic: Diagnostic) {
    message = diagnostic.message
    var place = diagnostic.path
    if place.isEmpty, let line = diagnostic.line { place = "\(line):\(diagnostic.column ?? 1)" }
    location = place
    severity = diagnostic.severity.rawValue
    path = diagnostic.path
    line = diagnostic.line
    column = diagnostic.column
    hint = diagnostic.hint
    text = diagnostic.description
  }
}
