import Foundation

/// Files that harnesses write their input to, for the readers that only take paths: one folder per
/// process (in /dev/shm when it exists, so no disk is touched), reused for every input.
package enum ScratchFiles {
  /// The folder, created on first use.
  package static let folder: String = {
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    let path = base + "/powermap-fuzz-\(ProcessInfo.processInfo.processIdentifier)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  /// Writes `bytes` to `name` in the folder and returns its path; removes it when `bytes` is nil.
  @discardableResult
  package static func write<Bytes: Collection<UInt8>>(_ bytes: Bytes?, to name: String) -> String {
    let path = folder + "/" + name
    guard let bytes else {
      try? FileManager.default.removeItem(atPath: path)
      return path
    }
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
      FuzzInvariant.fail("cannot write the scratch file \(path)")
    }
    return path
  }

  /// Splits `input` at the first line `===` into two parts; the second is nil without one.
  package static func split(_ input: [UInt8]) -> (first: ArraySlice<UInt8>, second: ArraySlice<UInt8>?) {
    let marker = Array("\n===\n".utf8)
    guard input.count >= marker.count else { return (input[...], nil) }
    for start in 0...(input.count - marker.count) where input[start..<start + marker.count].elementsEqual(marker) {
      return (input[..<(start + 1)], input[(start + marker.count)...])
    }
    return (input[...], nil)
  }

  /// The package root (the folder above Fuzz/), found from this file's location.
  package static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
}
