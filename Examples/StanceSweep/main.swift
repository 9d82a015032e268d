// How far one actor's stance carries the plan: its declared stance set from −1 to 1 in steps of
// 0.1, every commitment's viability and status written to a CSV file.
//
//   swift run stance-sweep models/veracruz-2019-2020.yaml orfis stance-orfis.csv
import Foundation
import PowerMap

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 3 else {
  print("usage: stance-sweep MODEL ACTOR OUTPUT.csv")
  exit(2)
}
let model = try Model(contentsOf: arguments[0])
let actor = arguments[1]

var lines = ["stance," + model.commitments.map { "\($0.id),\($0.id) status" }.joined(separator: ",")]
for step in 0...20 {
  let stance = Double(step - 10) / 10
  let scenario = Scenario(
    id: "stance \(stance)", steps: [ScenarioStep(.set(ActorUpdate(actor: actor, stance: stance)))])
  let run = try model.simulate([scenario])
  let cells = model.commitments.map { commitment in
    guard let change = run.change(forCommitment: commitment.id) else { return "," }
    return "\(change.viabilityAfter),\(change.to.rawValue)"
  }
  lines.append("\(stance)," + cells.joined(separator: ","))
}
try (lines.joined(separator: "\n") + "\n").write(toFile: arguments[2], atomically: true, encoding: .utf8)
print("wrote \(arguments[2]): \(lines.count - 1) stances of \(actor)")
