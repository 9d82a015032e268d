import Foundation
import Testing

@testable import PowerMap

/// The corpus of invalid files in Fixtures/invalid (written by make_corpus.py there): each breaks
/// one rule, and validation must report it at the location EXPECTED.tsv gives, without crashing
/// or hanging.
struct InvalidCorpusTests {
  struct Expectation: CustomTestStringConvertible, Sendable {
    var file: String
    /// nil: no location; "*": any location.
    var location: String
    var fragment: String
    var testDescription: String { file }
  }

  static let folder = Bundle.module.url(forResource: "Fixtures/invalid", withExtension: nil)

  static let expectations: [Expectation] = {
    guard let folder, let text = try? String(contentsOf: folder.appendingPathComponent("EXPECTED.tsv"), encoding: .utf8)
    else { return [] }
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      return Expectation(file: fields[0], location: fields[1], fragment: fields[2])
    }
  }()

  @Test func corpusHoldsAtLeastTwentyInvalidFiles() {
    #expect(Self.expectations.count >= 20)
  }

  @Test(arguments: expectations)
  func invalidFileIsRefusedWithItsLocatedMessage(_ expectation: Expectation) throws {
    let folder = try #require(Self.folder)
    let path = folder.appendingPathComponent(expectation.file).path
    let report = ModelLoader.validate(contentsOf: path, displayName: expectation.file)
    #expect(!report.isValid)
    let errors = report.diagnostics.filter { $0.severity == .error }
    let matching = errors.filter { $0.description.contains(expectation.fragment) }
    #expect(!matching.isEmpty, "no error contains \(expectation.fragment); got \(errors.map(\.description))")
    guard let diagnostic = matching.first else { return }
    switch expectation.location {
    case "-":
      #expect(diagnostic.line == nil)
    case "*":
      #expect(diagnostic.line != nil)
    default:
      #expect("\(diagnostic.line ?? 0):\(diagnostic.column ?? 0)" == expectation.location)
    }
    #expect(diagnostic.description.hasPrefix(expectation.file))
  }

  @Test func fileWithByteOrderMarkIsValid() throws {
    let folder = try #require(Self.folder)
    let loaded = try ModelLoader.load(contentsOf: folder.appendingPathComponent("valid-bom.yaml").path)
    #expect(loaded.model.actors.map(\.id) == ["orfis", "ivai", "municipalities"])
    #expect(loaded.model.schema == "powermap/1")
  }

  @Test func loadingNeverModifiesTheFile() throws {
    let folder = try #require(Self.folder)
    for expectation in Self.expectations {
      let url = folder.appendingPathComponent(expectation.file)
      let before = try Data(contentsOf: url)
      _ = ModelLoader.validate(contentsOf: url.path)
      #expect(try Data(contentsOf: url) == before)
    }
  }

  /// 50 MB of JSON whose very last relation is broken: the whole file must be read, and the
  /// error found on its last line, without a crash or a hang.
  @Test func fiftyMegabyteFileReportsTheErrorAtItsEnd() throws {
    var text = "{\"schema\": \"powermap/1\", \"name\": \"big\",\n\"actors\": [\n"
    let actorCount = 20_000
    for index in 0..<actorCount {
      text += "{\"id\": \"a\(index)\", \"name\": \"Actor \(index)\", \"kind\": \"agency\", \"level\": \"state\", "
      text += "\"power\": 0.5, \"interest\": 0.5, \"stance\": 0.1},\n"
    }
    text.removeLast(2)
    text += "\n],\n\"relations\": [\n"
    var line = actorCount + 4
    var index = 0
    while text.utf8.count < 50_000_000 {
      text +=
        "{\"from\": \"a\(index % actorCount)\", \"to\": \"a\((index + 1) % actorCount)\", \"kind\": \"influence\"},\n"
      index += 1
      line += 1
    }
    text += "{\"from\": \"a1\", \"to\": \"nobody\", \"kind\": \"influence\"}\n]}\n"
    line += 1
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("powermap-50mb-\(UUID().uuidString).json")
    try Data(text.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(try url.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0 >= 50_000_000)
    let report = ModelLoader.validate(contentsOf: url.path, displayName: "big.json")
    let errors = report.diagnostics.filter { $0.severity == .error }
    #expect(errors.count == 1)
    #expect(errors.first?.line == line)
    #expect(errors.first?.message == "unknown actor 'nobody'")
  }
}
