// The allies the plan cannot afford to lose, for every scenario of a model: each present actor
// removed in turn on top of the scenario, the five most harmful losses listed. The scenarios are
// the model's own and those of the scenarios/ folder beside it, or the ids or files given.
//
//   swift run loss-of-ally-table models/veracruz-2019-2020.yaml
import PowerMap

let arguments = Array(CommandLine.arguments.dropFirst())
let model = try Model(contentsOf: arguments.first ?? "models/veracruz-2019-2020.yaml")
let scenarios = arguments.count > 1 ? Array(arguments.dropFirst()) : model.scenarios.map(\.id)

for scenario in [nil] + scenarios.map(Optional.some) {
  let rows = try await model.lossOfAlly(after: scenario.map { [$0] } ?? [], jobs: 4)
  print("\n\(scenario ?? "the model as it is")")
  print("rank | lost ally | worse | ΔΣV | failed commitments")
  for (rank, row) in rows.prefix(5).enumerated() {
    let names = row.ids.map { model.actor(withID: $0)?.name ?? $0 }.joined(separator: " + ")
    let delta = (row.deltaViability * 1000).rounded() / 1000
    print("\(rank + 1) | \(names) | \(row.statusChanges) | \(delta) | \(row.failed.joined(separator: ", "))")
  }
}
