import FuzzSupport
import PowerMap

/// libFuzzer entry point: the input is a model file, read as YAML or JSON as its first byte says
/// (like a file without extension), then forced as JSON and as YAML.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModel(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = Array(UnsafeBufferPointer(start: data, count: size))
  for file in ["model", "model.json", "model.yaml"] {
    do {
      _ = try ModelLoader.load(bytes: input, file: file)
    } catch {
      FuzzInvariant.check(error, input: input, files: [file])
    }
  }
  return 0
}
