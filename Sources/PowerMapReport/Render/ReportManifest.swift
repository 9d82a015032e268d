import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The file `.powermap-report` in a report folder: each file the last report wrote, with the
/// SHA-256 of the bytes it wrote. The next report removes a listed file it no longer writes only
/// when the name is one a report writes (`*.html`, `*.md`, `*.svg` at the top, `data/*.csv` and
/// `data/*.json`), it is a regular file (not a folder, not a link) and it still holds exactly those
/// bytes. A file edited since, a user's file, a folder, or anything an edited manifest names
/// elsewhere is never removed.
struct ReportManifest: Equatable {
  /// The manifest's first line, naming its format.
  static let header = "# powermap report manifest 2: the SHA-256 of each file the report wrote, then its path"

  /// Path → SHA-256 (lowercase hex).
  var fingerprints: [String: String]

  init(files: [ReportFiles.File]) {
    fingerprints = Dictionary(
      files.map { ($0.path, ContentFingerprint.sha256($0.data)) }, uniquingKeysWith: { first, _ in first })
  }

  /// Reads a manifest's text; lines that are not `HASH PATH` (an old manifest without fingerprints,
  /// an edit) are ignored, so their files are never removed.
  init(text: String) {
    var fingerprints: [String: String] = [:]
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let parts = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
      guard parts.count == 2, parts[0].count == 64, parts[0].allSatisfy(\.isHexDigit) else { continue }
      fingerprints[String(parts[1])] = parts[0].lowercased()
    }
    self.fingerprints = fingerprints
  }

  var text: String {
    ([Self.header] + fingerprints.keys.sorted().map { "\(fingerprints[$0] ?? "") \($0)" }).joined(separator: "\n")
      + "\n"
  }

  /// Removes from `root` the files this manifest lists and `kept` does not, under the rules above.
  /// Returns the paths removed.
  @discardableResult
  func removeStale(in root: URL, keeping kept: Set<String>) -> [String] {
    var removed: [String] = []
    for (path, fingerprint) in fingerprints.sorted(by: { $0.key < $1.key }) {
      guard !kept.contains(path), Self.isReportPath(path) else { continue }
      let file = root.appendingPathComponent(path).path
      var status = stat()
      guard lstat(file, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
        let data = FileManager.default.contents(atPath: file), ContentFingerprint.sha256(data) == fingerprint
      else { continue }
      if unlink(file) == 0 { removed.append(path) }
    }
    return removed
  }

  /// Whether `path` is a name a report writes: `index.html`, `report.md`, `map-*.svg` at the top;
  /// in `data/` a CSV or JSON file named after one of the report's tables or documents
  /// (``dataStems``, ``dataPrefixes``). A user's `data/mydata.csv` or `notes.txt` never is.
  static func isReportPath(_ path: String) -> Bool {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    guard let name = parts.last, !name.contains("\\"), let dot = name.lastIndex(of: ".") else { return false }
    let stem = String(name[..<dot])
    let suffix = name[name.index(after: dot)...]
    guard stem.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }),
      !stem.isEmpty, !stem.hasPrefix(".")
    else { return false }
    switch parts.count {
    case 1:
      return name == "index.html" || name == "report.md" || (stem.hasPrefix("map-") && suffix == "svg")
    case 2:
      return parts[0] == "data" && (suffix == "csv" || suffix == "json")
        && (dataStems.contains(stem) || dataPrefixes.contains { stem.hasPrefix($0) && stem.count > $0.count })
    default:
      return false
    }
  }

  /// The data files a report writes under fixed names.
  static let dataStems: Set<String> = [
    "actors", "commitments", "obstacles", "allies", "mactor-balance", "mactor-midi", "mactor-objectives",
    "analysis", "sweep", "mactor", "advise",
  ]

  /// The data files a report writes per scenario, followed by the scenario's file stem.
  static let dataPrefixes = ["changes-", "montecarlo-", "viable-count-", "scenario-", "advise-"]
}
