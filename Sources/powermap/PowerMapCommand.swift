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
      is lost or the government changes.

      Exit codes: 0 ok (also when the reader of stdout closes the pipe early, as `| head -1` does); \
      1 a --fail-if condition held; 2 bad input (an invalid model, scenario, batch, spreadsheet or DOT file, a bad \
      option, an output path that cannot be used); 3 an internal, Graphviz or output failure (a full disk, \
      stdout or stderr that cannot be written); 130 interrupted by Ctrl-C (the interrupted result is not \
      written; `run` keeps the lines of the runs already finished).
      """,
    version: version,
    subcommands: [
      ValidateCommand.self, SummaryCommand.self, AnalyzeCommand.self, SimulateCommand.self, SweepCommand.self,
      AdviseCommand.self, DiffCommand.self, RunCommand.self, MactorCommand.self, ImportCommand.self,
      RenderCommand.self, ReportCommand.self, ServeCommand.self,
    ]
  )

  /// Runs the command and exits with the code of README's table: usage and input errors 2
  /// (ArgumentParser would use 64), internal and output failures 3, Ctrl-C 130. Every error
  /// reaches ``status(reporting:)``, the one mapping from error to exit status.
  static func main() async {
    StandardStream.ignoreBrokenPipeSignal()
    var status = await runCommand()
    if StandardStream.errorStreamFailure != nil && status != InterruptibleWork.interruptedStatus {
      status = ExitStatus.internalFailure
    }
    Foundation.exit(status)
  }

  /// Parses and runs the command; returns its exit status.
  private static func runCommand() async -> Int32 {
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
      return ExitStatus.ok
    } catch {
      return status(reporting: error)
    }
  }

  /// Prints what `error` says (on stderr; help and version on stdout) and returns its exit status.
  /// A closed stdout pipe ends quietly with 0: the reader (`| head -1`) has what it wanted.
  static func status(reporting error: any Error) -> Int32 {
    switch error {
    case let failure as StandardStream.Failure:
      if failure.isClosedPipe { return ExitStatus.ok }
      Terminal.printError(failure.message)
      return ExitStatus.internalFailure
    case let error as DiagnosticsError:
      Terminal.printDiagnostics(error.diagnostics)
      return ExitStatus.badInput
    case let error as OutputFile.WriteError:
      Terminal.printError(error.description)
      return error.kind == .ioFailure ? ExitStatus.internalFailure : ExitStatus.badInput
    case let error as CommandFailure:
      Terminal.printError(error.message)
      return error.status
    case let code as ExitCode:
      return code.rawValue
    default:
      if let failure = CommandFailure(library: error) { return status(reporting: failure) }
      return status(reportingParserOrUnexpected: error)
    }
  }

  /// Help and version (exit 0), usage errors (exit 2), and any error nobody expected (exit 3:
  /// never 1, which means a --fail-if condition held).
  private static func status(reportingParserOrUnexpected error: any Error) -> Int32 {
    let code = exitCode(for: error)
    let text = fullMessage(for: error)
    if code == .success {
      do {
        try Terminal.writeData(Data((text + "\n").utf8))
        return ExitStatus.ok
      } catch {
        return status(reporting: error)
      }
    }
    if code == ExitCode.validationFailure || error is ValidationError {
      Terminal.message(text)
      return ExitStatus.badInput
    }
    Terminal.printError("internal failure: \(String(describing: error))")
    return ExitStatus.internalFailure
  }
}
