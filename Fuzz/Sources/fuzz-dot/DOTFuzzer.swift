import Foundation
import FuzzSupport
import PowerMap
import PowerMapGraphviz

/// libFuzzer entry point: the input is a model file. When it loads, every map is composed through
/// ``MapRenderer`` (its builder's DOT laid out with the title and legend) and the composed DOT is
/// read and laid out again by Graphviz, as `render` does before drawing it. Whatever the model's
/// texts hold, the escaping must never produce DOT or HTML labels that Graphviz refuses.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOT(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = Array(UnsafeBufferPointer(start: data, count: size))
  let model: Model
  do {
    model = try ModelLoader.load(bytes: input, file: "model").model
  } catch {
    FuzzInvariant.check(error, input: input, files: ["model"])
    return 0
  }
  // Layout time grows with the model; large inputs add no new escaping paths.
  guard model.actors.count <= 60 else { return 0 }
  let scenarios = model.scenarios.first.map { [$0] } ?? []
  let language: MapLanguage = size % 2 == 0 ? .en : .es
  let run = Simulation(model: model).run(scenarios)
  for kind in MapKind.allCases
  where (kind != .scenario || !scenarios.isEmpty) && (kind != .commitment || !model.commitments.isEmpty) {
    let options = MapOptions(
      kind: kind, language: language, date: "2026-01-01", commitment: model.commitments.first?.id)
    do {
      let composed = try MapRenderer.compose(run, options: options)
      _ = try Graphviz.shared.layout(dot: composed.dot, engine: "nop2")
    } catch {
      FuzzInvariant.fail("the \(kind) map of a valid model fails in Graphviz: \(error)")
    }
  }
  return 0
}
