extension Diagnostic {
  /// The hint of the error "this is a scenario file, not a model", worded without a front end's
  /// flags: `powermap` words it for its command line (`--scenario FILE`).
  package static let scenarioFileHint = "load it as a scenario, together with a model"
}
