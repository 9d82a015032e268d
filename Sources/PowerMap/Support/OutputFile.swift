import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes output files. A regular file (or a new one) is written atomically: to a temporary file
/// beside the target, then renamed over it, so a failed run never leaves a partial file, and the
/// temporary is removed on every failure. A device or FIFO (`/dev/null`, `/dev/stdout`, a named
/// pipe) is written directly and never replaced. Never writes over one of the run's inputs.
package enum OutputFile {
  package struct WriteError: Error, CustomStringConvertible {
    /// Whose fault a failure is: a path that cannot be used (exit 2) or a failing device (exit 3).
    package enum Kind: Sendable {
      /// The path cannot be written: a folder, a missing folder, no permission, an input file.
      case badPath
      /// The write itself failed: a full disk, an I/O error.
      case ioFailure
    }

    package var description: String
    package var kind: Kind

    /// An error with the message `description`.
    package init(description: String, kind: Kind = .badPath) {
      self.description = description
      self.kind = kind
    }

    /// The input file the write would have replaced, when that is why it was refused.
    package var overwrittenInput: String?

    /// The refusal to write over `input`, one of the run's inputs; `advice` says what to choose
    /// instead (in the library's words: the command line names its own option).
    package static func overwriting(_ input: String, advice: String) -> WriteError {
      var error = WriteError(description: "refusing to write over the input file \(input); \(advice)")
      error.overwrittenInput = input
      return error
    }

    /// The error of a system call that failed with `code` while writing `path`.
    package init(path: String, code: Int32) {
      let quoted = path.isEmpty ? "''" : path
      self.init(
        description: "cannot write \(quoted): \(String(cString: strerror(code)))",
        kind: Self.pathErrors.contains(code) ? .badPath : .ioFailure)
    }

    /// The errno values that say the path is unusable rather than the device failing.
    static let pathErrors: Set<Int32> = [
      EACCES, EPERM, ENOENT, ENOTDIR, EISDIR, ENAMETOOLONG, ELOOP, EROFS, EEXIST, ENXIO, ETXTBSY,
    ]
  }

  /// Writes `data` to `path`. Refuses when `path` names one of `inputs` (after resolving symbolic
  /// links), so an input can never be overwritten.
  package static func write(_ data: Data, to path: String, inputs: [String] = []) throws(WriteError) {
    guard !path.isEmpty else {
      throw WriteError(description: "the output path is empty; give a file name, or '-' for stdout")
    }
    let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
    for input in inputs {
      let inputURL = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath()
      if inputURL.path == target.path {
        throw WriteError.overwriting(input, advice: "choose another output path")
      }
    }
    var status = stat()
    var existingMode: mode_t?
    if stat(path, &status) == 0 {
      switch status.st_mode & S_IFMT {
      case S_IFREG: existingMode = status.st_mode & 0o7777
      case S_IFDIR: throw WriteError(description: "cannot write \(path): it is a folder; give a file name")
      default:
        try writeDirectly(data, to: path)
        return
      }
    }
    try checkFolder(of: path)
    try writeAtomically(data, to: target.path, shownAs: path, mode: existingMode)
  }

  /// Checks that the folder `path` goes in exists, naming the part of the path that is a file
  /// when one is (`file.yaml/x.svg`).
  static func checkFolder(of path: String) throws(WriteError) {
    let immediate = (path as NSString).deletingLastPathComponent
    var folder = immediate
    while true {
      let shown = folder.isEmpty ? "." : folder
      var status = stat()
      if stat(shown, &status) == 0 {
        if status.st_mode & S_IFMT == S_IFDIR {
          if folder == immediate { return }
          break
        }
        throw WriteError(description: "cannot write \(path): \(shown) is a file, not a folder")
      }
      let parent = (folder as NSString).deletingLastPathComponent
      if parent == folder || folder.isEmpty { break }
      folder = parent
    }
    throw WriteError(description: "cannot write \(path): the folder \(immediate) does not exist")
  }

  /// Writes a temporary file beside `target` and renames it over `target`; removes the temporary
  /// on every failure. `mode` keeps the permissions of the file replaced.
  static func writeAtomically(_ data: Data, to target: String, shownAs path: String, mode: mode_t?) throws(WriteError) {
    let url = URL(fileURLWithPath: target)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".powermap-\(UUID().uuidString).tmp").path
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw WriteError(path: path, code: errno) }
    if let mode { _ = fchmod(descriptor, mode) }
    var failure = writeAll(data, to: descriptor)
    if close(descriptor) != 0 && failure == nil { failure = errno }
    if failure == nil && rename(temporary, target) != 0 { failure = errno }
    if let failure {
      unlink(temporary)
      throw WriteError(path: path, code: failure)
    }
  }

  /// Writes `data` to an existing device or FIFO as it is: opened for writing, never replaced.
  static func writeDirectly(_ data: Data, to path: String) throws(WriteError) {
    let descriptor = open(path, O_WRONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw WriteError(path: path, code: errno) }
    var failure = writeAll(data, to: descriptor)
    if close(descriptor) != 0 && failure == nil { failure = errno }
    if let failure { throw WriteError(path: path, code: failure) }
  }

  /// Writes all of `data` to `descriptor`, retrying after signals and partial writes; returns the
  /// errno of a failure, nil on success.
  package static func writeAll(_ data: Data, to descriptor: Int32) -> Int32? {
    data.withUnsafeBytes { writeAll($0, to: descriptor) }
  }

  /// Writes all of `buffer` to `descriptor`, retrying after signals and partial writes and waiting
  /// on a descriptor left non-blocking; returns the errno of a failure, nil on success.
  package static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
    guard let base = buffer.baseAddress else { return nil }
    var offset = 0
    while offset < buffer.count {
      #if canImport(Glibc)
        let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
      #else
        let written = Darwin.write(descriptor, base + offset, buffer.count - offset)
      #endif
      if written < 0 {
        if errno == EINTR { continue }
        if errno == EAGAIN || errno == EWOULDBLOCK {
          var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
          _ = poll(&ready, 1, -1)
          continue
        }
        return errno
      }
      offset += written
    }
    return nil
  }
}
