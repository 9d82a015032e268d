import Foundation

/// The root of this package's checkout, found from this file's location, for the tests that read
/// the shipped models, fixtures and goldens.
package enum PackageRoot {
  /// The package root.
  package static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The file or folder at `relative` (e.g. `models/veracruz-2019-2020.yaml`) below the root.
  package static func url(_ relative: String) -> URL {
    url.appendingPathComponent(relative)
  }

  /// The path of `relative` below the root.
  package static func path(_ relative: String) -> String {
    url(relative).path
  }
}
