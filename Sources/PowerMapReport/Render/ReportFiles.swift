import Foundation
import PowerMap

/// The files of a report folder: `index.html`, `report.md` with its maps beside it, and `data/`
/// with the CSV and JSON of every table plus the JSON documents the commands print
/// (`analysis.json` as `analyze --json`, `scenario-ID.json` as `simulate --json`, `sweep.json`,
/// and `mactor.json` up to ``mactorDocumentLimit`` actors).
package struct ReportFiles: Sendable {
  /// One file: its path relative to the report folder and its bytes.
  package struct File: Sendable {
    /// The path relative to the report folder (`data/actors.csv`).
    package var path: String
    /// The file's bytes.
    package var data: Data
  }

  /// The most actors for which `data/mactor.json` is written: it holds a dozen n × n matrices
  /// (91 MB at 1,000 actors); above, `powermap mactor MODEL --json` prints it.
  package static let mactorDocumentLimit = 200

  /// Every file, in writing order (`index.html` last).
  package let files: [File]

  /// The files of `content`; throws only when a result cannot be encoded as JSON.
  package init(_ content: ReportContent) throws {
    var files: [File] = []
    func add(_ path: String, _ text: String) { files.append(File(path: path, data: Data(text.utf8))) }
    func addJSON(_ path: String, _ value: some Encodable) throws {
      var data = try JSONOutput.encoder().encode(value)
      data.append(0x0A)
      files.append(File(path: path, data: data))
    }
    var tables = [content.actorsTable, content.commitmentsTable, content.obstaclesTable]
    for outcome in content.scenarios {
      tables.append(content.changesTable(outcome))
      if let table = content.monteCarloTable(outcome) { tables.append(table) }
      if let table = content.viableCountTable(outcome) { tables.append(table) }
    }
    tables.append(content.alliesTable)
    tables += [content.mactorBalanceTable, content.mactorMIDITable, content.mactorObjectivesTable].compactMap { $0 }
    for table in tables {
      add("data/\(table.id).csv", TableData.csv(table))
      add("data/\(table.id).json", TableData.json(table))
    }
    try addJSON("data/analysis.json", content.baseline.report)
    for outcome in content.scenarios {
      try addJSON("data/scenario-\(outcome.fileStem).json", outcome.result)
    }
    try addJSON("data/sweep.json", content.sweep)
    if let asItIs = content.advice.first {
      // Rule 11: the model as it is, then each scenario (as `advise --json` prints them).
      try addJSON("data/advise.json", asItIs)
      for (outcome, result) in zip(content.scenarios, content.advice.dropFirst()) {
        try addJSON("data/advise-\(outcome.fileStem).json", result)
      }
      let table = TableBuilder(strings: content.strings, shortName: content.shortName).advice(content.advice)
      add("data/advise.csv", TableData.csv(table))
    }
    if let mactor = content.mactor, mactor.actors.count <= Self.mactorDocumentLimit {
      try addJSON("data/mactor.json", mactor)
    }
    for map in content.maps + content.scenarios.map(\.map) {
      add(map.fileName, map.svg)
      if let full = map.full { add(full.fileName, full.svg) }
    }
    let document = content.document
    add("report.md", MarkdownReport(document).render())
    add("index.html", HTMLReport(document).render())
    precondition(Set(files.map(\.path)).count == files.count, "two report files share a path")
    self.files = files
  }

  /// The file in a report folder that lists the files the last report wrote there with their
  /// SHA-256 (``ReportManifest``), so that the next report can remove those it no longer writes (a
  /// scenario left out, a map renamed) and never touches anything else in the folder.
  package static let manifestName = ".powermap-report"

  /// Writes the report to `directory`. Every file is first written to a staging folder
  /// (``ReportStaging``); only when all are complete are they moved into place, so a failure (a
  /// full disk) leaves `directory` as it was and no temporary behind. Then the files an earlier
  /// report listed in ``manifestName`` that this one does not write are removed, under the rules
  /// of ``ReportManifest``. Refuses to write over any of `inputs`, before anything is created.
  package func write(to directory: String, inputs: [String] = []) throws(OutputFile.WriteError) {
    guard !directory.isEmpty else { throw OutputFile.WriteError(description: "the output folder is not named") }
    let root = URL(fileURLWithPath: directory).standardizedFileURL
    let targets = files.map { root.appendingPathComponent($0.path).resolvingSymlinksInPath().path }
    for input in inputs {
      let inputPath = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
      if targets.contains(inputPath) {
        throw OutputFile.WriteError.overwriting(input, advice: "choose another output folder")
      }
    }
    let manifest = ReportManifest(files: files)
    let staging = try ReportStaging(for: root, shownAs: directory, paths: files.map(\.path))
    do {
      for file in files { try staging.write(file.data, to: file.path) }
      try staging.write(Data(manifest.text.utf8), to: Self.manifestName)
    } catch {
      staging.discard()
      throw error
    }
    let earlier =
      staging.replacesFolder
      ? nil : (try? String(contentsOf: root.appendingPathComponent(Self.manifestName), encoding: .utf8))
    try staging.moveIntoPlace(files.map(\.path) + [Self.manifestName])
    if let earlier {
      ReportManifest(text: earlier).removeStale(in: root, keeping: Set(files.map(\.path)))
    }
  }
}
