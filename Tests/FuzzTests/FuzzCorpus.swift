import Foundation
import TestSupport

/// The committed seed corpus in Tests/FuzzTests/Corpus, one folder per input kind. The libFuzzer
/// harnesses of Fuzz/ start from the same folders.
enum FuzzCorpus {
  /// The corpus folder.
  static let folder = PackageRoot.url("Tests/FuzzTests/Corpus")

  /// The seeds of `kind` (`yaml`, `json`, `scenario`, `csv`, `mactor`), by file name, sorted, plus
  /// the crash reproducers of crashes/ whose names start with `kind-`.
  static func seeds(_ kind: String) -> [(name: String, bytes: [UInt8])] {
    var seeds = files(in: folder.appendingPathComponent(kind))
    seeds += files(in: folder.appendingPathComponent("crashes")).filter { $0.name.hasPrefix(kind + "-") }
    return seeds
  }

  private static func files(in directory: URL) -> [(name: String, bytes: [UInt8])] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.sorted().compactMap { name in
      guard !name.hasPrefix("."),
        let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path)
      else { return nil }
      return (name, [UInt8](data))
    }
  }
}
