import Foundation

/// Fresh folders under the system's temporary directory, one per test.
package enum TemporaryFolder {
  /// A new, empty folder named `prefix-UUID`.
  package static func make(_ prefix: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
