import Foundation
import TestSupport
import Testing

/// What `report` and `render` leave on disk (issue 15, items 6 and 7): an edited manifest never
/// makes a report delete a user's files, and a full disk leaves the output as it was, with no
/// temporary behind, and exits 3.
struct ReportFilesSafetyTests {
  static let minimal = "models/examples/minimal.yaml"

  /// Whether this process may mount a tmpfs (root on Linux); the tests that need one skip otherwise.
  static let canMount = geteuid() == 0 && FileManager.default.fileExists(atPath: "/bin/mount")

  static func sha256(_ file: URL) throws -> String {
    let result = try PowerMapBinary.shell("sha256sum '\(file.path)' | cut -c1-64")
    return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  static func listing(_ folder: URL) throws -> [String] {
    let result = try PowerMapBinary.shell("cd '\(folder.path)' && find . | sort")
    return result.stdout.split(separator: "\n").map(String.init)
  }

  @Test func anEditedManifestNeverDeletesAUsersFiles() throws {
    let out = try PowerMapBinary.temporaryFolder().appendingPathComponent("report")
    #expect(try PowerMapBinary.run(["report", Self.minimal, "--out", out.path]).status == 0)
    let manager = FileManager.default
    try manager.createDirectory(at: out.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try manager.createDirectory(at: out.appendingPathComponent("userdir/inner"), withIntermediateDirectories: true)
    for (path, text) in [
      ("notes.txt", "mine"), ("data/mydata.csv", "a,b\n"), ("sub/x.txt", "x"), ("userdir/inner/y.txt", "y"),
      ("../outside.txt", "outside"),
    ] {
      try Data(text.utf8).write(to: out.appendingPathComponent(path))
    }
    try Data("edited".utf8).write(to: out.appendingPathComponent("map-grid.svg"))
    var manifest = try String(contentsOf: out.appendingPathComponent(".powermap-report"), encoding: .utf8)
    for path in [
      "notes.txt", "data/mydata.csv", "sub/x.txt", "userdir/inner/y.txt", "../outside.txt",
    ] {
      manifest += "\(try Self.sha256(out.appendingPathComponent(path))) \(path)\n"
    }
    manifest += "\(String(repeating: "0", count: 64)) userdir\nuserdir\n\(out.path)/notes.txt\n"
    try Data(manifest.utf8).write(to: out.appendingPathComponent(".powermap-report"))
    // The next report writes neither map-grid.svg's old bytes nor any of the names above.
    let again = try PowerMapBinary.run(["report", Self.minimal, "--scenario", "sin-orfis", "--out", out.path])
    #expect(again.status == 0, "\(again.stderr)")
    for path in ["notes.txt", "data/mydata.csv", "sub/x.txt", "userdir/inner/y.txt", "../outside.txt"] {
      #expect(manager.fileExists(atPath: out.appendingPathComponent(path).path), "\(path) was deleted")
    }
    // A file of the same name as one the report writes is replaced, as before.
    #expect(try String(contentsOf: out.appendingPathComponent("map-grid.svg"), encoding: .utf8) != "edited")
  }

  @Test func aReportOverwritingTheSameNamesKeepsTheUsersEditsOfOthers() throws {
    let out = try PowerMapBinary.temporaryFolder().appendingPathComponent("report")
    #expect(try PowerMapBinary.run(["report", Self.minimal, "--out", out.path]).status == 0)
    let stale = out.appendingPathComponent("map-scenario-alcaldes-ceden.svg")
    let edited = out.appendingPathComponent("data/changes-alcaldes-ceden.csv")
    #expect(FileManager.default.fileExists(atPath: stale.path))
    try Data("my edit".utf8).write(to: edited)
    let again = try PowerMapBinary.run(["report", Self.minimal, "--scenario", "sin-orfis", "--out", out.path])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(!FileManager.default.fileExists(atPath: stale.path), "an unchanged stale report file is removed")
    #expect(try String(contentsOf: edited, encoding: .utf8) == "my edit", "an edited one is kept")
    #expect(try Self.listing(out).allSatisfy { !$0.contains("staging") && !$0.hasSuffix(".tmp") })
  }

  /// Runs `body` with a tmpfs of `size` mounted on a fresh folder, unmounting it after.
  static func withTmpfs(size: String, _ body: (URL) throws -> Void) throws {
    let mountPoint = try PowerMapBinary.temporaryFolder().appendingPathComponent("mnt")
    try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
    let mount = try PowerMapBinary.shell("mount -t tmpfs -o size=\(size) tmpfs '\(mountPoint.path)' 2>&1")
    guard mount.status == 0 else { return }  // no permission to mount here: nothing to test
    defer { _ = try? PowerMapBinary.shell("umount '\(mountPoint.path)'") }
    try body(mountPoint)
  }

  @Test(.enabled(if: canMount)) func aReportOnAFullDiskExitsThreeAndLeavesTheFolderAsItWas() throws {
    try Self.withTmpfs(size: "200k") { disk in
      let out = disk.appendingPathComponent("out")
      try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
      try Data("mine".utf8).write(to: out.appendingPathComponent("notes.txt"))
      let before = try Self.listing(disk)
      let existing = try PowerMapBinary.run(["report", Self.minimal, "--out", out.path])
      #expect(existing.status == 3, "\(existing.stderr)")
      #expect(existing.stderr.contains("error: cannot write the report to \(out.path): No space left on device"))
      #expect(try Self.listing(disk) == before, "the folder and its parent are as they were")
      let fresh = disk.appendingPathComponent("new")
      let missing = try PowerMapBinary.run(["report", Self.minimal, "--out", fresh.path])
      #expect(missing.status == 3, "\(missing.stderr)")
      #expect(try Self.listing(disk) == before, "no new folder, no staging folder")
    }
  }

  @Test(.enabled(if: canMount)) func aRenderOnAFullDiskExitsThreeAndLeavesNoTemporary() throws {
    try Self.withTmpfs(size: "24k") { disk in
      let existing = disk.appendingPathComponent("existing.svg")
      try Data("<svg>old</svg>".utf8).write(to: existing)
      let result = try PowerMapBinary.run(["render", "models/veracruz-2019-2020.yaml", "-o", existing.path])
      #expect(result.status == 3, "\(result.stderr)")
      #expect(result.stderr.contains("error: cannot write \(existing.path): No space left on device"))
      #expect(try Self.listing(disk) == [".", "./existing.svg"])
      #expect(try String(contentsOf: existing, encoding: .utf8) == "<svg>old</svg>")
    }
  }

  @Test func aReportFolderThatIsAFileOrHasAFolderInTheWayIsRefusedBeforeWriting() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let file = folder.appendingPathComponent("file")
    try Data("x".utf8).write(to: file)
    let onFile = try PowerMapBinary.run(["report", Self.minimal, "--out", file.path])
    #expect(onFile.status == 2)
    #expect(onFile.stderr.contains("cannot write the report to \(file.path): it is a file, not a folder"))
    let out = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(
      at: out.appendingPathComponent("index.html"), withIntermediateDirectories: true)
    let blocked = try PowerMapBinary.run(["report", Self.minimal, "--out", out.path])
    #expect(blocked.status == 2)
    #expect(blocked.stderr.contains("\(out.path)/index.html is a folder; move it away"))
    #expect(try Self.listing(out) == [".", "./index.html"])
  }
}
