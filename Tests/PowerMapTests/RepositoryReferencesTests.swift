import Foundation
import Testing

/// The rules live in the repository (the Rules article of the PowerMap documentation,
/// `Sources/PowerMap/PowerMap.docc/Rules.md`): no file of the repository may send a reader to a
/// design file or a folder outside it.
struct RepositoryReferencesTests {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Spelled in pieces so that this file does not hold them.
  static let forbidden = ["DESIGN" + ".md", "../" + "shared", "shared" + "/seed"]
  static let folders = ["Sources", "Tests", "scripts", "models", "Benchmarks", "Fuzz", ".ci"]
  static let topFiles = ["README.md", "Makefile", "Package.swift", "CHANGELOG.md"]

  /// Every file under `folders` (build folders skipped) and the top-level files, up to 2 MB each.
  static func repositoryFiles() -> [URL] {
    var files = topFiles.map { packageRoot.appendingPathComponent($0) }
    for folder in folders {
      let url = packageRoot.appendingPathComponent(folder)
      guard
        let walker = FileManager.default.enumerator(
          at: url, includingPropertiesForKeys: [.isRegularFileKey, .fileSizeKey])
      else { continue }
      for case let file as URL in walker {
        if file.lastPathComponent == ".build" || file.lastPathComponent == "work" {
          walker.skipDescendants()
          continue
        }
        let values = try? file.resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey])
        if values?.isRegularFile == true, (values?.fileSize ?? 0) <= 2_000_000 { files.append(file) }
      }
    }
    return files
  }

  @Test func noFileSendsTheReaderOutsideTheRepository() throws {
    let files = Self.repositoryFiles()
    #expect(files.count > 300)
    var offenders: [String] = []
    for file in files {
      guard let data = try? Data(contentsOf: file) else { continue }
      for text in Self.forbidden where data.range(of: Data(text.utf8)) != nil {
        offenders.append("\(file.path.dropFirst(Self.packageRoot.path.count + 1)): \(text)")
      }
    }
    #expect(offenders.isEmpty, "files that point outside the repository: \(offenders)")
  }

  @Test func theRulesArticleIsWhereTheDocCommentsSendTheReader() throws {
    let rules = Self.packageRoot.appendingPathComponent("Sources/PowerMap/PowerMap.docc/Rules.md")
    let text = try String(contentsOf: rules, encoding: .utf8)
    for rule in 1...10 {
      #expect(text.contains("\n## Rule \(rule): "), "Rules.md has no section for rule \(rule)")
    }
  }
}
