import Foundation
import PowerMap
import Testing

@testable import PowerMapReport

/// The report's manifest and file names (issue 15, items 6 and 8): fingerprints, the names a
/// report may remove, and file stems that are always valid.
struct ReportManifestTests {
  @Test func sha256MatchesTheStandardVectors() {
    #expect(ContentFingerprint.sha256(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      ContentFingerprint.sha256(Data("abc".utf8))
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      ContentFingerprint.sha256(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    #expect(
      ContentFingerprint.sha256(Data(repeating: UInt8(ascii: "a"), count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test func everyFileAReportWritesIsAReportPathAndNothingElseIs() async throws {
    let content = try await ReportContentTests.content(samples: 20)
    let paths = try ReportFiles(content).files.map(\.path)
    #expect(paths.contains("data/montecarlo-sin-orfis.csv"))
    for path in paths { #expect(ReportManifest.isReportPath(path), "\(path)") }
    for path in [
      "notes.txt", "data/mydata.csv", "sub/x.txt", "userdir", "userdir/", "../index.html", "/etc/passwd",
      "data/../index.html", ".powermap-report", "data/changes-.csv", "data", "data/sub/actors.csv", "x.svg",
      "map-power.svg/", "data/actors.csv.bak", "data/.actors.csv",
    ] {
      #expect(!ReportManifest.isReportPath(path), "\(path)")
    }
  }

  @Test func manifestTextRoundTripsAndIgnoresLinesWithoutAFingerprint() {
    let files = [
      ReportFiles.File(path: "index.html", data: Data("<html>".utf8)),
      ReportFiles.File(path: "data/actors.csv", data: Data("id\n".utf8)),
    ]
    let manifest = ReportManifest(files: files)
    #expect(ReportManifest(text: manifest.text) == manifest)
    #expect(manifest.text.hasPrefix(ReportManifest.header + "\n"))
    // A manifest of the earlier format (paths only) lists nothing removable.
    #expect(ReportManifest(text: "index.html\ndata/actors.csv\n").fingerprints.isEmpty)
  }

  @Test func removesOnlyUnchangedRegularReportFiles() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("manifest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root.appendingPathComponent("data"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    let unchanged = Data("a,b\n".utf8)
    try unchanged.write(to: root.appendingPathComponent("data/changes-old.csv"))
    try Data("edited".utf8).write(to: root.appendingPathComponent("map-scenario-old.svg"))
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("map-x.svg"), withIntermediateDirectories: true)
    try unchanged.write(to: root.appendingPathComponent("data/mydata.csv"))
    let manifest = ReportManifest(
      text: [
        "\(ContentFingerprint.sha256(unchanged)) data/changes-old.csv",
        "\(ContentFingerprint.sha256(Data("original".utf8))) map-scenario-old.svg",
        "\(ContentFingerprint.sha256(Data())) map-x.svg",
        "\(ContentFingerprint.sha256(unchanged)) data/mydata.csv",
      ].joined(separator: "\n"))
    let removed = manifest.removeStale(in: root, keeping: [])
    #expect(removed == ["data/changes-old.csv"])
    for kept in ["map-scenario-old.svg", "map-x.svg", "data/mydata.csv"] {
      #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(kept).path), "\(kept)")
    }
  }

  @Test func fileStemsAreAlwaysValidFileNames() {
    #expect(ReportContent.fileSafe(String(repeating: "x", count: 300)).count == ReportContent.maximumStemLength)
    #expect(ReportContent.fileSafe("ciudadanía/../x y") == "ciudadan-a-..-x-y")
    #expect(ReportContent.fileSafe("") == "scenario")
    #expect(ReportContent.fileSafe(String(repeating: "é", count: 300)) == String(repeating: "-", count: 80))
  }

  @Test func aReportWithAVeryLongScenarioIdIsWritten() async throws {
    let model = try ModelLoader.load(contentsOf: ReportContentTests.minimalModel).model
    var long = try #require(model.scenario(withID: "sin-orfis"))
    long.id = String(repeating: "sin-orfis-", count: 30)
    var upper = long
    upper.id = long.id.uppercased()
    let content = try await ReportContent.build(
      model: model, scenarios: [long, upper], options: ReportOptions(samples: 0, seed: 3, date: nil))
    let files = try ReportFiles(content)
    #expect(files.files.allSatisfy { ($0.path.split(separator: "/").last?.utf8.count ?? 0) <= 120 })
    // Two ids differing only in case get distinct names on a case-insensitive file system too.
    let lowered = files.files.map { $0.path.lowercased() }
    #expect(Set(lowered).count == lowered.count)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("long-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try files.write(to: folder.path)
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("index.html").path))
  }
}
