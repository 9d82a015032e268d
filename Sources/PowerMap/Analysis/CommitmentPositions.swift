/// The effective positions of rule 2 of <doc:Rules> per commitment: for each commitment on which
/// some actor declares a position (an *issue*), s*⁽ᶜ⁾ per actor; every other commitment takes the
/// general effective stance s*.
package struct CommitmentPositions: Sendable, Codable, Equatable {
  /// Per commitment of the model (model order), its slot in `stances`, or −1: the general stance.
  package var slots: [Int]
  /// s*⁽ᶜ⁾ per issue, each in state actor order.
  package var stances: [[Double]]

  /// No issue among `commitmentCount` commitments: every commitment takes the general stance.
  package init(commitmentCount: Int) {
    slots = [Int](repeating: -1, count: commitmentCount)
    stances = []
  }

  /// The issues `commitments` (model indices, increasing) with their solved stances.
  package init(commitmentCount: Int, commitments: [Int], stances: [[Double]]) {
    precondition(commitments.count == stances.count, "one solved stance per issue is needed")
    var slots = [Int](repeating: -1, count: commitmentCount)
    for (slot, commitment) in commitments.enumerated() { slots[commitment] = slot }
    self.slots = slots
    self.stances = stances
  }

  /// The model indices of the issues, increasing.
  package var commitments: [Int] { slots.indices.filter { slots[$0] >= 0 } }

  /// s*⁽ᶜ⁾ for commitment `commitment` (model index): its issue's solve, else `general`.
  @inline(__always)
  package func stance(onCommitment commitment: Int, general: [Double]) -> [Double] {
    let slot = slots[commitment]
    return slot < 0 ? general : stances[slot]
  }
}
