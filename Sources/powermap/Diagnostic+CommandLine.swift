import PowerMap

extension Diagnostic {
  /// The diagnostic as the command line prints it: a library hint that names no flag
  /// (``Diagnostic/scenarioFileHint``) worded with the option to use.
  var commandLineWording: Diagnostic {
    guard hint == Self.scenarioFileHint else { return self }
    var worded = self
    worded.hint = "pass it with --scenario FILE together with a model"
    return worded
  }
}
