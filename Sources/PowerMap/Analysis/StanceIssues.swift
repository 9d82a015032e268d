/// The issues of rule 2 of <doc:Rules> in one state: the commitments on which some actor of the
/// state declares a position (model order), and for each the initial opinions s⁰⁽ᶜ⁾ — an actor's
/// position there, its general stance where it declares none.
struct StanceIssues: Sendable {
  /// Model indices of the issues, increasing.
  let commitments: [Int]
  /// s⁰⁽ᶜ⁾ per issue, in state actor order.
  let anchors: [[Double]]

  init(state: ModelState, commitmentIDs: [String]) {
    var declared = Set<String>()
    for actor in state.actors where !actor.actor.positions.isEmpty { declared.formUnion(actor.actor.positions.keys) }
    let issues = commitmentIDs.indices.filter { declared.contains(commitmentIDs[$0]) }
    commitments = issues
    anchors = issues.map { commitment in
      state.actors.map { $0.actor.position(on: commitmentIDs[commitment]) }
    }
  }
}
