import Dispatch
import Foundation

/// Runs a program to its end and captures what it prints.
///
/// Standard output and standard error are read on their own threads while standard input is
/// written on a third, so a child that prints a lot, or reads a lot before printing, never blocks
/// on a full pipe. The caller sleeps on a semaphore that the process's termination handler
/// signals: no polling.
package enum ChildProcess {
  /// What a finished program printed and how it ended.
  package struct Result: Sendable {
    /// The exit status (or the signal that ended it).
    package var status: Int32
    /// Everything written on standard output.
    package var stdout: String
    /// Everything written on standard error.
    package var stderr: String
  }

  /// Runs `executable ARGUMENTS` in `directory` with `stdin` on its standard input (the null
  /// device when nil) and waits for it to end.
  package static func run(_ executable: URL, _ arguments: [String], in directory: URL, stdin: Data? = nil) throws
    -> Result
  {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    let input = stdin.map { _ in Pipe() }
    // A child that exits without reading its stdin must not kill the tests with SIGPIPE.
    if input != nil { signal(SIGPIPE, SIG_IGN) }
    process.standardInput = input ?? FileHandle.nullDevice
    let waitForExit = try launch(process)

    let group = DispatchGroup()
    let stdoutData = PipeReader(output, group: group)
    let stderrData = PipeReader(error, group: group)
    if let input, let stdin {
      DispatchQueue.global().async(group: group) {
        try? input.fileHandleForWriting.write(contentsOf: stdin)
        try? input.fileHandleForWriting.close()
      }
    }
    group.wait()
    waitForExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: stdoutData.data, as: UTF8.self),
      stderr: String(decoding: stderrData.data, as: UTF8.self))
  }
}

extension ChildProcess {
  /// Starts `process` and returns a function that sleeps until it has ended, on a semaphore its
  /// termination handler signals (`Process.waitUntilExit` polls its run loop instead). The
  /// function may be called any number of times.
  package static func launch(_ process: Process) throws -> @Sendable () -> Void {
    let exited = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in exited.signal() }
    try process.run()
    return {
      exited.wait()
      exited.signal()
    }
  }
}

/// Reads a pipe to its end on a background thread; `data` is complete once `group` is done.
private final class PipeReader: @unchecked Sendable {
  private(set) var data = Data()

  init(_ pipe: Pipe, group: DispatchGroup) {
    DispatchQueue.global().async(group: group) {
      self.data = pipe.fileHandleForReading.readDataToEndOfFile()
    }
  }
}
