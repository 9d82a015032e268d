import ArgumentParser
import Foundation
import PowerMap

/// `powermap`: the command-line front of PowerMap. Argument parsing and output only; every
/// analysis lives in the PowerMap library.
@main
struct PowerMapCommand: AsyncParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "powermap",
    abstract: "Stakeholder power and obstacle analysis for governance reform.",
    discussion: """
      Model the actors around a reform, check who the plan rests on, and see what happens when an ally \
      is lost or the government changes. Exit codes: 0 ok, 1 a --fail-if condition held, 2 bad input, \
      3 internal or Graphviz failure.
      """,
    version: version,
    subcommands: [
      ValidateCommand.self, SummaryCommand.self, AnalyzeCommand.self, SimulateCommand.self, SweepCommand.self,
      DiffCommand.self, RunCommand.self, MactorCommand.self, ImportCommand.self,
      RenderCommand.self, ReportCommand.self,
    ]
  )

  /// Runs the command, mapping errors to DESIGN.md's exit codes: usage and input errors exit 2
  /// (ArgumentParser would use 64), internal failures 3.
  static func main() async {
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch let error as DiagnosticsError {
      Terminal.printDiagnostics(error.diagnostics)
      Foundation.exit(ExitStatus.badInput)
    } catch let error as OutputFile.WriteError {
      Terminal.printError(error.description)
      Foundation.exit(ExitStatus.badInput)
    } catch let error as CommandFailure {
      Terminal.printError(error.message)
      Foundation.exit(error.status)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        exit(withError: error)
      }
      if code == ExitCode.validationFailure || error is ValidationError {
        let message = fullMessage(for: error)
        FileHandle.standardError.write(Data((message + "\n").utf8))
        Foundation.exit(ExitStatus.badInput)
      }
      exit(withError: error)
    }
  }
}

/// The exit codes of DESIGN.md "Command line".
enum ExitStatus {
  static let ok: Int32 = 0
  static let conditionHeld: Int32 = 1
  static let badInput: Int32 = 2
  static let internalFailure: Int32 = 3
}

/// A failure with a message and an exit status, for errors that are not diagnostics.
struct CommandFailure: Error {
  var message: String
  var status: Int32

  static func badInput(_ message: String) -> CommandFailure {
    CommandFailure(message: message, status: ExitStatus.badInput)
  }
  static func internalFailure(_ message: String) -> CommandFailure {
    CommandFailure(message: message, status: ExitStatus.internalFailure)
  }
}
