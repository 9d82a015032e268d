import FuzzSupport
import PowerMap

/// The model scenarios are checked against: the shipped Veracruz 2019–2020 model.
let model: Model = {
  do {
    return try ModelLoader.load(contentsOf: ScratchFiles.packageRoot + "/models/veracruz-2019-2020.yaml").model
  } catch {
    FuzzInvariant.fail("cannot load the shipped model: \(error)")
  }
}()

/// libFuzzer entry point: the input is a scenario file (checked against the shipped model, then
/// alone), a batch file, and a file for `powermap validate`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = Array(UnsafeBufferPointer(start: data, count: size))
  let path = ScratchFiles.write(input, to: "scenario.yaml")
  for against in [model, nil] {
    do {
      _ = try ModelLoader.loadScenario(contentsOf: path, against: against, addedActors: ["added"])
    } catch {
      FuzzInvariant.check(error, input: input, files: [path])
    }
  }
  do {
    _ = try Batch.load(contentsOf: path)
  } catch {
    FuzzInvariant.check(error, input: input, files: [path])
  }
  let report = ModelLoader.validate(contentsOf: path)
  if !report.isValid { FuzzInvariant.check(DiagnosticsError(report.diagnostics), input: input, files: [path]) }
  return 0
}
