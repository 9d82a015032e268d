import ArgumentParser

/// The help lines of a command's `--json` and `--csv` flags (each command says what its CSV
/// holds; `--json` prints the whole result unless a command says otherwise).
protocol OutputFormatHelp {
  /// The help of `--json`.
  static var json: String { get }
  /// The help of `--csv`.
  static var csv: String { get }
}

extension OutputFormatHelp {
  static var json: String { "Print the result as JSON." }
}

/// `--json` and `--csv`, shared by the commands that print a result in either format.
struct OutputFormatOptions<Help: OutputFormatHelp>: ParsableArguments {
  @Flag(help: ArgumentHelp(Help.json))
  var json = false

  @Flag(help: ArgumentHelp(Help.csv))
  var csv = false

  /// Refuses both flags at once; called from the command's `validate()`, in its order of checks.
  func check() throws {
    if json && csv { throw ValidationError("choose one of --json and --csv") }
  }
}

extension OutputFormatOptions {
  /// Prints a command's result in the format chosen: `result` as JSON with `--json`, `csvText()` with
  /// `--csv`, else `text()` (the terminal rendering).
  func write<Result: Encodable>(_ result: Result, csv csvText: () -> String, text: () -> String) throws {
    if json {
      try Terminal.write(Terminal.json(result))
    } else if csv {
      try Terminal.write(csvText())
    } else {
      try Terminal.write(text())
    }
  }
}
