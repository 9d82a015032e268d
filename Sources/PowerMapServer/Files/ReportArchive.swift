import Foundation
import PowerMap
import PowerMapGraphviz
import PowerMapReport

/// The `report` command's output folder as a zip: written to a temporary folder by the same code
/// as `powermap report MODEL --scenario … --out DIR`, then packed by `/usr/bin/zip` (Info-ZIP, on
/// every Debian and macOS machine; a 500 names it when missing).
enum ReportArchive {
  /// The zip program.
  static let zipPath = "/usr/bin/zip"

  /// The zip of the report of `model` with `scenarios` (each reported on its own).
  static func zip(_ model: Model, scenarios: [Scenario], language: MapLanguage?) async throws -> Data {
    guard FileManager.default.isExecutableFile(atPath: zipPath) else {
      throw APIError(status: .internalServerError, message: "\(zipPath) is missing: install zip to export the report")
    }
    let options = ReportOptions(
      language: language ?? MapLanguage(languageTag: model.language) ?? .en, jobs: Documents.jobs,
      date: MapRequest.today())
    let content = try await ReportContent.build(model: model, scenarios: scenarios, options: options)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "powermap-report-\(UInt64.random(in: 0...UInt64.max))")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try ReportFiles(content).write(to: folder.appendingPathComponent("report").path)
    try run(zipPath, ["-q", "-r", "-X", "report.zip", "report"], in: folder)
    return try Data(contentsOf: folder.appendingPathComponent("report.zip"))
  }

  /// Runs `program` with `arguments` in `folder`; throws unless it exits 0.
  static func run(_ program: String, _ arguments: [String], in folder: URL) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    process.currentDirectoryURL = folder
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw APIError(status: .internalServerError, message: "zip failed with status \(process.terminationStatus)")
    }
  }
}
