import ArgumentParser
import Foundation
import PowerMap

struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check model and scenario files and report every problem, located.",
    discussion: """
      Each problem is printed as FILE:LINE:COLUMN: error: KEY: MESSAGE (hint: …). Warnings flag what is \
      legal but suspicious (an actor without relations, an obstacle that blocks nothing). Exit code 0 when \
      every file is valid, 2 otherwise. Scenario files (id, title, steps) are recognised by their keys.
      """
  )

  @Argument(help: "Model or scenario files (YAML or JSON).")
  var files: [String]

  @Flag(help: "Print the diagnostics as JSON on stdout.")
  var json = false

  @Flag(name: .long, help: "Treat warnings as errors.")
  var strict = false

  func validate() throws {
    if files.isEmpty { throw ValidationError("give at least one file to validate") }
  }

  func run() throws {
    var reports: [ModelLoader.ValidationReport] = []
    for file in files {
      reports.append(ModelLoader.validate(contentsOf: file))
    }
    let failed = reports.contains { !$0.isValid || (strict && !$0.diagnostics.isEmpty) }
    if json {
      try Terminal.write(Terminal.json(reports))
    } else {
      for report in reports {
        Terminal.printDiagnostics(report.diagnostics)
        let errors = report.errorCount
        let warnings = report.warningCount
        let kind = report.kind?.rawValue ?? "file"
        if errors == 0 {
          let note = warnings == 0 ? "" : " (\(warnings) warning\(warnings == 1 ? "" : "s"))"
          try Terminal.write("\(report.file): valid \(kind)\(note)\n")
        } else {
          try Terminal.write("\(report.file): \(errors) error\(errors == 1 ? "" : "s")\n")
        }
      }
    }
    if failed { throw ExitCode(ExitStatus.badInput) }
  }
}
