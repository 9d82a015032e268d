import Foundation
import PowerMap

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The folder a report is written to before it is moved into place. When the report folder does
/// not exist yet, the staging folder `.powermap-staging-UUID` is created beside it and renamed
/// to it at the end. When it exists, the staging folder `.powermap-staging-UUID` is created inside
/// it (on the same file system, so each file's move is a rename that needs no space, even when the
/// folder is a mount point) and the finished files are renamed into place one by one. On any
/// failure before the move the staging folder is removed and the report folder is as it was.
struct ReportStaging {
  let root: URL
  let shown: String
  let folder: URL
  /// Whether the report folder did not exist, so the staging folder becomes it.
  let replacesFolder: Bool

  init(for root: URL, shownAs shown: String, paths: [String]) throws(OutputFile.WriteError) {
    self.root = root
    self.shown = shown
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory)
    if exists && !isDirectory.boolValue {
      throw OutputFile.WriteError(description: "cannot write the report to \(shown): it is a file, not a folder")
    }
    replacesFolder = !exists
    let unique = UUID().uuidString
    if exists {
      try Self.checkNoFolderIsInTheWay(root, shown: shown, paths: paths)
      folder = root.appendingPathComponent(".powermap-staging-\(unique)")
    } else {
      let parent = root.deletingLastPathComponent()
      try Self.makeFolder(parent, intermediates: true, shown: shown)
      folder = parent.appendingPathComponent(".powermap-staging-\(unique)")
    }
    try Self.makeFolder(folder, intermediates: false, shown: shown)
    do {
      try Self.makeFolder(folder.appendingPathComponent("data"), intermediates: false, shown: shown)
    } catch {
      discard()
      throw error
    }
  }

  /// Writes one file of the report into the staging folder.
  func write(_ data: Data, to path: String) throws(OutputFile.WriteError) {
    let file = folder.appendingPathComponent(path).path
    let descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw failure(errno) }
    var code = OutputFile.writeAll(data, to: descriptor)
    if close(descriptor) != 0 && code == nil { code = errno }
    if let code { throw failure(code) }
  }

  /// Moves the finished files into the report folder and removes the staging folder.
  func moveIntoPlace(_ paths: [String]) throws(OutputFile.WriteError) {
    defer { discard() }
    if replacesFolder {
      if rename(folder.path, root.path) != 0 { throw failure(errno) }
      return
    }
    try Self.makeFolder(root.appendingPathComponent("data"), intermediates: false, shown: shown)
    for path in paths
    where rename(folder.appendingPathComponent(path).path, root.appendingPathComponent(path).path) != 0 {
      throw failure(errno)
    }
  }

  /// Removes the staging folder and whatever is in it (nothing but what this report wrote there).
  func discard() {
    try? FileManager.default.removeItem(at: folder)
  }

  private func failure(_ code: Int32) -> OutputFile.WriteError {
    var error = OutputFile.WriteError(path: shown, code: code)
    error.description = "cannot write the report to \(shown): \(String(cString: strerror(code)))"
    return error
  }

  /// Creates `folder` unless it is there; `data` may already exist in a report folder.
  private static func makeFolder(_ folder: URL, intermediates: Bool, shown: String) throws(OutputFile.WriteError) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue { return }
    if intermediates {
      do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      } catch {
        throw OutputFile.WriteError(
          description: "cannot create the folder \(folder.path) for the report: \(error.localizedDescription)")
      }
    } else if mkdir(folder.path, 0o777) != 0 {
      let code = errno
      var error = OutputFile.WriteError(path: shown, code: code)
      error.description = "cannot create the folder \(folder.path) for the report: \(String(cString: strerror(code)))"
      throw error
    }
  }

  /// Refuses, before anything is written, when a folder (or a file named `data`) stands where a
  /// report file goes: renaming over it would fail halfway through.
  private static func checkNoFolderIsInTheWay(_ root: URL, shown: String, paths: [String]) throws(OutputFile.WriteError)
  {
    var status = stat()
    let data = root.appendingPathComponent("data").path
    if lstat(data, &status) == 0 && status.st_mode & S_IFMT != S_IFDIR {
      throw OutputFile.WriteError(description: "cannot write the report to \(shown): \(shown)/data is not a folder")
    }
    for path in paths where lstat(root.appendingPathComponent(path).path, &status) == 0 {
      if status.st_mode & S_IFMT == S_IFDIR {
        throw OutputFile.WriteError(
          description: "cannot write the report to \(shown): \(shown)/\(path) is a folder; move it away")
      }
    }
  }
}
