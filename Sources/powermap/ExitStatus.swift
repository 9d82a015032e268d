import PowerMap
import PowerMapGraphviz
import PowerMapReport

/// The exit codes of the command line (its `--help` lists them).
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

extension CommandFailure {
  /// The message and exit status of an error the libraries throw, worded for the command line
  /// (the libraries name no option); nil for any other error. The one place that decides which
  /// library error is bad input (2) and which an internal or Graphviz failure (3).
  init?(library error: any Error) {
    switch error {
    case let error as ScenarioResolver.UnknownScenario: self = .badInput(error.message)
    case let error as ScenarioRunError: self = .badInput(error.description)
    case let error as MactorError: self = .badInput(error.description)
    case let error as FailCondition.ParseError: self = .badInput("--fail-if \(error.description)")
    case let error as GraphvizError: self = .internalFailure(error.description)
    case let error as MapError:
      switch error {
      case .scenarioRequired: self = .badInput("the scenario map needs a scenario (--scenario ID|FILE)")
      case .invalidOption: self = .badInput(error.description)
      case .graphviz: self = .internalFailure(error.description)
      }
    case let error as ReportError:
      switch error {
      case .invalidOption: self = .badInput(error.description)
      case .graphviz: self = .internalFailure(error.description)
      }
    default: return nil
    }
  }
}
