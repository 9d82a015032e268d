import Foundation

/// Writes output files atomically: to a temporary file beside the target, then renamed over it,
/// so a failed run never leaves a partial file, and never over one of the run's inputs.
public enum OutputFile {
  public struct WriteError: Error, CustomStringConvertible {
    public var description: String

    /// An error with the message `description`.
    public init(description: String) {
      self.description = description
    }
  }

  /// Writes `data` to `path` atomically. Refuses when `path` names one of `inputs` (after
  /// resolving symbolic links), so an input can never be overwritten.
  public static func write(_ data: Data, to path: String, inputs: [String] = []) throws(WriteError) {
    let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
    for input in inputs {
      let inputURL = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath()
      if inputURL.path == target.path {
        throw WriteError(description: "refusing to write over the input file \(input); choose another output path")
      }
    }
    let directory = target.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue
    else {
      throw WriteError(description: "cannot write \(path): the folder \(directory.path) does not exist")
    }
    let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
    do {
      try data.write(to: temporary)
    } catch {
      throw WriteError(description: "cannot write \(path): \(error.localizedDescription)")
    }
    if rename(temporary.path, target.path) != 0 {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw WriteError(description: "cannot write \(path): \(reason)")
    }
  }
}
