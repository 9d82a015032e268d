// How to make the plan survive the next transition: for every shipped model and each of its
// scenarios (those of the scenarios/ folder beside it included), the cheapest robust engagement
// per commitment that is not robust — the smallest stance shift of one actor that makes it viable
// and still viable after the loss of any one ally — or why there is none. Models are the files
// given, or every models/*.yaml.
//
//   swift run robust-engagements
//   swift run robust-engagements models/veracruz-2019-2020.yaml
import Foundation
import PowerMap

let arguments = Array(CommandLine.arguments.dropFirst())
let paths =
  arguments.isEmpty
  ? try FileManager.default.contentsOfDirectory(atPath: "models").filter { $0.hasSuffix(".yaml") }.sorted()
    .map { "models/" + $0 }
  : arguments

for path in paths {
  let model = try Model(contentsOf: path)
  func name(_ id: String) -> String { model.actor(withID: id)?.short ?? id }
  for scenario in [nil] + model.scenarios.map(\.id).map(Optional.some) {
    print("\n\(path) — \(scenario ?? "the model as it is")")
    let advice = try await model.advise(after: scenario.map { [$0] } ?? [], robust: true)
    guard !advice.isEmpty else {
      print("  every commitment stays viable after the loss of any one ally")
      continue
    }
    // In model order.
    for commitment in model.commitments.map(\.id) {
      guard let row = advice[commitment] else { continue }
      let now = "\(row.status.rawValue), V \(String(format: "%+.2f", row.viability))"
      if let best = row.engagements.first {
        let scope = best.scope == .commitment ? "on this commitment" : "overall"
        print("  \(commitment) (\(now)): engage \(name(best.actor)) \(String(format: "%+.2f", best.delta)) \(scope)")
      } else if let recruit = row.recruitments.first {
        print(
          "  \(commitment) (\(now)): no engagement on the grid; recruit \(name(recruit.actor)) to "
            + recruit.dimension.rawValue)
      } else {
        print("  \(commitment) (\(now)): none — \(row.reason ?? "no single move does it")")
      }
    }
  }
}
