import Foundation
import Testing

/// Runs the built `powermap` executable, as a user would, and captures what it prints.
package enum PowerMapBinary {
  /// What one run printed and how it ended.
  package typealias Result = ChildProcess.Result

  /// The package root.
  package static var packageRoot: URL { PackageRoot.url }

  /// The executable beside the test bundle (SwiftPM builds it when a test target depends on it).
  package static let executable: URL? = {
    var candidates = [Bundle.main.bundleURL.appendingPathComponent("powermap")]
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("powermap"))
    }
    candidates.append(PackageRoot.url(".build/debug/powermap"))
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }()

  /// The path of `relative` below the package root.
  package static func path(_ relative: String) -> String { PackageRoot.path(relative) }

  /// Runs `powermap ARGUMENTS` in `directory` (the package root by default), with `stdin` on its
  /// standard input (the null device when nil).
  package static func run(_ arguments: [String], in directory: URL? = nil, stdin: Data? = nil) throws -> Result {
    let executable = try #require(executable, "the powermap binary was not built")
    return try ChildProcess.run(executable, arguments, in: directory ?? packageRoot, stdin: stdin)
  }

  /// Runs `script` with bash (`-o pipefail`), `$POWERMAP` naming the binary, for redirections a
  /// Process cannot express (`> /dev/full`, `| head -1`); `stdin` goes to the script.
  package static func shell(_ script: String, in directory: URL? = nil, stdin: Data? = nil) throws -> Result {
    let executable = try #require(executable, "the powermap binary was not built")
    let quoted = "'" + executable.path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    return try ChildProcess.run(
      URL(fileURLWithPath: "/bin/bash"), ["-o", "pipefail", "-c", "POWERMAP=\(quoted); \(script)"],
      in: directory ?? packageRoot, stdin: stdin)
  }

  /// A fresh temporary folder.
  package static func temporaryFolder() throws -> URL {
    try TemporaryFolder.make("powermap-e2e")
  }
}
