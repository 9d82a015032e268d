import Foundation

/// The web app's files (the package's `App` resource folder): only files inside it are served,
/// named by plain path segments (letters, digits, `-`, `_`, `.`; no segment starting with a dot),
/// so no request reaches another file on disk.
struct AppFiles: Sendable {
  /// The folder the files are read from.
  let folder: URL

  /// The app bundled with the server.
  static var bundled: AppFiles? {
    Bundle.module.url(forResource: "App", withExtension: nil).map(AppFiles.init(folder:))
  }

  /// The file `path` (relative to the folder) and its content type; nil when the name is not a
  /// plain path or no such file exists.
  func file(_ path: String) -> (Data, String)? {
    let segments = path.split(separator: "/", omittingEmptySubsequences: false)
    guard !segments.isEmpty, segments.allSatisfy(Self.isPlain) else { return nil }
    let url = segments.reduce(folder) { $0.appendingPathComponent(String($1)) }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
      let data = try? Data(contentsOf: url)
    else { return nil }
    return (data, Self.contentType(of: url.pathExtension))
  }

  /// Whether a path segment is a plain name: 1 to 100 of letters, digits, `-`, `_`, `.`, not starting
  /// with a dot (so neither `..` nor a hidden file).
  static func isPlain(_ segment: Substring) -> Bool {
    !segment.isEmpty && segment.count <= 100 && segment.first != "."
      && segment.unicodeScalars.allSatisfy {
        $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0))
      }
  }

  /// The content type of a file extension.
  static func contentType(of fileExtension: String) -> String {
    switch fileExtension.lowercased() {
    case "html": "text/html; charset=utf-8"
    case "js", "mjs": "text/javascript; charset=utf-8"
    case "css": "text/css; charset=utf-8"
    case "json": "application/json; charset=utf-8"
    case "svg": "image/svg+xml"
    case "png": "image/png"
    case "ico": "image/x-icon"
    case "woff2": "font/woff2"
    case "txt", "md": "text/plain; charset=utf-8"
    default: "application/octet-stream"
    }
  }
}
