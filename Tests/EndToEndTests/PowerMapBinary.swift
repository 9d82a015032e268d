import Foundation
import Testing

/// Runs the built `powermap` executable, as a user would, and captures what it prints.
struct PowerMapBinary {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The package root, found from this file's location.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The executable beside the test bundle (SwiftPM builds it because the test target depends on it).
  static let executable: URL? = {
    var candidates = [Bundle.main.bundleURL.appendingPathComponent("powermap")]
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("powermap"))
    }
    candidates.append(packageRoot.appendingPathComponent(".build/debug/powermap"))
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }()

  static func path(_ relative: String) -> String { packageRoot.appendingPathComponent(relative).path }

  /// Runs `powermap ARGUMENTS` in `directory` (the package root by default), with `stdin` on its
  /// standard input (none when nil).
  static func run(_ arguments: [String], in directory: URL? = nil, stdin: Data? = nil) throws -> Result {
    let executable = try #require(executable, "the powermap binary was not built")
    return try launch(executable, arguments, in: directory ?? packageRoot, stdin: stdin)
  }

  /// Runs `script` with bash (`-o pipefail`), `$POWERMAP` naming the binary, for redirections a
  /// Process cannot express (`> /dev/full`, `| head -1`).
  static func shell(_ script: String, in directory: URL? = nil) throws -> Result {
    let executable = try #require(executable, "the powermap binary was not built")
    let quoted = "'" + executable.path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    return try launch(
      URL(fileURLWithPath: "/bin/bash"), ["-o", "pipefail", "-c", "POWERMAP=\(quoted); \(script)"],
      in: directory ?? packageRoot, stdin: nil)
  }

  private static func launch(_ executable: URL, _ arguments: [String], in directory: URL, stdin: Data?) throws
    -> Result
  {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let input = stdin.map { _ in Pipe() }
    // A child that exits without reading its stdin must not kill the tests with SIGPIPE.
    if input != nil { signal(SIGPIPE, SIG_IGN) }
    process.standardInput = input ?? FileHandle.nullDevice
    try process.run()
    // Read both pipes and feed stdin concurrently so a large output or input cannot block the child.
    let group = DispatchGroup()
    nonisolated(unsafe) var errorData = Data()
    DispatchQueue.global().async(group: group) { errorData = err.fileHandleForReading.readDataToEndOfFile() }
    if let input, let stdin {
      DispatchQueue.global().async(group: group) {
        try? input.fileHandleForWriting.write(contentsOf: stdin)
        try? input.fileHandleForWriting.close()
      }
    }
    let outputData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    group.wait()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
      stderr: String(decoding: errorData, as: UTF8.self))
  }

  /// A fresh temporary folder.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("powermap-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
