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

  /// Runs `powermap ARGUMENTS` in `directory` (the package root by default).
  static func run(_ arguments: [String], in directory: URL? = nil, stdin: Data? = nil) throws -> Result {
    let executable = try #require(executable, "the powermap binary was not built")
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? packageRoot
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Read both pipes concurrently so a large output cannot block the child.
    nonisolated(unsafe) var errorData = Data()
    let reader = Thread { errorData = err.fileHandleForReading.readDataToEndOfFile() }
    reader.start()
    let outputData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !reader.isFinished { usleep(1000) }
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
