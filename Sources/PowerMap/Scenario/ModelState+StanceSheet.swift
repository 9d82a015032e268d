/// A state's actors as the target of ``StanceOperation``: general stances and declared positions
/// (by commitment id) of its actors.
extension ModelState: StanceSheet {
  func stance(of actor: Int) -> Double { actors[actor].actor.stance }

  mutating func setStance(_ value: Double, of actor: Int) { actors[actor].actor.stance = value }

  func declaredPosition(of actor: Int, on commitment: String) -> Double? {
    actors[actor].actor.positions[commitment]
  }

  mutating func setPosition(_ value: Double, of actor: Int, on commitment: String) {
    actors[actor].actor.positions[commitment] = value
  }

  mutating func moveDeclaredPositions(of actor: Int, _ move: (Double) -> Double) {
    for (commitment, value) in actors[actor].actor.positions {
      actors[actor].actor.positions[commitment] = move(value)
    }
  }

  mutating func dropPositions(of actor: Int) { actors[actor].actor.positions = [:] }

  /// The position of actor `id` when it is in the state and present.
  func presentIndex(of id: String) -> Int? {
    guard let position = index[id], actors[position].present else { return nil }
    return position
  }
}
