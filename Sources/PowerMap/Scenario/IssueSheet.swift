/// One Monte Carlo sample's declared stances and positions (rule 10 of <doc:Rules>), in state
/// actor order: the target of the steps' ``StanceOperation``s, and the initial opinions of rule 2's
/// general solve and of each issue's solve.
struct IssueSheet: StanceSheet {
  /// sᵢ per actor.
  var general: [Double]
  /// The commitments that may carry positions (model indices, increasing) and their ids.
  let issues: [Int]
  let issueIDs: [String]
  private let slotOfID: [String: Int]
  /// Per issue, per actor: the declared position (meaningful where `declared` is set).
  var positions: [[Double]]
  var declared: [[Bool]]

  /// A sheet of `actorCount` actors over the issues `issues` (model indices) of `commitmentIDs`.
  init(actorCount: Int, issues: [Int], commitmentIDs: [String]) {
    general = [Double](repeating: 0, count: actorCount)
    self.issues = issues
    issueIDs = issues.map { commitmentIDs[$0] }
    slotOfID = Dictionary(uniqueKeysWithValues: issueIDs.enumerated().map { ($1, $0) })
    positions = issues.map { _ in [Double](repeating: 0, count: actorCount) }
    declared = issues.map { _ in [Bool](repeating: false, count: actorCount) }
  }

  /// Grows or shrinks the sheet to `count` actors (actors added by steps come after the model's).
  mutating func resize(to count: Int) {
    func fit<Element>(_ array: inout [Element], _ filler: Element) {
      if array.count > count { array.removeLast(array.count - count) }
      while array.count < count { array.append(filler) }
    }
    fit(&general, 0)
    for slot in issues.indices {
      fit(&positions[slot], 0)
      fit(&declared[slot], false)
    }
  }

  /// s⁰⁽ᶜ⁾ of issue `slot`: the declared position, else the general stance.
  func anchors(ofIssue slot: Int) -> [Double] {
    general.indices.map { declared[slot][$0] ? positions[slot][$0] : general[$0] }
  }

  func stance(of actor: Int) -> Double { general[actor] }

  mutating func setStance(_ value: Double, of actor: Int) { general[actor] = value }

  func declaredPosition(of actor: Int, on commitment: String) -> Double? {
    guard let slot = slotOfID[commitment], declared[slot][actor] else { return nil }
    return positions[slot][actor]
  }

  mutating func setPosition(_ value: Double, of actor: Int, on commitment: String) {
    guard let slot = slotOfID[commitment] else { return }
    positions[slot][actor] = value
    declared[slot][actor] = true
  }

  mutating func moveDeclaredPositions(of actor: Int, _ move: (Double) -> Double) {
    for slot in issues.indices where declared[slot][actor] { positions[slot][actor] = move(positions[slot][actor]) }
  }

  mutating func dropPositions(of actor: Int) {
    for slot in issues.indices { declared[slot][actor] = false }
  }
}
