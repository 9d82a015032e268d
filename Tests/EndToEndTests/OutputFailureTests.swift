import Foundation
import TestSupport
import Testing

/// Output that cannot be written: a full device, a closed pipe, special files, unusable paths,
/// and text that must not drive the terminal (issue 15, items 1, 5, 9, 15 and 17).
struct OutputFailureTests {
  static let model = "models/veracruz-2019-2020.yaml"

  /// Every command that prints, with arguments that make it print on stdout.
  static let printingCommands: [[String]] = [
    ["validate", model],
    ["summary", model],
    ["analyze", model],
    ["simulate", model, "--scenario", "lose-orfis"],
    ["sweep", model],
    ["mactor", model],
    ["diff", "models/veracruz-2016-2017.yaml", model],
    ["run", "BATCH"],
    ["import", "--actors", "models/examples/actors.csv", "--relations", "models/examples/relations.csv", "-o", "-"],
    ["render", model, "--format", "svg", "-o", "-"],
    ["--help"],
  ]

  /// A one-run batch without Monte Carlo, so `run` prints quickly.
  static func batchFile() throws -> String {
    let folder = try PowerMapBinary.temporaryFolder()
    let batch = folder.appendingPathComponent("batch.yaml")
    let text = """
      schema: powermap-batch/1
      runs:
        - id: one
          model: \(PowerMapBinary.path(model))
          scenarios: [lose-orfis]
          samples: 0

      """
    try Data(text.utf8).write(to: batch)
    return batch.path
  }

  static func shellWords(_ arguments: [String]) throws -> String {
    let batch = arguments.contains("BATCH") ? try batchFile() : ""
    return arguments.map { "'" + ($0 == "BATCH" ? batch : $0) + "'" }.joined(separator: " ")
  }

  @Test(arguments: printingCommands)
  func aFullStdoutExitsThreeWithAMessage(_ arguments: [String]) throws {
    let result = try PowerMapBinary.shell("\"$POWERMAP\" \(try Self.shellWords(arguments)) > /dev/full")
    #expect(result.status == 3, "\(arguments): \(result.stderr)")
    #expect(result.stderr.contains("error: cannot write to standard output: No space left on device"), "\(arguments)")
    #expect(!result.stderr.contains("Fatal error"))
  }

  @Test func aFullStderrDoesNotCrashAndExitsThree() throws {
    // A bad model: its error message cannot be written, and the exit code says so.
    let failing = try PowerMapBinary.shell("\"$POWERMAP\" analyze no-such-model.yaml 2>/dev/full")
    #expect(failing.status == 3)
    // A run with nothing to say on stderr succeeds with its whole output.
    let quiet = try PowerMapBinary.shell("\"$POWERMAP\" summary \(Self.model) 2>/dev/full")
    #expect(quiet.status == 0)
    #expect(quiet.stdout.contains("Plan de acción de gobierno abierto de Veracruz 2019-2020"))
    // Both full: no trap (132/134), exit 3.
    let both = try PowerMapBinary.shell("\"$POWERMAP\" analyze \(Self.model) >/dev/full 2>/dev/full")
    #expect(both.status == 3)
  }

  @Test func aReaderThatClosesThePipeEndsTheCommandQuietly() throws {
    // Several hundred kilobytes of text and of PNG: more than a pipe holds, so writes hit the closed pipe.
    let folder = try PowerMapBinary.temporaryFolder()
    let runs = (0..<300).map { "  - {id: r\($0), model: '\(PowerMapBinary.path(Self.model))', samples: 0}\n" }
    try Data(("schema: powermap-batch/1\nruns:\n" + runs.joined()).utf8)
      .write(to: folder.appendingPathComponent("batch.yaml"))
    let text = try PowerMapBinary.shell(
      "\"$POWERMAP\" run batch.yaml 2>err.txt | head -1 | cut -c1-10; echo \"status ${PIPESTATUS[0]}\"; cat err.txt",
      in: folder)
    #expect(text.stdout.hasSuffix("status 0\n"), "\(text.stdout.suffix(200))")
    #expect(text.stdout.split(separator: "\n").count == 2, "stderr must stay empty: \(text.stdout.suffix(300))")
    let png = try PowerMapBinary.shell(
      "\"$POWERMAP\" render \(Self.model) --format png --dpi 300 -o - | head -c 8 | od -c | head -1")
    #expect(png.status == 0, "\(png.stderr)")
    #expect(png.stderr.isEmpty, "\(png.stderr)")
    #expect(png.stdout.contains("P   N   G"))
  }

  @Test func renderWritesIntoAFIFOAndLeavesItAFIFO() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let result = try PowerMapBinary.shell(
      """
      mkfifo map.fifo && (cat map.fifo > got.svg &) && \
      "$POWERMAP" render '\(PowerMapBinary.path(Self.model))' --format svg -o map.fifo; echo "status $?"; \
      sleep 0.2; test -p map.fifo && echo "still a fifo"; head -c 4 got.svg
      """, in: folder)
    #expect(result.stdout.contains("status 0"), "\(result.stderr)")
    #expect(result.stdout.contains("still a fifo"))
    #expect(result.stdout.hasSuffix("<svg") || result.stdout.hasSuffix("<?xm"), "\(result.stdout)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["got.svg", "map.fifo"])
  }

  /// On copies of /dev/null and /dev/full made with mknod (as root, as CI runs), so that a
  /// regression replaces a device node of the test's own, never the system's.
  @Test func renderToADeviceKeepsTheDeviceAndToAFullOneExitsThree() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let null = folder.appendingPathComponent("null").path
    let full = folder.appendingPathComponent("full").path
    let made = try PowerMapBinary.shell(
      "mknod '\(null)' c 1 3 && mknod '\(full)' c 1 7 && chmod 666 '\(null)' '\(full)'")
    guard made.status == 0 else { return }  // not root: no device node to test on
    let written = try PowerMapBinary.run(["render", Self.model, "--format", "svg", "-o", null])
    #expect(written.status == 0, "\(written.stderr)")
    var status = stat()
    #expect(stat(null, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR, "the device must stay a device")
    let failed = try PowerMapBinary.run(["render", Self.model, "--format", "svg", "-o", full])
    #expect(failed.status == 3)
    #expect(failed.stderr.contains("error: cannot write \(full): No space left on device"), "\(failed.stderr)")
    #expect(stat(full, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["full", "null"])
  }

  @Test func replacingAFileKeepsItsPermissionsAndLeavesNoTemporary() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let map = folder.appendingPathComponent("map.svg")
    try Data("old".utf8).write(to: map)
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: map.path)
    let result = try PowerMapBinary.run(["render", "models/examples/minimal.yaml", "-o", map.path])
    #expect(result.status == 0, "\(result.stderr)")
    let attributes = try FileManager.default.attributesOfItem(atPath: map.path)
    #expect((attributes[.posixPermissions] as? Int) == 0o640)
    #expect(try String(contentsOf: map, encoding: .utf8).contains("<svg"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["map.svg"])
  }

  @Test func unusableOutputPathsAreNamedForWhatTheyAre() throws {
    let empty = try PowerMapBinary.run(["render", Self.model, "--format", "svg", "-o", ""])
    #expect(empty.status == 2)
    #expect(empty.stderr.contains("--output needs a file name, or '-' for stdout"))
    #expect(!empty.stderr.contains("Is a directory"))
    let underFile = try PowerMapBinary.run(["render", Self.model, "-o", "\(Self.model)/x.svg"])
    #expect(underFile.status == 2)
    #expect(underFile.stderr.contains("error: cannot write \(Self.model)/x.svg: \(Self.model) is a file, not a folder"))
    let folder = try PowerMapBinary.run(["render", Self.model, "--format", "svg", "-o", "models"])
    #expect(folder.status == 2)
    #expect(folder.stderr.contains("cannot write models: it is a folder; give a file name"))
  }

  @Test func aFIFOModelIsReadLikeAFile() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let result = try PowerMapBinary.shell(
      "mkfifo model.yaml && (cat '\(PowerMapBinary.path(Self.model))' > model.yaml &) && \"$POWERMAP\" summary model.yaml",
      in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stderr.contains("permissions"))
    #expect(result.stdout.contains("Veracruz 2019-2020"))
  }

  @Test func aModelOnStandardInputIsRead() throws {
    let model = try Data(contentsOf: URL(fileURLWithPath: PowerMapBinary.path(Self.model)))
    let result = try PowerMapBinary.run(["summary", "/dev/stdin"], stdin: model)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Veracruz 2019-2020"))
  }

  @Test func anUnreadableModelNamesTheCause() throws {
    let result = try PowerMapBinary.run(["summary", "/proc/self/mem"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("/proc/self/mem: error: cannot read the file: "))
  }
}
