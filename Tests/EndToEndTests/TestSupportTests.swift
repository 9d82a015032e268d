import Foundation
import TestSupport
import Testing

/// The shared test support itself: the runner feeds standard input and reads long outputs without
/// blocking, and recording golden files fails the run.
struct TestSupportTests {
  /// Three megabytes through `cat`: everything written on stdin comes back on stdout, which the
  /// child can only finish writing while the runner reads it.
  @Test func standardInputReachesTheProcessAndALongOutputDoesNotBlock() throws {
    let line = "0123456789 abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ\n"
    let input = String(repeating: line, count: 3_000_000 / line.utf8.count)
    let result = try ChildProcess.run(
      URL(fileURLWithPath: "/bin/cat"), [], in: PackageRoot.url, stdin: Data(input.utf8))
    #expect(result.status == 0)
    #expect(result.stdout.utf8.count == input.utf8.count)
    let echoed = result.stdout == input
    #expect(echoed)
  }

  /// Two megabytes on each of stdout and stderr, the second written only after the first: the
  /// runner must drain both pipes at once.
  @Test func longOutputsOnBothStreamsDoNotDeadlock() throws {
    let result = try ChildProcess.run(
      URL(fileURLWithPath: "/bin/bash"),
      ["-c", "head -c 2000000 /dev/zero | tr '\\0' o; head -c 2000000 /dev/zero | tr '\\0' e >&2; exit 7"],
      in: PackageRoot.url)
    #expect(result.status == 7)
    let expected = (stdout: String(repeating: "o", count: 2_000_000), stderr: String(repeating: "e", count: 2_000_000))
    let (stdoutWhole, stderrWhole) = (result.stdout == expected.stdout, result.stderr == expected.stderr)
    #expect(stdoutWhole)
    #expect(stderrWhole)
  }

  /// A model given on standard input reaches `powermap`, whose long JSON answer comes back whole.
  @Test func powermapReadsAModelFromStandardInput() throws {
    let model = try Data(contentsOf: PackageRoot.url("models/veracruz-2019-2020.yaml"))
    let fromStdin = try PowerMapBinary.run(["analyze", "/dev/stdin", "--json"], stdin: model)
    let fromFile = try PowerMapBinary.run(["analyze", "models/veracruz-2019-2020.yaml", "--json"])
    #expect(fromStdin.status == 0, "\(fromStdin.stderr)")
    #expect(fromStdin.stdout.count > 10_000)
    let same = fromStdin.stdout == fromFile.stdout
    #expect(same)
  }

  /// Without input, the child reads end of file at once (the null device), not a hang.
  @Test func noInputIsTheNullDevice() throws {
    let result = try ChildProcess.run(URL(fileURLWithPath: "/bin/cat"), [], in: PackageRoot.url)
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
  }

  /// Recording writes the file and fails, so a recording run can never pass as a check.
  @Test func recordingAGoldenFileWritesItAndFails() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let golden = Golden(folder: folder, recording: true)
    withKnownIssue("recording a golden file records a failure") {
      try golden.check("recorded text\n", against: "sample.txt")
    }
    #expect(try String(contentsOf: folder.appendingPathComponent("sample.txt"), encoding: .utf8) == "recorded text\n")
    let checking = Golden(folder: golden.folder, recording: false)
    try checking.check("recorded text\n", against: "sample.txt")
  }
}
